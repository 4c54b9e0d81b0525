"""Quiet Rasa's logs for scripts that load a model in-process (no server to configure them)."""
from __future__ import annotations

import logging


def quiet_rasa() -> None:
    """Rasa's server configures its logs; in-process, structlog would print every parse at debug."""
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)
