"""Sources: each turns what it reads (a file, a web page, a feed item, a file shared in Slack)
into a :class:`RawDocument`; :func:`bot.ingest.pipeline.ingest` stores them all.

Only the light names are here: importing a source does not load the analysis pipeline.
"""

from bot.ingest.raw import Loader, RawDocument, RejectedDocument

__all__ = ["Loader", "RawDocument", "RejectedDocument"]
