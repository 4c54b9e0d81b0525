"""channels/speedups.py replaces work Rasa repeats on every message; each
replacement must give exactly what Rasa's own code gives."""
from __future__ import annotations

import jsonschema
import pytest
from rasa.core import tracker_store
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event, SlotSet, UserUttered
from rasa.shared.utils.common import all_subclasses
from sqlalchemy.pool import QueuePool

from channels import speedups


def test_event_classes_are_the_ones_rasa_finds():
    resolve = speedups._remembered_event_types().__get__(None, Event)
    for cls in all_subclasses(Event):
        if cls.type_name != "event":
            assert resolve(cls.type_name) is Event.resolve_by_type(cls.type_name)
            assert resolve(cls.type_name) is Event.resolve_by_type(cls.type_name)  # from memory
    assert resolve("user") is UserUttered and resolve("slot") is SlotSet


def test_an_unknown_event_name_still_fails_or_gives_the_default():
    resolve = speedups._remembered_event_types().__get__(None, Event)
    with pytest.raises(ValueError, match="no_such_event"):
        resolve("no_such_event")
    assert resolve("no_such_event", SlotSet) is SlotSet
    with pytest.raises(ValueError):  # the default was not remembered for the name
        resolve("no_such_event")


def test_sqlite_engines_keep_a_pool_and_postgresql_keeps_rasas_settings():
    kwargs = speedups._pooled_sqlite_engine_kwargs()
    sqlite = kwargs("sqlite:///var/tracker.db")
    assert sqlite["poolclass"] is QueuePool
    assert sqlite["connect_args"] == {"check_same_thread": False}
    postgres = kwargs("postgresql://user:pw@localhost/rasa")
    assert "poolclass" not in postgres
    assert postgres == tracker_store.create_engine_kwargs("postgresql://user:pw@localhost/rasa")


def test_the_action_response_check_accepts_and_refuses_what_rasa_does():
    check = speedups._fast_response_check()
    good = {"events": [{"event": "slot", "name": "x", "value": 1}], "responses": [{"text": "hi"}]}
    assert check(None, good) is True
    bad = {"events": "not a list"}
    with pytest.raises(jsonschema.ValidationError) as ours:
        check(None, bad)
    with pytest.raises(jsonschema.ValidationError) as rasas:
        jsonschema.validate(bad, RemoteAction.action_response_format_spec())
    assert ours.value.path == rasas.value.path
    assert "Failed to validate Action server response" in ours.value.message
