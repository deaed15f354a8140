"""Put this checkout's root on ``sys.path``: a bench run as ``python bench/NAME.py`` then reads
this checkout's ``bot`` and ``storage`` and finds the test suite's Slack stand-in
(``tests/fake_slack.py``), which the installed package does not ship. Import it first."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
