"""Work Rasa 3.6 repeats on every message although its result never changes,
found with py-spy on this assistant (bench/bench_load.py --profile):

- ``RemoteAction._validate_action_result`` calls ``jsonschema.validate()``,
  which checks the schema itself against the JSON-Schema meta-schema on
  every action call: 19 % of the Rasa server's CPU at 10 sessions. Here the
  same check is done by a validator built once.
- ``action_extract_slots`` asks, for every from_entity mapping of every
  slot, whether the mapping is unique in the active form; each time a new
  FormAction serialises the whole domain (``domain.as_dict()``) to find
  out: 8.6 % of the time of a message with this domain's 35 slots. Here the
  answer is kept per domain object and form (a domain does not change while
  a model is loaded; a new model brings a new domain object).
- The SQLite tracker store commits every message with a full fsync of a
  rollback journal. Here SQLite connections use write-ahead logging with
  synchronous=NORMAL: a committed message survives a crash or restart of the
  Rasa server; only a power cut or OS crash may lose the last ones.
- Every tracker read rebuilds the events from JSON, and each event looks up
  its class by walking all subclasses of ``Event`` (``Event.resolve_by_type``):
  ~4 % of the server's CPU. Here a name found once is remembered (event
  classes do not change while the server runs; unknown names still go to
  Rasa's own lookup and its error).
- SQLAlchemy 1.4 opens a new SQLite connection for every tracker read and
  write of a file database (NullPool): open, schema read and pragmas each
  time, ~7 % of the server's CPU. Here SQLite engines keep their
  connections in a small pool (PostgreSQL keeps Rasa's own settings).

``install()`` is called by the project's channels (channels/rest.py,
channels/socketio.py) when the Rasa server loads credentials.yml.
"""
from __future__ import annotations

import logging
import sqlite3
from typing import Any, Dict, Optional, Set, Tuple

logger = logging.getLogger(__name__)

_installed = False


def _fast_response_check() -> Any:
    from jsonschema import ValidationError
    from jsonschema.exceptions import best_match
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import DOCS_BASE_URL, RemoteAction

    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)

    def _validate_action_result(self: Any, result: Dict[str, Any]) -> bool:
        error: Optional[ValidationError] = best_match(validator.iter_errors(result))
        if error is not None:  # the same error and message as Rasa's own check
            error.message += (
                ". Failed to validate Action server response from API, make sure your response "
                "from the Action endpoint is valid. For more information about the format visit "
                f"{DOCS_BASE_URL}/custom-actions")
            raise error
        return True

    return _validate_action_result


def _cached_unique_entity_mappings() -> Any:
    from rasa.core.actions.forms import FormAction

    stock = FormAction._create_unique_entity_mappings
    cache: Dict[Tuple[int, str], Tuple[Any, Set[str]]] = {}

    def _create_unique_entity_mappings(self: FormAction, domain: Any) -> Set[str]:
        key = (id(domain), self.name())
        hit = cache.get(key)
        if hit is None or hit[0] is not domain:  # the domain is kept alive, so its id is not reused
            if len(cache) > 64:
                cache.clear()
            hit = cache[key] = (domain, stock(self, domain))
        return hit[1]

    return _create_unique_entity_mappings


def _sqlite_pragmas(dbapi_connection: Any, _: Any) -> None:
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()


def _remembered_event_types() -> Any:
    from rasa.shared.core.events import Event

    stock = Event.resolve_by_type  # a bound classmethod
    found: Dict[str, Any] = {}

    def resolve_by_type(cls: Any, type_name: str, default: Any = None) -> Any:
        hit = found.get(type_name)
        if hit is None:
            hit = stock(type_name, default)
            if hit is not None and hit is not default:
                found[type_name] = hit
        return hit

    return classmethod(resolve_by_type)


def _pooled_sqlite_engine_kwargs() -> Any:
    from rasa.core import tracker_store
    from sqlalchemy.pool import QueuePool

    stock = tracker_store.create_engine_kwargs

    def create_engine_kwargs(url: Any) -> Dict[str, Any]:
        kwargs = stock(url)
        if str(getattr(url, "drivername", url)).startswith("sqlite"):
            # Rasa reads and writes trackers from the event loop's thread;
            # check_same_thread=False lets the pool hand a connection to
            # another thread should Rasa ever do so.
            kwargs = {**kwargs, "poolclass": QueuePool, "pool_size": 2, "max_overflow": 8,
                      "connect_args": {"check_same_thread": False}}
        return kwargs

    return create_engine_kwargs


def install() -> None:
    global _installed
    if _installed:
        return
    import sqlalchemy
    from rasa.core import tracker_store
    from rasa.core.actions.action import RemoteAction
    from rasa.core.actions.forms import FormAction
    from rasa.shared.core.events import Event

    RemoteAction._validate_action_result = _fast_response_check()  # type: ignore[assignment]
    FormAction._create_unique_entity_mappings = _cached_unique_entity_mappings()  # type: ignore[assignment]
    Event.resolve_by_type = _remembered_event_types()  # type: ignore[assignment]
    tracker_store.create_engine_kwargs = _pooled_sqlite_engine_kwargs()
    sqlalchemy.event.listen(sqlalchemy.engine.Engine, "connect", _sqlite_pragmas)
    _installed = True
    logger.debug("speedups installed")
