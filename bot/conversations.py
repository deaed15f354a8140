"""Where a question is asked or a document shared: the workspace, the conversation, and
whether that conversation is private (storage/scope.py says who then sees what).

The workspace is the one Slack authorised the request for (the installation's team, never a
``team_id`` merely written in the payload). A conversation's privacy comes from
``conversations.info``, asked once and remembered until Slack says the channel changed (a
rename, an archive, a share; bot/listeners/events.py forgets it then); when it cannot be
known, the conversation counts as private.
"""

from __future__ import annotations

import logging
import threading
import time

from slack_bolt import BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from storage import Store, Viewer

log = logging.getLogger(__name__)

DIRECT_MESSAGE_PREFIX = "D"  # a DM's id: private without asking
CLAIM_SECONDS = 60.0  # `precis ingest` without --team is seen within a minute


class NoWorkspace(LookupError):
    """No installation authorised the request: it may see nothing and store nothing."""


def team_of(context: BoltContext) -> str:
    """The workspace the request was authorised for (the installation's, or the bot token's:
    auth.test's), never one merely named in the payload."""
    authorised = context.authorize_result
    team = authorised.team_id if authorised else None
    if not team:
        raise NoWorkspace("no workspace authorised this request")
    return team


def asked_in(context: BoltContext, channel_id: str | None) -> Viewer:
    """Who is asking, for reading: the workspace and the conversation (None: the App Home).
    Reading depends on nothing else, so no Slack call is made."""
    return Viewer(team_of(context), channel_id or None)


def shared_in(context: BoltContext, client: WebClient, channel_id: str) -> Viewer:
    """Where a document is shared, for writing: the conversation with its privacy."""
    team = team_of(context)
    private = context["conversations"].is_private(client, team, channel_id)
    return Viewer(team, channel_id, private=private)


def slack_privacy(client: WebClient, channel_id: str) -> bool | None:
    """True for a private channel, DM or group DM, False for a public channel, None when
    Slack cannot say (not a member, an error, no answer)."""
    if channel_id.startswith(DIRECT_MESSAGE_PREFIX):
        return True
    try:
        channel = client.conversations_info(channel=channel_id)["channel"]
    except (SlackApiError, KeyError, TypeError, OSError) as error:
        log.info("conversations.info for %s failed: %s", channel_id, error)
        return None
    return bool(
        channel.get("is_private")
        or channel.get("is_im")
        or channel.get("is_mpim")
        or channel.get("is_group")
    )


class Conversations:
    """Each conversation's privacy, remembered per workspace until :meth:`refresh` (unknown
    answers are not remembered: the next document shared there asks again)."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], bool] = {}
        self._lock = threading.Lock()

    def __deepcopy__(self, memo: dict) -> Conversations:
        return self  # Bolt copies the request context for lazy listeners: keep one cache

    def is_private(self, client: WebClient, team_id: str, channel_id: str) -> bool:
        with self._lock:
            known = self._known.get((team_id, channel_id))
        if known is not None:
            return known
        private = slack_privacy(client, channel_id)
        if private is None:
            return True
        with self._lock:
            self._known[(team_id, channel_id)] = private
        return private

    def refresh(self, client: WebClient, store: Store, team_id: str, channel_id: str) -> None:
        """Slack said the conversation changed: ask again, and make what was shared there
        follow (a channel made private hides its articles from the other channels)."""
        with self._lock:
            self._known.pop((team_id, channel_id), None)
        private = slack_privacy(client, channel_id)
        store.set_privacy(team_id, channel_id, True if private is None else private)
        if private is not None:
            with self._lock:
                self._known[(team_id, channel_id)] = private

    def check_unknown(self, client: WebClient, store: Store, team_id: str) -> None:
        """Ask Slack about the conversations whose privacy the store does not know yet
        (those of articles stored before scopes existed)."""
        for channel_id in store.unchecked_conversations(team_id):
            private = slack_privacy(client, channel_id)
            if private is not None:
                store.set_privacy(team_id, channel_id, private)


class PendingRows:
    """A single-workspace (bot token) app claims what was stored for "the workspace" before
    it was known (migration 0011's rows; ``precis ingest`` without ``--team``) at its first
    request and then at most once every ``CLAIM_SECONDS``, and asks Slack about the
    conversations whose privacy is unknown."""

    def __init__(self, store: Store, conversations: Conversations) -> None:
        self.store = store
        self.conversations = conversations
        self._next_claim = 0.0
        self._checked = False
        self._lock = threading.Lock()

    def claim_once(self, context: BoltContext) -> None:
        """Claim the pending rows for the request's workspace, unless done a moment ago."""
        now = time.monotonic()
        with self._lock:
            if now < self._next_claim or context.authorize_result is None:
                return
            self._next_claim = now + CLAIM_SECONDS
            first, self._checked = not self._checked, True
        team, client = team_of(context), context.client
        try:
            claimed = self.store.claim_pending(team)
        except Exception:
            log.exception("could not claim the rows stored before the workspace was known")
            return
        if claimed:
            log.warning(
                "%d article places stored for this workspace now belong to %s", claimed, team
            )
        if (claimed or first) and client is not None:
            threading.Thread(
                target=self.conversations.check_unknown,
                args=(client, self.store, team),
                name="precis-privacy-check",
                daemon=True,
            ).start()
