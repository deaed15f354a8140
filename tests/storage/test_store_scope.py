"""Article scopes in storage: the places an article was shared in, the rule every reader's
SQL applies (storage/scope.py), privacy changes, a workspace forgotten, and migration 0011
on rows stored before scopes existed. Each test runs on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from storage import Store, Viewer, normalise_url, upgrade
from storage.db import alembic_config
from storage.models import PENDING_TEAM, Article, ArticleScope, table_of
from storage.scope import visible_to
from tests.builders import WORKSPACE, build_article

ARTICLE = table_of(Article)
SCOPE = table_of(ArticleScope)

TEAM, OTHER_TEAM = "T0NEWSROOM", "T0RIVAL"
PUBLIC, PRIVATE, OTHER_PRIVATE, DM = "C0PUBLIC", "G0LEGAL", "G0SPORTS", "D0ALICE"


def stored(store: Store, title: str, place: Viewer | None) -> int:
    article = build_article([f"{title} in a paragraph of its own."], title=title, language="en")
    return store.add_article(article, source=None, content_hash=f"hash-{title}", shared_in=place).id


def seen(store: Store, viewer: Viewer, *, own_only: bool = False) -> set[int]:
    query = sa.select(ARTICLE.c.id).where(visible_to(viewer, ARTICLE.c.id, own_only=own_only))
    with store.read() as connection:
        return set(connection.execute(query).scalars())


def test_each_place_sees_what_the_rule_allows(store):
    everywhere = stored(store, "Budget vote", Viewer.workspace(TEAM))
    public = stored(store, "Council meeting", Viewer(TEAM, PUBLIC, private=False))
    private = stored(store, "Embargoed memo", Viewer(TEAM, PRIVATE, private=True))
    direct = stored(store, "Draft in a DM", Viewer(TEAM, DM, private=True))
    rival = stored(store, "Rival scoop", Viewer.workspace(OTHER_TEAM))

    assert seen(store, Viewer(TEAM, PUBLIC, private=False)) == {everywhere, public}
    assert seen(store, Viewer(TEAM, PRIVATE)) == {everywhere, public, private}
    assert seen(store, Viewer(TEAM, OTHER_PRIVATE)) == {everywhere, public}
    assert seen(store, Viewer(TEAM, DM)) == {everywhere, public, direct}
    assert seen(store, Viewer(TEAM)) == {everywhere, public}  # the App Home
    assert seen(store, Viewer(OTHER_TEAM, PRIVATE)) == {rival}
    assert seen(store, Viewer("T0UNKNOWN", PUBLIC, private=False)) == set()
    # A digest: the workspace's articles and the channel's own, not other channels'.
    assert seen(store, Viewer(TEAM, PRIVATE), own_only=True) == {everywhere, private}
    assert seen(store, Viewer(TEAM, PUBLIC), own_only=True) == {everywhere, public}


def test_one_article_shared_in_two_places_is_stored_once_and_seen_in_both(store):
    first = stored(store, "Leaked memo", Viewer(TEAM, PRIVATE))
    again = stored(store, "Leaked memo", Viewer(TEAM, OTHER_PRIVATE))
    stored(store, "Leaked memo", Viewer(TEAM, OTHER_PRIVATE))  # the same place twice
    stored(store, "Leaked memo", Viewer.workspace(OTHER_TEAM))
    stored(store, "Leaked memo", Viewer.workspace(OTHER_TEAM))  # no conversation, twice

    assert again == first
    assert store.stats().articles == 1
    with store.read() as connection:
        places = connection.execute(
            sa.select(SCOPE.c.team_id, SCOPE.c.conversation_id).order_by(SCOPE.c.id)
        ).all()
    assert [tuple(p) for p in places] == [
        (TEAM, PRIVATE),
        (TEAM, OTHER_PRIVATE),
        (OTHER_TEAM, None),
    ]
    assert first in seen(store, Viewer(TEAM, OTHER_PRIVATE))
    assert first not in seen(store, Viewer(TEAM, PUBLIC))


def test_a_channel_made_private_hides_what_was_shared_in_it(store):
    article = stored(store, "Council meeting", Viewer(TEAM, PUBLIC, private=False))
    assert article in seen(store, Viewer(TEAM, OTHER_PRIVATE))

    assert store.set_privacy(TEAM, PUBLIC, True) == 1
    assert article not in seen(store, Viewer(TEAM, OTHER_PRIVATE))
    assert article in seen(store, Viewer(TEAM, PUBLIC))
    assert store.set_privacy(TEAM, PUBLIC, False) == 1
    assert article in seen(store, Viewer(TEAM, OTHER_PRIVATE))


def test_forgetting_a_workspace_keeps_what_another_workspace_shared(store):
    only_ours = stored(store, "Our memo", Viewer(TEAM, PRIVATE))
    both = stored(store, "Wire story", Viewer.workspace(TEAM))
    stored(store, "Wire story", Viewer.workspace(OTHER_TEAM))
    store.add_feed("https://news.example.org/feed.xml", PUBLIC, team_id=TEAM)

    forgotten = store.forget_team(TEAM)

    assert (forgotten.articles, forgotten.feeds) == (1, 1)
    assert store.get_article(only_ours, viewer=WORKSPACE) is None
    assert seen(store, Viewer.workspace(OTHER_TEAM)) == {both}
    assert seen(store, Viewer.workspace(TEAM)) == set()
    assert store.list_feeds(every=True) == []
    assert store.forget_team(TEAM).articles == 0


def test_migration_gives_existing_rows_the_pending_team_and_their_channel(empty_database_url):
    """Rows stored before 0011 keep their channel, belong to nobody until claimed, and a
    channel's privacy is unknown (private) until the app asks Slack."""
    engine = sa.create_engine(normalise_url(empty_database_url))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0010")
        for number, channel in enumerate([None, PUBLIC, PRIVATE], start=1):
            connection.execute(
                sa.text(
                    "INSERT INTO article (content_hash, headline, language, ingested_at, text,"
                    " metadata, channel_id) VALUES (:hash, 'old', 'en', CURRENT_TIMESTAMP,"
                    " 'An old article.', '{}', :channel)"
                ),
                {"hash": f"old-{number}", "channel": channel},
            )
        connection.execute(
            sa.text(
                "INSERT INTO feed (url, channel_id, error_count, created_at)"
                " VALUES ('https://old.example.org/rss', :channel, 0, CURRENT_TIMESTAMP)"
            ),
            {"channel": PUBLIC},
        )
    engine.dispose()
    upgrade(empty_database_url)
    store = Store(empty_database_url, upgrade=False)
    with store.read() as connection:
        places = connection.execute(
            sa.select(
                SCOPE.c.article_id, SCOPE.c.team_id, SCOPE.c.conversation_id, SCOPE.c.private
            ).order_by(SCOPE.c.article_id)
        ).all()
    assert [tuple(p) for p in places] == [
        (1, PENDING_TEAM, None, False),
        (2, PENDING_TEAM, PUBLIC, None),
        (3, PENDING_TEAM, PRIVATE, None),
    ]
    assert seen(store, Viewer.workspace(TEAM)) == set()

    assert store.claim_pending(TEAM) == 3
    assert store.list_feeds(every=True)[0].team_id == TEAM
    assert seen(store, Viewer(TEAM, OTHER_PRIVATE)) == {1}  # channels unknown: private
    assert sorted(store.unchecked_conversations(TEAM)) == [PUBLIC, PRIVATE]
    store.set_privacy(TEAM, PUBLIC, False)
    store.set_privacy(TEAM, PRIVATE, True)
    assert seen(store, Viewer(TEAM, OTHER_PRIVATE)) == {1, 2}
    assert seen(store, Viewer(TEAM, PRIVATE)) == {1, 2, 3}
    assert store.unchecked_conversations(TEAM) == []
    assert store.claim_pending(TEAM) == 0
    store.close()


def test_another_workspaces_newer_matches_do_not_push_ours_out_of_search(store, monkeypatch):
    """Frequent words are ranked among the newest matches: matches the viewer may not see
    must not fill that window."""
    monkeypatch.setattr("storage.articles.RANKED_MATCHES", 2)
    ours = stored(store, "Harbour budget", Viewer.workspace(TEAM))
    for n in range(5):
        stored(store, f"Rival budget {n}", Viewer.workspace(OTHER_TEAM))
    stored(store, "Legal budget", Viewer(TEAM, PRIVATE))

    assert [h.id for h in store.search_articles("budget", viewer=Viewer(TEAM, PUBLIC))] == [ours]
    found = store.search_quotes("budget", viewer=Viewer(TEAM, PUBLIC))
    assert found == []  # these articles hold no quotes: nothing, rather than a rival's
    assert len(store.search_articles("budget", viewer=Viewer(TEAM, PRIVATE))) == 2


def test_a_file_ingested_again_after_the_claim_is_claimed_without_a_clash(store):
    first = stored(store, "Harbour vote", Viewer.workspace(PENDING_TEAM))
    assert store.claim_pending(TEAM) == 1
    again = stored(store, "Harbour vote", Viewer.workspace(PENDING_TEAM))  # "already stored"
    assert again == first
    assert store.claim_pending(TEAM) == 0
    with store.read() as connection:
        places = connection.execute(sa.select(SCOPE.c.article_id, SCOPE.c.team_id)).all()
    assert [tuple(p) for p in places] == [(first, TEAM)]
    assert seen(store, Viewer.workspace(TEAM)) == {first}
