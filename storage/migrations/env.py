"""Alembic environment: runs on the connection storage.db.upgrade_schema hands it, or on
DATABASE_URL when Alembic's own command line is used (``alembic -c storage/alembic.ini``)."""

from __future__ import annotations

import os
from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from alembic.runtime.environment import NameFilterParentNames, NameFilterType
from sqlalchemy import Connection
from sqlmodel import SQLModel

from storage.db import DEFAULT_DATABASE_URL, make_engine
from storage.models import UTCDateTime  # importing storage.models registers every table

# Created by migrations, invisible to SQLModel: FTS5 tables and their shadow tables,
# PostgreSQL tsvector columns and their indexes. Autogenerate must not drop them.
FTS_TABLE_SUFFIXES = (
    "_fts_vocab",
    "_fts",
    "_fts_data",
    "_fts_idx",
    "_fts_config",
    "_fts_docsize",
    "_fts_content",
)
SEARCH_COLUMN = "search_vector"


def include_name(
    name: str | None, type_: NameFilterType, parent_names: NameFilterParentNames
) -> bool:
    if type_ == "table":
        return not (name or "").endswith(FTS_TABLE_SUFFIXES)
    if type_ == "column":
        return name != SEARCH_COLUMN
    if type_ == "index":
        return not (name or "").endswith("_search")
    return True


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write storage's own column types as plain SQLAlchemy types, so migrations stay frozen."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_name=include_name,
        render_item=render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    url = os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    context.configure(
        url=url,
        target_metadata=SQLModel.metadata,
        render_as_batch=url.startswith("sqlite"),
        include_name=include_name,
        render_item=render_item,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    engine = make_engine(os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL))
    with engine.connect() as new_connection:
        run_migrations(new_connection)
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
