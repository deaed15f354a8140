"""Measure English quote attribution on PolNeAR train: the split rules are learnt from.

    python bench/train_speakers.py [--eval-dir ../shared/eval] [--limit N] [--save FILE]
                                   [--verbose]
    python bench/train_speakers.py --diff BEFORE.json AFTER.json

PolNeAR gives Source, Cue and Content spans, not resolved full names, so the speaker is
checked against a *silver* name read from the annotation and the article:

- the quote: the first quoted segment (4+ words) of each annotated Content with quote marks,
  as ``polnear_dev/speakers_gold.json`` is built;
- a Source that names someone (its last capitalised word, not a pronoun) gives a surname;
  a pronoun Source takes the surname of the nearest named Source before it (annotators'
  chains are not given: an approximation, reported apart);
- the silver full name is the surname with the first name most often written right before
  it in the article (a known first name); a surname never given a first name stays alone.

Organisation Sources are also measured apart, with their own silver (``org`` in a record),
the named and pronoun figures left as they were: a Source whose head is an organisation noun
("the Trump campaign", "the committee", "The New York Times") or is an acronym ("the NRA")
takes the organisation's name
as the dev gold writes it (no leading "The"; "the X campaign" is "X campaign"), at its fullest
in the article: an acronym's expansion ("IMF" -> "International Monetary Fund"), a longer name
ending with the short one ("Times" -> "New York Times", the nearest one before). A head noun
alone ("the court") takes the nearest name before the Source with that noun capitalised
("Supreme Court"), else it is not measured; a name with no organisation noun ("Reuters",
"Peabody") is not measured either (too often a surname the article gives alone).

Figures: quote-mark recall and precision (as the bench's ``relations``), the recall of 1-3-word
quotes apart (optional in the dev gold, counted by the relations bench), then speaker accuracy
on named Sources and on pronoun Sources (full name as silver, and surname only), and how often
the speaker is empty; then on organisation Sources (full name against their own silver).
Sources that name nobody (no capital, no pronoun) are counted apart, by
how often we fill them: an indefinite or bare one ("officials", "a spokeswoman", "one aide",
"some protesters") is anonymous and should stay empty; a definite one ("the senator", "the
report") may point to someone named before, so its fills are to be read, not scored; a named
Source that is an indefinite phrase with a lower-case head ("a White House official") is
anonymous too, its silver a wrong name: its fills are counted apart (kept in the named figures).
``--save`` writes every quote's record, ``--diff`` prints the quotes two runs differ on, and the
precision of the change: of the changed speakers, the share right after. ``--verbose`` lists
the missed quotes (``short`` for 1-3 words) and the spurious direct quotes (inside no annotated
Content), with the words around them. Train text is read, never copied into the project.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_quotes import (
    DEFAULT_EVAL_DIR,
    _analysed,
    _located,
    _overlaps,
    _paragraph_origins,
)

from bot.text.lang import pack
from bot.text.lang.base import word_set
from bot.text.quotes.people.first_names import first_name_gender

# “…”, "…" and ''…'' (old newspaper style: a doubled apostrophe for each mark)
_MARK_PAIR = re.compile(r"(?:[“\"]|'')((?:(?!'')[^“”\"])*)(?:[”\"]|'')?")
_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}
_NOT_SURNAME = {"I", "We", "You", "They", "It", "He", "She", "A", "Q", "The"}
# a Source of one of these words alone is a pronoun or a stray word, not an unnamed source
_NOT_SOURCE = word_set(
    "i me we us you they them it who which that what one another someone here their"
) | {f"{p}{a}s" for p in ("he", "she", "it", "that") for a in "'’"}
_INDEFINITE = word_set(
    "a an one another some several many most few other others two three four numerous multiple "
    "dozens hundreds about"
)
# where the head noun of an indefinite Source ends: "a source close to X", "an aide to X"
_HEAD_END = word_set("who that for from of in with at on to close familiar named calling going")
_DEFINITE = {"the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my"}


def _brat(path: Path) -> list[tuple[list[tuple[int, int]], tuple[int, int] | None, str]]:
    """(content spans, source span, source text) of each attribution, in text order."""
    spans: dict[str, tuple[list[tuple[int, int]], str]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 2:
            key, middle, text = line.split("\t", 2)
            _, ranges = middle.split(" ", 1)
            parts = [(int(a), int(b)) for a, b in (r.split() for r in ranges.split(";"))]
            spans[key] = (parts, text)
        elif line.startswith("E"):
            events.append(dict(part.split(":") for part in line.split("\t")[1].split()))
    found = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        source = spans.get(roles.get("Source", ""))
        source_span = (source[0][0][0], source[0][-1][1]) if source else None
        found.append((content[0], source_span, source[1] if source else ""))
    found.sort(key=lambda r: r[0][0][0])
    return found


def _silver(source: str, text: str) -> str | None:
    """The silver name a Source gives: a person's first name and surname (the first name
    most often written before the surname in the article), else an organisation's name."""
    lang = pack("en")
    runs: list[list[str]] = [[]]
    for word in re.findall(r"[\w'’.-]+|[^\w\s]", source):
        bare = word.rstrip(".")
        if (
            word[:1].isupper()
            and word not in _NOT_SURNAME
            and bare.casefold() not in lang.people.honorifics
            and bare.casefold() not in lang.people.roles
            and not re.search(r"['’]s?$", word)
            and not re.fullmatch(r"[RDI]-[\w.]+", word)
        ):
            runs[-1].append(bare)
        elif runs[-1]:
            runs.append([])
    runs = [r for r in runs if r and not (len(r) == 1 and len(r[0]) == 1)]
    if not runs:
        return None
    person = next((r for r in runs if any(first_name_gender(w) is not False for w in r)), None)
    surname = (person or runs[0])[-1]
    firsts = Counter(
        m.group(1)
        for m in re.finditer(
            r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?" + re.escape(surname) + r"\b", text
        )
        if first_name_gender(m.group(1)) is not False
    )
    if firsts:
        return f"{firsts.most_common(1)[0][0]} {surname}"
    return surname if person else " ".join(runs[0])


# the press's names and bodies a Source may be headed by, besides the pack's organisation nouns
_PRESS = {"newspaper", "times", "post", "journal", "news", "magazine", "fund", "reserve"}
_PRESS |= {"coalition", "caucus", "assembly", "panel", "nations", "tribune", "herald", "press"}
# capitalised words that open a sentence without being part of a name
_OPENERS = frozenset(
    """as when but while for so is and if in on at after before with by from to then even yet
    also now because since although though said says follow according that this what how why where
    who i we you they it he she a an the has have was were not or his her their its our my
    monday tuesday wednesday thursday friday saturday sunday""".split()  # noqa: SIM905
)
_WORD = r"(?:[A-Z]\.)+|St\.|[A-Z][\w&’'-]*"
_GAP = r"[^\S\n]+(?:(?:of|on|for|and|&)[^\S\n]+(?:the[^\S\n]+)?)?"  # "Court of Appeals for the"
_CAPITAL_RUN = re.compile(rf"(?:{_WORD})(?:{_GAP}(?:{_WORD}))*")
_OPENING = re.compile(r"^(?:the|a|an)\s+", re.I)


def _runs(text: str) -> list[tuple[int, str]]:
    """Capitalised runs of the text with their start, without a leading "The", a sentence's
    opening word ("As Politico") or a possessive."""
    found = []
    for m in _CAPITAL_RUN.finditer(text):
        words = m.group().split()
        while words and words[0].casefold().rstrip("’'s") in _OPENERS:
            words = words[1:]
        while words and not words[0][0].isupper():
            words = words[1:]
        while words and (words[-1].casefold() in _OPENERS or not words[-1][0].isupper()):
            words = words[:-1]  # "Council on Wednesday"
        name = re.sub(r"['’]s?$", "", " ".join(words))
        if name:
            found.append((m.start(), name))
    return found


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _no_person(name: str) -> bool:
    """No role or honorific in a name, and an organisation noun in it or no first name
    opening it: an organisation's name ("Clinton Foundation"), not a person's."""
    people = pack("en").people
    lows = [w.casefold().rstrip(".") for w in name.split()]
    if any(w in people.roles or w in people.honorifics for w in lows):
        return False
    heads = people.organisations | _PRESS
    return any(w in heads for w in lows[1:]) or first_name_gender(name.split()[0]) is False


def _fullest(name: str, text: str, before: int) -> str:
    """An organisation's name at its fullest in the article: an acronym's expansion, the
    nearest longer name ending with it, the one longer name a one-word name starts with."""
    runs = [(at, r) for at, r in _runs(text) if _no_person(r)]
    bare = name.replace(".", "")
    if bare.isupper() and len(bare) > 1:
        written = re.search(rf"({_CAPITAL_RUN.pattern})\s*\(\s*{re.escape(name)}\s*\)", text)
        expansion = _runs(written.group(1))[-1][1] if written else ""
        if _initials(expansion)[:1] == bare[:1]:
            return expansion
        spelt = [r for _, r in runs if len(r.split()) > 1 and _initials(r) == bare]
        return spelt[0] if spelt else name
    longer = [(at, r) for at, r in runs if r.endswith(" " + name)]
    if longer:
        earlier = [r for at, r in longer if at < before]
        return earlier[-1] if earlier else longer[0][1]
    starting = {r for _, r in runs if r.startswith(name + " ")}
    if " " not in name and len(starting) == 1:
        return starting.pop()
    return name


def _organisation(source: str, text: str, start: int) -> str | None:
    """The silver organisation a Source names, or None when it names a person or no one."""
    lang = pack("en")
    phrase = re.split(r",|\s(?:who|which|that|in|at|to|with|from)\s", source.strip())[0]
    words = re.findall(r"[\w.&’'-]+", _OPENING.sub("", phrase))
    if not words or words[0].casefold() in {"his", "her", "their", "its", "one", "another"}:
        return None
    lows = [w.casefold().rstrip(".").removesuffix("’s").removesuffix("'s") for w in words]
    people = lang.people
    if any(w in people.roles or w in people.anonymous_sources for w in lows[:-1]):
        return None  # "a Clinton campaign official", "one campaign source": people
    heads = people.organisations | _PRESS
    if any(
        first_name_gender(a) is not False and b[:1].isupper() for a, b in itertools.pairwise(words)
    ):
        return None  # "House Republican Thomas Massie", "the Party's Ann Lind"
    if words[-1].islower() and lows[-1] in heads - {"office"}:  # "Ryan's office": his words
        modifiers = [
            w for w, low in zip(words[:-1], lows, strict=False) if low not in people.honorifics
        ]
        if not modifiers:  # "the court": the nearest name before with that noun
            if lows[-1] == "campaign":
                owners = re.findall(r"([A-Z]\w+)(?:['’]s)? campaign\b", text[:start])
                return f"{owners[-1]} campaign" if owners else None
            noun = rf"\b{lows[-1].capitalize()}\b"
            named = [
                r
                for _, r in _runs(text[:start])
                if re.search(noun + r"(?:$| (?:of|on|for) )", r) and _no_person(r)
            ]
            return _fullest(named[-1], text, start) if named else None
        if not all(w[0].isupper() for w in modifiers) or lows[-2] in people.nationalities:
            return None  # "a Republican administration": no one named
        owner = re.sub(r"['’]s?$", "", modifiers[-1])
        return f"{owner} {words[-1]}"  # "the Trump campaign", "Donald Trump's campaign"
    found = _runs(phrase)
    if len(found) != 1 or not phrase.rstrip(" .").endswith(found[0][1]):
        return None
    name = found[0][1]
    if any(w.casefold() in lang.people.roles for w in name.split()):
        return None
    bare = name.replace(".", "")
    # "James Lind of the X Institute" is a person; "Peabody", "Reuters" are not measured
    owner = re.split(r" (?:of|on|for|and|&) ", name)[0]
    if not _no_person(name) or not _no_person(owner) or name.casefold() in _OPENERS:
        return None
    acronym = bare.isupper() and " " not in name and len(bare) <= 6
    if bare.isupper() and not acronym:
        return None  # a headline in capitals
    if not (acronym or any(w.casefold() in heads for w in name.split())):
        return None
    return _fullest(name, text, start)


def _unnamed(source: str) -> str | None:
    """ "definite" for a Source naming nobody with a definite determiner ("the senator", "his
    campaign"), "unnamed" for any other that names nobody ("officials", "a top aide"), None for
    a Source with a capital or a pronoun."""
    words = re.findall(r"[\w'’-]+", source.casefold())
    lang = pack("en")
    opening = source.split(maxsplit=1)
    if opening and opening[0].casefold() in _DEFINITE | _INDEFINITE:  # "The report", "Some"
        source = opening[0].casefold() + source[len(opening[0]) :]
    if (
        not words
        or re.search(r"[A-Z]", source)
        or (len(words) == 1 and (words[0] in _NOT_SOURCE or len(words[0]) == 1))
        or lang.speech.verb(words[0])
    ):
        return None
    return "definite" if words[0] in _DEFINITE else "unnamed"


def _anonymous_named(source: str) -> bool:
    """A Source with a capital that still names nobody: an indefinite noun phrase whose head
    is lower case and which gives no name after a comma ("a White House official", "One
    Democratic strategist who asked not to be named"; not "A top aide, Bo Lind,")."""
    words = re.findall(r"[\w'’.-]+|,", source)
    if not words or words[0].casefold() not in _INDEFINITE or {"named", "calling"} & set(words):
        return False
    head = list(itertools.takewhile(lambda w: w != "," and w.casefold() not in _HEAD_END, words))
    if any(a == "," and b[:1].isupper() for a, b in itertools.pairwise(words)):
        return False
    return len(head) > 1 and head[-1].isalpha() and head[-1].islower()


def _fold(name: str | None) -> str:
    words = re.split(r"[\s.]+", (name or "").casefold())
    return " ".join(w for w in words if w and w not in {"mr", "mrs", "ms", "dr"})


def _around(original: str, start: int, end: int) -> str:
    """A quote and the words around it, on one line, for a listing."""
    before = original[max(0, start - 60) : start].split("\n")[-1]
    return f"{before}[{original[start:end][:100]}]{original[end : end + 50]}".replace("\n", " | ")


def records(
    eval_dir: Path, limit: int | None, verbose: bool = False
) -> tuple[list[dict], dict[str, int]]:
    base = eval_dir / "polnear_train"
    files: dict[str, Path] = {}
    for path in sorted((base / "attributions").glob("*.ann")):
        files.setdefault(path.stem.rsplit("_", 1)[0], path)
    names = sorted(files)[:limit]
    articles = _analysed((base / "text" / f"{n}.txt" for n in names), {"language": "en"})
    out: list[dict] = []
    counts = Counter()
    for name in names:
        original = (base / "text" / f"{name}.txt").read_text(encoding="utf-8")
        article = articles[f"{name}.txt"]
        origins = _paragraph_origins(article, original)
        ours = [_located(article, origins, original, q) for q in article.quotes]
        direct = [o for o in ours if o[2].kind == "direct"]
        contents = []
        last_named: dict[str | None, str] = {}
        for content, source_span, source in _brat(files[name]):
            contents += content
            surname = _silver(source, original) if source else None
            low = source.casefold().strip()
            if surname:
                last_named[None] = surname
                gender = first_name_gender(surname.split()[0]) if " " in surname else None
                if gender in ("m", "f"):
                    last_named[gender] = surname
            how = "named" if surname else ("pronoun" if low in _PRONOUNS else "other")
            if how == "other":
                how = _unnamed(source) or how
            if how == "pronoun":
                surname = last_named.get(_PRONOUNS[low]) or last_named.get(None)
            text = "".join(original[s:e] for s, e in content)
            if not re.search(r"[“”\"]|''", text):
                continue
            first = _MARK_PAIR.search(original, content[0][0], content[-1][1])
            if first is None:
                continue
            if len(first.group(1).split()) < 4:  # optional in the dev gold; counted apart
                short = (first.start(1), first.end(1))
                found_short = any(_overlaps((o[0], o[1]), short) for o in direct)
                counts["short"] += 1
                counts["short_found"] += found_short
                if verbose and not found_short:
                    print(f"short {name[:40]}: {_around(original, *short)}")
                continue
            counts["gold"] += 1
            span = (first.start(1), first.end(1))
            hit = next((o for o in direct if _overlaps((o[0], o[1]), span)), None)
            if verbose and hit is None:
                print(f"missed {name[:40]}: {_around(original, *span)}")
            silver = surname
            record = {
                "article": name,
                "at": span[0],
                "how": how,
                "source": source,
                "silver": silver,
                "org": _organisation(source, original, source_span[0]) if source_span else None,
                "found": hit is not None,
                "speaker": hit[2].speaker if hit else None,
                "mention": hit[2].speaker_mention if hit else None,
                "anonymous": how == "named" and _anonymous_named(source),
            }
            out.append(record)
        for start, end, _quote in direct:
            inside = any(_overlaps((start, end), c) for c in contents)
            counts["predicted"] += 1
            counts["predicted_ok"] += inside
            if verbose and not inside:
                print(f"spurious {name[:40]}: {_around(original, start, end)}")
    return out, counts


def _right(record: dict) -> bool:
    return record["found"] and _fold(record["speaker"]) == _fold(record["silver"])


def _org_right(record: dict) -> bool:
    return record["found"] and _fold(record["speaker"]) == _fold(record["org"])


def _surname_right(record: dict) -> bool:
    speaker, silver = _fold(record["speaker"]), _fold(record["silver"])
    return bool(speaker) and bool(silver) and speaker.split()[-1] == silver.split()[-1]


def report(out: list[dict], counts: Counter) -> None:
    found = sum(r["found"] for r in out)
    print(
        f"train quote marks: recall {found / max(counts['gold'], 1):.3f} ({found}/{counts['gold']})"
        f", direct precision {counts['predicted_ok'] / max(counts['predicted'], 1):.3f} "
        f"({counts['predicted_ok']}/{counts['predicted']}); 1-3 words: recall "
        f"{counts['short_found'] / max(counts['short'], 1):.3f} "
        f"({counts['short_found']}/{counts['short']})"
    )
    for how in ("named", "pronoun"):
        group = [r for r in out if r["how"] == how and r["found"] and r["silver"]]
        right = sum(_right(r) for r in group)
        surname = sum(_surname_right(r) for r in group)
        empty = sum(not r["speaker"] for r in group)
        print(
            f"  {how} sources ({len(group)} found): full name {right / max(len(group), 1):.3f}, "
            f"surname {surname / max(len(group), 1):.3f}, empty {empty}"
        )
    group = [r for r in out if r.get("org") and r["found"]]
    right = sum(_org_right(r) for r in group)
    empty = sum(not r["speaker"] for r in group)
    print(
        f"  organisation sources ({len(group)} found): name {right / max(len(group), 1):.3f}, "
        f"empty {empty}"
    )
    groups = {
        "unnamed": ("should stay empty", [r for r in out if r["how"] == "unnamed"]),
        "definite": ("to read", [r for r in out if r["how"] == "definite"]),
        "anonymous named": (
            "indefinite, a lower-case head: should stay empty, silver is wrong",
            [r for r in out if r.get("anonymous")],
        ),
    }
    for how, (should, records) in groups.items():
        group = [r for r in records if r["found"]]
        filled = sum(bool(r["speaker"]) for r in group)
        print(
            f"  {how} sources ({len(group)} found): filled {filled} "
            f"({filled / max(len(group), 1):.3f}, {should})"
        )


def diff(before_path: Path, after_path: Path) -> None:
    before = {(r["article"], r["at"]): r for r in json.loads(before_path.read_text())}
    after = {(r["article"], r["at"]): r for r in json.loads(after_path.read_text())}
    changed = [
        (before[k], after[k])
        for k in after
        if k in before
        and (before[k]["speaker"] != after[k]["speaker"] or before[k]["found"] != after[k]["found"])
    ]
    judged = [(b, a) for b, a in changed if a["silver"] and a["how"] == "named"]
    gained = sum(_right(a) and not _right(b) for b, a in judged)
    lost = sum(_right(b) and not _right(a) for b, a in judged)
    neither = len(judged) - gained - lost
    print(
        f"changed {len(changed)}; on named sources {len(judged)}: right after {gained}, "
        f"wrong after {lost}, wrong both {neither}; precision of the change "
        f"{gained / max(gained + lost + neither, 1):.3f}"
    )
    orgs = [(b, a) for b, a in changed if a.get("org")]
    gained = sum(_org_right(a) and not _org_right(b) for b, a in orgs)
    lost = sum(_org_right(b) and not _org_right(a) for b, a in orgs)
    print(
        f"on organisation sources {len(orgs)}: right after {gained}, wrong after {lost}, "
        f"wrong both {len(orgs) - gained - lost}"
    )
    for how in ("unnamed", "definite", "anonymous named"):
        group = [
            (b, a)
            for b, a in changed
            if a["how"] == how or (how == "anonymous named" and a.get("anonymous"))
        ]
        emptied = sum(bool(b["speaker"]) and not a["speaker"] for b, a in group)
        filled = sum(not b["speaker"] and bool(a["speaker"]) for b, a in group)
        print(f"  {how} sources changed {len(group)}: emptied {emptied}, filled {filled}")
    for b, a in changed:
        org = f" org {a['org']!r}" if a.get("org") else ""
        print(
            f"  {a['article'][:40]} {'anonymous' if a.get('anonymous') else a['how']:8} "
            f"{a['source']!r:30} silver {a['silver']!r}{org}: "
            f"{b['speaker']!r} -> {a['speaker']!r}"
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--diff", type=Path, nargs=2)
    parser.add_argument("--verbose", action="store_true", help="list missed and spurious quotes")
    args = parser.parse_args(argv)
    if args.diff:
        diff(*args.diff)
        return 0
    out, counts = records(args.eval_dir, args.limit, args.verbose)
    report(out, counts)
    if args.save:
        args.save.write_text(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
