"""Full-text search: the one place where words typed by people become search queries.

Users type anything: ``C++``, ``foo-bar``, ``"unbalanced``, ``AND``, ``title:x``,
``l'élection``, ``NEAR(``, ``*`` or ``'; DROP TABLE article; --``. None of it may reach
FTS5 ``MATCH`` or PostgreSQL ``to_tsquery`` as syntax. So every query goes through
:func:`words`, which folds accents and case and keeps only runs of letters and digits
(the same split the indexes make), and the query builders here quote each word.
Values always travel as bound parameters, never inside SQL text.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from rapidfuzz import fuzz
from sqlalchemy import Connection, text

from storage.scope import Viewer, viewer_params, visible_sql

# Letters and digits only: what SQLite's unicode61 tokenizer and PostgreSQL's parser keep.
_WORD = re.compile(r"[^\W_]+")

# Function words so frequent that an OR over them would rank the whole table.
# They still count in the fuzzy re-rank; they are only left out of candidate gathering.
_FUNCTION_WORDS = """
a à au aux avec ce ces c d dans de des du elle en et eux il ils je j la le les leur l lui m ma
mais me mes moi mon n ne nos notre nous on ou où par pas pour qu que qui s sa se ses son sur t
ta te tes toi ton tu un une vos votre vous y est sont été être ont avait
an and are as at be but by for from has have he her his i if in into is it its me my no not of
on or our she so that the their them they this to was we were what which who will with you your
"""
STOPWORDS = frozenset(_FUNCTION_WORDS.split())

# A pasted paragraph searches with its first words only.
MAX_TERMS = 24
# A word at least this long that no quote contains (a typo: "démocratei") gathers quote
# candidates by its first PREFIX_LENGTH letters instead.
PREFIX_MIN_LENGTH = 6
PREFIX_LENGTH = 4
# A stored one-word name matching one word of a typed full name: near, not equal, to a full match.
PART_OF_NAME = 0.9
# PostgreSQL weights for {D, C, B, A}: title words (A) count five times body words (B),
# as bm25(article_fts, 5.0, 1.0) does on SQLite.
RANK_WEIGHTS = "{0.1, 0.2, 0.2, 1.0}"


class _Folding(dict[int, str]):
    """Per-character folding table for str.translate, filled on first sight of a character."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code).lower())
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        self[code] = folded
        return folded


_FOLDING = _Folding()


def fold(text: str) -> str:
    """Lower-case ``text`` and strip diacritics: ``PRÉSIDENT`` -> ``president``."""
    return text.translate(_FOLDING)


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order, without any punctuation or operators."""
    return _WORD.findall(fold(text))


def folded_words(text: str) -> str:
    """``text`` as folded words joined by single spaces, for fuzzy comparison."""
    return " ".join(words(text))


def search_terms(query: str) -> tuple[str, ...]:
    """The words of ``query`` worth searching with: folded, deduplicated, at most
    ``MAX_TERMS``, without function words unless nothing else was typed."""
    typed = tuple(dict.fromkeys(words(query)))
    significant = tuple(w for w in typed if w not in STOPWORDS and len(w) > 1)
    return (significant or typed)[:MAX_TERMS]


def name_fragments(word: str) -> list[tuple[str, ...]]:
    """Groups of letters a name containing ``word``, typo or not, must contain together.

    One typo spoils at most one of several disjoint letter-triples: a word of nine letters
    or more must keep two of its start, middle and end triples, a shorter one its first
    or its last three letters.
    """
    if len(word) < 4:
        return [(word,)]
    start, end = word[:3], word[-3:]
    if len(word) < 9:
        return [(start,), (end,)]
    middle = word[len(word) // 2 - 1 : len(word) // 2 + 2]
    return [(start, middle), (start, end), (middle, end)]


def people_containing(
    connection: Connection,
    keys: sa.ColumnElement[str],
    ids: sa.ColumnElement[int],
    groups: Sequence[tuple[str, ...]],
) -> sa.ColumnElement[bool]:
    """A WHERE clause: people whose folded ``keys`` contain every fragment of some group.

    Fragments of three letters or more go through the trigram index: SQLite's person_fts
    (MATCH), PostgreSQL's pg_trgm GIN index (which serves these LIKEs). Shorter ones
    (a two-letter name) fall back to scanning the column.
    """

    def like(group: tuple[str, ...]) -> sa.ColumnElement[bool]:
        return sa.and_(*(keys.contains(part) for part in group))

    indexed = [g for g in groups if all(len(part) >= 3 for part in g)]
    scanned = [like(g) for g in groups if g not in indexed]
    if connection.dialect.name != "sqlite" or not indexed:
        return sa.or_(*(like(g) for g in indexed), *scanned)
    expression = " OR ".join(
        "(" + " AND ".join(fts5_phrase(part) for part in g) + ")" for g in indexed
    )
    trigram_match = (
        sa.select(sa.literal_column("rowid", sa.Integer))
        .select_from(sa.table("person_fts"))
        .where(sa.text("person_fts MATCH :people").bindparams(people=expression))
    )
    return sa.or_(ids.in_(trigram_match), *scanned)


def fts5_phrase(word: str) -> str:
    """One FTS5 string token: double quotes around it, embedded quotes doubled."""
    return '"' + word.replace('"', '""') + '"'


def fts5_query(terms: Sequence[str], *, any_term: bool, prefixes: Sequence[str] = ()) -> str:
    """An FTS5 MATCH expression: quoted words joined by AND or OR, prefixes as ``"abc" *``."""
    parts = [fts5_phrase(t) for t in terms] + [fts5_phrase(p) + " *" for p in prefixes]
    return (" OR " if any_term else " AND ").join(parts)


def tsquery(terms: Sequence[str], *, any_term: bool, prefixes: Sequence[str] = ()) -> str:
    """A ``to_tsquery`` string. Safe because :func:`words` leaves letters and digits only."""
    parts = [f"'{t}'" for t in terms if _WORD.fullmatch(t)]
    parts += [f"'{p}':*" for p in prefixes if _WORD.fullmatch(p)]
    return (" | " if any_term else " & ").join(parts)


def quote_similarity(query: str) -> Callable[[str], float]:
    """A scorer: how closely a quote contains the words of ``query``, 0-100, on folded words.

    ``partial_ratio`` finds the query inside a longer quote despite typos and punctuation;
    ``token_set_ratio`` forgives reordered or partial wording. Both are needed: each alone
    either misses a paraphrase or rewards a quote that shares one common word. The query
    is folded once for all the candidates.
    """
    typed = folded_words(query)

    def score(quote: str) -> float:
        said = folded_words(quote)
        if not typed or not said:
            return 0.0
        return 0.6 * fuzz.partial_ratio(typed, said) + 0.4 * fuzz.token_set_ratio(typed, said)

    return score


# Two folded words this close (rapidfuzz ratio) are one word in two spellings or languages:
# "essential" and "essentielle", "security" and "sécurité".
CLOSE_WORD = 80.0
CLOSE_WORD_MIN_LENGTH = 4


def close_word_share(query: str) -> Callable[[str], float]:
    """A scorer: the share (0-100) of the significant words of ``query`` that a quote has
    in a close form after accent and case folding, whatever its language."""
    wanted = [w for w in search_terms(query) if len(w) >= CLOSE_WORD_MIN_LENGTH]

    def score(quote: str) -> float:
        said = set(words(quote))
        if not wanted or not said:
            return 0.0
        found = sum(any(fuzz.ratio(w, other) >= CLOSE_WORD for other in said) for w in wanted)
        return 100.0 * found / len(wanted)

    return score


def name_similarity(query: str, keys: Sequence[str]) -> float:
    """How well ``query`` names a person known by ``keys`` (folded name and aliases), 0-100.

    A single typed word is compared to every word of each key (a surname alone finds the
    full name). Several typed words are compared to whole keys; a one-word key (a surname
    stored alone) matching one of them scores ``PART_OF_NAME`` of its ratio, so the full
    name, when stored, still ranks first.
    """
    typed = folded_words(query)
    if not typed:
        return 0.0
    typed_words = typed.split()
    best = 0.0
    for key in keys:
        key_words = key.split()
        best = max(best, fuzz.ratio(typed, key))
        if len(typed_words) == 1:
            best = max(best, *(fuzz.ratio(typed, word) for word in key_words))
            continue
        best = max(best, fuzz.token_sort_ratio(typed, key))
        if len(key_words) == 1:
            best = max(best, PART_OF_NAME * max(fuzz.ratio(word, key) for word in typed_words))
    return best


# Memory for one search statement's bitmaps and sorts (PostgreSQL's default is 4 MB).
_BITMAP_MEMORY = "32MB"


@contextmanager
def _through_gin_index(connection: Connection) -> Iterator[None]:
    """Make PostgreSQL read matches through the GIN index for the next statements.

    Article vectors are TOASTed, so the planner thinks a sequential scan (or a walk down
    the primary key) is cheap when each row actually costs a decompression: a rare word
    took 170 ms at 20k articles that way, 12 ms through the index. The bitmap of a frequent
    word's matches gets the memory to stay exact (at 4 MB, half of "the government"'s heap
    pages went lossy at a million articles, each row then rechecked), and JIT, which these
    short statements never repay (4 to 20 ms each at a million), stays off.
    """
    if connection.dialect.name == "sqlite":
        yield
        return
    connection.exec_driver_sql(
        "SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off;"
        f" SET LOCAL work_mem = '{_BITMAP_MEMORY}'; SET LOCAL jit = off"
    )
    try:
        yield
    finally:
        connection.exec_driver_sql(
            "SET LOCAL enable_seqscan TO DEFAULT; SET LOCAL enable_indexscan TO DEFAULT;"
            " SET LOCAL work_mem TO DEFAULT; SET LOCAL jit TO DEFAULT"
        )


# The article id of a full-text match, in each backend's search statement.
_SQLITE_ARTICLE_OF = {
    "article": "article_fts.rowid",
    "quote": "(SELECT quote.article_id FROM quote WHERE quote.id = quote_fts.rowid)",
}
_POSTGRES_ARTICLE_OF = {"article": "article.id", "quote": "quote.article_id"}


def _sqlite_newest_ranked(
    connection: Connection, table: str, rank: str, values: dict[str, object]
) -> list[tuple[int, float]]:
    """SQLite's :func:`_newest_ranked`: the newest matches are ranked first, and whether the
    viewer may see one is asked of the best first, only until ``limit`` are found (each
    question is an index probe per row: asking it of every match doubled the time of a
    frequent word). When too few of the window's matches are visible (other workspaces' or
    channels'), the window widens until enough are, or every match was looked at."""
    fts = f"{table}_fts"
    match = f"{fts} MATCH :query"
    visible = visible_sql(_SQLITE_ARTICLE_OF[table].replace(f"{fts}.rowid", "ranked.id"))
    newest, limit = int(str(values["newest"])), int(str(values["limit"]))
    while True:
        oldest = connection.execute(
            text(f"SELECT rowid FROM {fts} WHERE {match} ORDER BY rowid DESC LIMIT 1 OFFSET :skip"),
            {**values, "skip": newest - 1},
        ).scalar()
        # The CTE is materialised in score order and read in that order, so the EXISTS of
        # the outer query runs on the best rows only, until the LIMIT is met.
        rows = connection.execute(
            text(
                "WITH ranked AS MATERIALIZED ("
                f" SELECT rowid AS id, {rank} AS score FROM {fts}"
                f" WHERE {match} AND rowid >= :oldest ORDER BY score DESC, rowid DESC)"
                f" SELECT id, score FROM ranked WHERE {visible} LIMIT :limit"
            ),
            {**values, "oldest": oldest or 0},
        ).all()
        # Enough, or all of a full window visible, or every match looked at: done.
        if oldest is None or len(rows) >= min(limit, newest):
            ranked = [(row[0], float(row[1])) for row in rows]
            return sorted(ranked, key=lambda hit: (-hit[1], -hit[0]))
        newest *= 4


def _newest_ranked(
    connection: Connection,
    table: str,
    query: str,
    rank: str,
    *,
    viewer: Viewer,
    limit: int,
    newest: int,
    params: dict[str, object] | None = None,
    expected: int | None = None,
) -> list[tuple[int, float]]:
    """(id, score) of the ``limit`` best of the ``newest`` rows of ``table`` matching ``query``
    that ``viewer`` may see.

    Ranking costs time per match, so frequent words are ranked among recent rows only; a
    precise query, with fewer matches than ``newest``, is ranked over the whole archive.
    Rows the viewer may not see are left out before counting the newest, in the same
    statement. ``expected`` is PostgreSQL's estimate of the number of matches, if it has one.
    ``table`` and ``rank`` are SQL written in this module, never user input.
    """
    values = {
        "query": query,
        "limit": limit,
        "newest": newest,
        **viewer_params(viewer),
        **(params or {}),
    }
    if connection.dialect.name == "sqlite":
        return _sqlite_newest_ranked(connection, table, rank, values)
    return _postgres_newest_ranked(connection, table, rank, values, expected)


def _postgres_newest_ranked(
    connection: Connection,
    table: str,
    rank: str,
    values: dict[str, object],
    expected: int | None,
) -> list[tuple[int, float]]:
    """PostgreSQL's :func:`_newest_ranked`, with the newest window gathered from recent ids.

    Keeping the newest matches of a frequent word means visiting the heap row of every match
    (the GIN index knows rows, not ids or dates): 113,000 of them for "the government" at a
    million articles, 1.7 s. When the statistics expect many matches, the search first looks
    only above an id floor, low enough that the newest window should fill from the rows
    above it (twice the expected need); PostgreSQL then ANDs the GIN bitmap with the primary
    key's range and reads the heap of those matches only. A window that does not fill is
    gathered again from the whole archive, so the answer is the same as without the floor.
    """
    newest, limit = int(str(values["newest"])), int(str(values["limit"]))
    floor = _id_floor(connection, table, newest, expected)
    match = "search_vector @@ to_tsquery('precis_search', :query)"
    while True:
        above = "" if floor is None else f" AND {table}.id > :floor"
        with _through_gin_index(connection):
            # As on SQLite: the newest window ranked, then visibility asked of the best first.
            rows = connection.execute(
                text(
                    "WITH hit AS MATERIALIZED ("
                    f" SELECT id FROM {table} WHERE {match}{above} ORDER BY id DESC LIMIT :newest),"
                    " ranked AS MATERIALIZED ("
                    f" SELECT {table}.id, {_POSTGRES_ARTICLE_OF[table]} AS article_id,"
                    f" {rank} AS score FROM hit JOIN {table} ON {table}.id = hit.id,"
                    " to_tsquery('precis_search', :query) AS query"
                    f" ORDER BY score DESC, {table}.id DESC)"
                    " SELECT id, score, (SELECT count(*) FROM hit) FROM ranked"
                    f" WHERE {visible_sql('ranked.article_id')} LIMIT :limit"
                ),
                {**values, "newest": newest, "floor": floor},
            ).all()
            window = (
                rows[0][2]
                if rows
                else connection.execute(
                    text(
                        f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {match}{above}"
                        " LIMIT :newest) AS hit"
                    ),
                    {**values, "newest": newest, "floor": floor},
                ).scalar_one()
            )
        if window < newest and floor is not None:
            floor = None  # the estimate was too high: the whole archive, as without it
        elif len(rows) >= min(limit, newest) or window < newest:
            return [(row[0], float(row[1])) for row in rows]
        else:
            newest *= 4  # a full window, too little of it visible to the viewer


# The id floor leaves this many times the expected number of rows needed above it.
_FLOOR_MARGIN = 2


def _id_floor(connection: Connection, table: str, newest: int, expected: int | None) -> int | None:
    """The id above which the ``newest`` matches should lie, when ``expected`` matches
    (estimated) make it worth it; None to search the whole archive."""
    if not expected or expected <= newest * _FLOOR_MARGIN:
        return None
    rows, top = connection.execute(
        text(f"SELECT reltuples, (SELECT max(id) FROM {table}) FROM pg_class WHERE relname = :t"),
        {"t": table},
    ).one()
    if not top or rows <= 0:
        return None
    span = int(newest * _FLOOR_MARGIN * rows / expected)
    return top - span if span < top else None


def match_articles(
    connection: Connection,
    terms: Sequence[str],
    *,
    viewer: Viewer,
    any_term: bool,
    limit: int,
    newest: int,
) -> list[tuple[int, float]]:
    """(article id, score) of the best matches among the ``newest`` matching articles
    ``viewer`` may see, best first; a title match weighs more."""
    if not terms:
        return []
    if connection.dialect.name == "sqlite":
        return _newest_ranked(
            connection,
            "article",
            fts5_query(terms, any_term=any_term),
            "-bm25(article_fts, 5.0, 1.0)",
            viewer=viewer,
            limit=limit,
            newest=newest,
        )
    return _newest_ranked(
        connection,
        "article",
        tsquery(terms, any_term=any_term),
        "ts_rank_cd(:weights, search_vector, query, 1)",
        viewer=viewer,
        limit=limit,
        newest=newest,
        params={"weights": RANK_WEIGHTS},
        expected=_postgres_expected_matches(connection, "article", terms, any_term=any_term),
    )


def match_quotes(
    connection: Connection,
    terms: Sequence[str],
    *,
    viewer: Viewer,
    prefixes: Sequence[str] = (),
    every_term: bool = False,
    limit: int,
    newest: int,
) -> list[int]:
    """Ids of quotes containing any of ``terms`` (or every one), or a word starting with one
    of ``prefixes``, best first among the ``newest`` matching quotes ``viewer`` may see.

    Only candidates: the caller re-ranks them by fuzzy similarity, so ``limit`` bounds the
    work whatever the query.
    """
    if not terms and not prefixes:
        return []
    if connection.dialect.name == "sqlite":
        expression = fts5_query(terms, any_term=not every_term, prefixes=prefixes)
        found = _newest_ranked(
            connection,
            "quote",
            f"text : ({expression})",
            "-bm25(quote_fts)",
            viewer=viewer,
            limit=limit,
            newest=newest,
        )
    else:
        found = _newest_ranked(
            connection,
            "quote",
            tsquery(terms, any_term=not every_term, prefixes=prefixes),
            "ts_rank(search_vector, query)",
            viewer=viewer,
            limit=limit,
            newest=newest,
            expected=_postgres_expected_matches(
                connection, "quote", terms, any_term=not every_term, prefixes=prefixes
            ),
        )
    return [quote_id for quote_id, _ in found]


def count_quotes_with(
    connection: Connection, words: Sequence[str], *, prefix: bool = False, cap: int
) -> dict[str, int]:
    """How many quotes contain each of ``words`` (or, with ``prefix``, a word starting with
    it), up to ``cap``: cheap enough to ask before deciding which words to search with.

    SQLite reads document counts from the FTS5 index (quote_fts_vocab; a prefix sums its
    words, an overestimate). PostgreSQL answers frequent words from the planner's
    statistics and counts the others through the GIN index in one statement, stopping
    at ``cap``.
    """
    counts = {word: 0 for word in words}
    valid = [word for word in counts if _WORD.fullmatch(word)]
    if connection.dialect.name == "sqlite":
        for word in valid:
            if prefix:
                found = connection.execute(
                    text(
                        "SELECT coalesce(sum(doc), 0) FROM quote_fts_vocab"
                        " WHERE term >= :word AND term < :following"
                    ),
                    {"word": word, "following": word[:-1] + chr(ord(word[-1]) + 1)},
                ).scalar()
            else:
                found = connection.execute(
                    text("SELECT doc FROM quote_fts_vocab WHERE term = :word"), {"word": word}
                ).scalar()
            counts[word] = min(found or 0, cap)
        return counts
    frequent = {} if prefix else _postgres_frequent_words(connection, "quote")
    for word in valid:
        if frequent.get(word, 0) >= cap:
            counts[word] = cap
    unknown = [word for word in valid if counts[word] < cap]
    if not unknown:
        return counts
    queries = [
        tsquery([], any_term=True, prefixes=[w]) if prefix else tsquery([w], any_term=True)
        for w in unknown
    ]
    with _through_gin_index(connection):
        rows = connection.execute(
            text(
                "SELECT (SELECT count(*) FROM (SELECT 1 FROM quote"
                "  WHERE search_vector @@ to_tsquery('precis_search', typed.query)"
                "  LIMIT :cap) AS hit)"
                " FROM unnest(CAST(:queries AS text[])) WITH ORDINALITY AS typed(query, position)"
                " ORDER BY typed.position"
            ),
            {"queries": queries, "cap": cap},
        ).all()
    counts.update(zip(unknown, (row[0] for row in rows), strict=True))
    return counts


_FREQUENT_WORDS_SECONDS = 600.0
_frequent_words: dict[tuple[str, str], tuple[float, dict[str, int]]] = {}


def _postgres_expected_matches(
    connection: Connection,
    table: str,
    terms: Sequence[str],
    *,
    any_term: bool,
    prefixes: Sequence[str] = (),
) -> int | None:
    """How many rows of ``table`` the statistics expect to match, or None when they do not
    know (a prefix, or a rare word in an AND): every word for an AND, the sum for an OR."""
    if prefixes:
        return None
    frequent = _postgres_frequent_words(connection, table)
    counts = [frequent.get(term, 0) for term in terms if _WORD.fullmatch(term)]
    expected = sum(counts) if any_term else min(counts, default=0)
    return expected or None


def _postgres_frequent_words(connection: Connection, table: str) -> dict[str, int]:
    """Estimated row counts of ``table``'s most frequent words, from ANALYZE's statistics.

    Counting "président" through the index builds a bitmap of every quote containing it;
    the statistics already know it is frequent. Cached per database and table for ten
    minutes.
    """
    key = (connection.engine.url.render_as_string(hide_password=True), table)
    cached = _frequent_words.get(key)
    if cached and time.monotonic() - cached[0] < _FREQUENT_WORDS_SECONDS:
        return cached[1]
    row = connection.execute(
        text(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs, reltuples"
            " FROM pg_stats JOIN pg_class ON relname = tablename"
            " AND relnamespace = to_regnamespace(schemaname)"
            " WHERE tablename = :table AND attname = 'search_vector'"
            " AND schemaname = current_schema()"
        ),
        {"table": table},
    ).first()
    counts = (
        {word: int(freq * row[2]) for word, freq in zip(row[0], row[1], strict=False)}
        if row and row[0]
        else {}
    )
    _frequent_words[key] = (time.monotonic(), counts)
    return counts
