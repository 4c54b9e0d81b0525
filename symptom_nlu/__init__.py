"""The project's spaCy symptom extractor and its Rasa component.

    from symptom_nlu import SymptomExtractor, build_pipeline, extract
    extract("my calves cramp after two blocks").findings

``symptom_nlu.rasa_component.SymptomExtractor`` is the Rasa graph component
(config.yml); this package's top level imports no Rasa.
"""
from .extractor import (
    Extraction,
    Mention,
    PatternError,
    SymptomExtractor,
    build_pipeline,
    default_extractor,
    extract,
)
from .quantities import Quantity, parse_quantities
from triage import red_flag_urgency  # re-exported: the triage engine's rule

__all__ = [
    "Extraction",
    "Mention",
    "PatternError",
    "Quantity",
    "SymptomExtractor",
    "build_pipeline",
    "default_extractor",
    "extract",
    "parse_quantities",
    "red_flag_urgency",
]
