"""Import cost is a design property: reading the text types never loads a language model."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module", ["bot.text.model", "bot.text", "bot.text.lang", "bot.text.quotes", "bot.text.report"]
)
def test_importing_bot_text_does_not_import_spacy(module: str) -> None:
    code = f"import {module}, sys; assert 'spacy' not in sys.modules, 'spacy was imported'"
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
