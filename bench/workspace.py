"""The workspace the benches play: the one whose requests bot/shell.py signs
(``bot.slack_stub.TEAM_ID``). What a bench stores is shared with the whole workspace
(``shared_in=WORKSPACE``), so every question its clients ask, from any channel, sees it; a
bench reading the store directly asks as the whole workspace too (``viewer=WORKSPACE``, what
the App Home sees)."""

import checkout  # noqa: F401  (this checkout's bot/ and storage/, not an installed one)

from bot.slack_stub import TEAM_ID
from storage import Viewer

WORKSPACE = Viewer.workspace(TEAM_ID)
