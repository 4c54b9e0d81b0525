"""Retention: scripts/forget.py deletes conversations whose last event is
older than N days, from a tracker database written by Rasa's own SQL tracker
store (so the schema is the real one)."""
from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scripts.stack import ROOT

DAY = 86400.0


def _write_store(path: Path, conversations: dict) -> None:
    """conversations: sender -> list of (seconds ago, user text)."""
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(path))
    now = time.time()

    async def save_all() -> None:
        for sender, turns in conversations.items():
            events = []
            for ago, text in turns:
                events += [UserUttered(text, timestamp=now - ago),
                           ActionExecuted("utter_x", timestamp=now - ago + 1),
                           BotUttered("reply", timestamp=now - ago + 1)]
            await store.save(DialogueStateTracker.from_events(sender, events))

    asyncio.run(save_all())
    store.engine.dispose()


def _senders(path: Path) -> set:
    with sqlite3.connect(path) as db:
        return {row[0] for row in db.execute("SELECT DISTINCT sender_id FROM events")}


def _forget(*args: str) -> str:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "forget.py"), *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "tracker.db"
    _write_store(path, {
        "old": [(90 * DAY, "my calf hurts walking OLDSECRET")],
        "old-but-recent-end": [(90 * DAY, "first turn long ago"), (1 * DAY, "came back yesterday")],
        "new": [(2 * DAY, "pain in my thigh")],
        "just-under": [(29 * DAY, "almost a month")],
        "just-over": [(31 * DAY, "a month and a day")],
    })
    return path


def test_forget_deletes_conversations_whose_last_event_is_older_than_n_days(store: Path):
    assert _senders(store) == {"old", "old-but-recent-end", "new", "just-under", "just-over"}
    assert b"OLDSECRET" in store.read_bytes()
    out = _forget("--older-than-days", "30", "--db", str(store))
    assert "deleted 2 conversation(s)" in out
    assert _senders(store) == {"old-but-recent-end", "new", "just-under"}
    # a conversation that goes on keeps its beginning
    with sqlite3.connect(store) as db:
        kept = db.execute("SELECT COUNT(*) FROM events WHERE sender_id='old-but-recent-end'").fetchone()[0]
    assert kept == 6
    # the deleted words are gone from the file itself (vacuumed), not just unlinked
    assert b"OLDSECRET" not in store.read_bytes()


def test_dry_run_deletes_nothing(store: Path):
    out = _forget("--older-than-days", "30", "--db", str(store), "--dry-run")
    assert "would delete 2 conversation(s) (6 events)" in out
    assert len(_senders(store)) == 5


def test_zero_days_deletes_everything_and_a_second_run_finds_nothing(store: Path):
    _forget("--older-than-days", "0", "--db", str(store))
    assert _senders(store) == set()
    assert "deleted 0 conversation(s)" in _forget("--older-than-days", "0", "--db", str(store))


def test_the_database_is_found_through_endpoints_yml(tmp_path: Path, store: Path):
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {store}\n")
    out = _forget("--older-than-days", "60", "--endpoints", str(endpoints))
    assert "deleted 1 conversation(s)" in out and str(store) in out
    assert "old" not in _senders(store)


def test_a_missing_database_is_not_an_error(tmp_path: Path):
    out = _forget("--older-than-days", "30", "--db", str(tmp_path / "none.db"))
    assert "deleted 0" in out
    assert not (tmp_path / "none.db").exists()


def test_negative_days_are_refused():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "forget.py"), "--older-than-days", "-1"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "0 or more" in done.stderr


def test_deleted_text_does_not_stay_in_a_write_ahead_log(tmp_path: Path):
    """The Rasa server keeps the file in WAL mode (channels/speedups.py)."""
    path = tmp_path / "tracker.db"
    _write_store(path, {"old": [(90 * DAY, "WALSECRET in my calf")], "new": [(DAY, "thigh")]})
    keep = sqlite3.connect(path)  # a server holding the file open keeps the log
    keep.execute("PRAGMA journal_mode=WAL")
    keep.execute("UPDATE events SET intent_name = intent_name")
    keep.commit()
    try:
        _forget("--older-than-days", "30", "--db", str(path))
        for file in tmp_path.glob("tracker.db*"):
            assert b"WALSECRET" not in file.read_bytes(), file.name
    finally:
        keep.close()
    assert _senders(path) == {"new"}
