"""``python -m bot`` runs the same command line as ``precis``."""

from bot.cli import main

main()
