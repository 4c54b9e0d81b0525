"""Delete conversations whose last event is older than N days (retention).

    python scripts/forget.py --older-than-days 30            # make forget DAYS=30
    python scripts/forget.py --older-than-days 30 --dry-run  # only count them

Reads the tracker store from endpoints.yml (Rasa's SQL tracker store: the
SQLite file var/tracker.db by default, or PostgreSQL) or from --db. A
conversation is all the events of one sender id; it is deleted as a whole
when its newest event is older than the cut-off, so a conversation that is
still going on keeps its beginning. SQLite files are vacuumed afterwards so
the deleted text does not stay behind in free pages of the file.

Safe while the Rasa server runs: the SQL tracker store reads the events from
the database on every message and keeps no copy.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Optional

import sqlalchemy as sa
import yaml

ROOT = Path(__file__).resolve().parent.parent


def _expand(value: object) -> object:
    """${VAR} in endpoints.yml, as Rasa reads it."""
    if isinstance(value, str):
        expanded = os.path.expandvars(value)
        if "${" in expanded:
            sys.exit(f"error: environment variable not set in endpoints.yml value {value!r}")
        return expanded
    return value


def database_url(endpoints: Path, db: Optional[str] = None) -> sa.engine.URL:
    if db:
        return sa.engine.URL.create("sqlite", database=str(Path(db).resolve()))
    config = (yaml.safe_load(endpoints.read_text()) or {}).get("tracker_store") or {}
    config = {key: _expand(value) for key, value in config.items()}
    if str(config.get("type", "")).lower() != "sql":
        sys.exit(f"error: {endpoints} has no SQL tracker store (type: SQL); nothing to forget")
    dialect = config.get("dialect", "sqlite")
    if dialect == "sqlite":
        path = Path(config.get("db", "rasa.db"))
        return sa.engine.URL.create("sqlite", database=str(path if path.is_absolute() else ROOT / path))
    return sa.engine.URL.create(
        dialect, username=config.get("username"), password=config.get("password"),
        host=config.get("url"), port=config.get("port"), database=config.get("db"),
        query=config.get("query") or {},
    )


def forget(url: sa.engine.URL, older_than_days: float, dry_run: bool = False,
           now: Optional[float] = None) -> tuple[int, int]:
    """(conversations, events) deleted (or that would be, with dry_run)."""
    cutoff = (now if now is not None else time.time()) - older_than_days * 86400
    if url.get_backend_name() == "sqlite" and not Path(url.database).exists():
        return 0, 0  # no conversation was ever stored
    engine = sa.create_engine(url)
    events = sa.Table("events", sa.MetaData(), autoload_with=engine)
    stale = (
        sa.select(events.c.sender_id)
        .group_by(events.c.sender_id)
        .having(sa.func.max(events.c.timestamp) < cutoff)
    )
    with engine.begin() as connection:
        senders = [row[0] for row in connection.execute(stale)]
        n_events = 0
        for start in range(0, len(senders), 500):
            chunk = senders[start:start + 500]
            condition = events.c.sender_id.in_(chunk)
            if dry_run:
                n_events += connection.execute(
                    sa.select(sa.func.count()).select_from(events).where(condition)).scalar_one()
            else:
                n_events += connection.execute(events.delete().where(condition)).rowcount
    if senders and not dry_run and url.get_backend_name() == "sqlite":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(sa.text("VACUUM"))
            # the Rasa server keeps the file in write-ahead-log mode (channels/speedups.py):
            # copy the log into the file and empty it, so no deleted text stays in it
            connection.execute(sa.text("PRAGMA wal_checkpoint(TRUNCATE)"))
    engine.dispose()
    return len(senders), n_events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--older-than-days", type=float, required=True,
                        help="delete conversations whose last event is older than this many days")
    parser.add_argument("--endpoints", type=Path, default=ROOT / "endpoints.yml",
                        help="endpoints.yml naming the tracker store (default: the project's)")
    parser.add_argument("--db", help="a SQLite tracker database file instead of the one in endpoints.yml")
    parser.add_argument("--dry-run", action="store_true", help="count, delete nothing")
    args = parser.parse_args()
    if args.older_than_days < 0:
        parser.error("--older-than-days must be 0 or more")
    url = database_url(args.endpoints, args.db)
    try:
        conversations, n_events = forget(url, args.older_than_days, args.dry_run)
    except sa.exc.NoSuchTableError:
        print(f"{url.render_as_string(hide_password=True)}: no conversations stored yet")
        return
    verb = "would delete" if args.dry_run else "deleted"
    print(f"{verb} {conversations} conversation(s) ({n_events} events) with no activity in the last "
          f"{args.older_than_days:g} day(s) from {url.render_as_string(hide_password=True)}")


if __name__ == "__main__":
    main()
