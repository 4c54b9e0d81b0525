"""The project's contract.yml: loads, validates findings, and keeps every name
of the shared contract it was copied from."""
from pathlib import Path

import pytest
import yaml

from triage.contract import CONTRACT_PATH, ContractError, load_contract

SHARED = Path(__file__).resolve().parents[2] / "shared" / "contract.yml"


def test_red_flags_are_boolean_findings():
    contract = load_contract()
    for code in contract.red_flags:
        assert contract.spec(code).type == "bool"
        assert contract.spec(code).red_flag


def test_urgency_levels_are_ordered_most_urgent_first():
    contract = load_contract()
    assert contract.urgency_rank("emergency") < contract.urgency_rank("urgent") < contract.urgency_rank("routine")


@pytest.mark.parametrize(
    "findings, message",
    [
        ({"pain_locaton": ["calf"]}, "unknown finding 'pain_locaton'"),
        ({"pain_location": ["calf", "elbow"]}, "not ['elbow']"),
        ({"laterality": "left"}, "takes one of"),
        ({"diabetes": "yes"}, "true or false"),
        ({"age": -3}, "non-negative"),
        ({"age": True}, "takes a number"),
        ({"rest_pain": 1}, "true or false"),
    ],
)
def test_invalid_findings_raise_an_error_that_names_them(findings, message):
    with pytest.raises(ContractError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_contract().validate(findings)


def test_validate_gives_canonical_values_and_drops_unknowns():
    clean = load_contract().validate(
        {"pain_location": ["calf", "calf", "thigh"], "age": 72, "smoking": "former", "diabetes": None}
    )
    assert clean == {"pain_location": frozenset({"calf", "thigh"}), "age": 72.0, "smoking": "former"}


@pytest.mark.skipif(not SHARED.exists(), reason="shared/contract.yml not beside the checkout")
def test_no_shared_name_is_renamed_or_dropped():
    shared = yaml.safe_load(SHARED.read_text())
    ours = yaml.safe_load(CONTRACT_PATH.read_text())
    for section in ("findings", "red_flags"):
        for name, spec in shared[section].items():
            assert name in ours[section], f"{section}.{name} is missing from contract.yml"
            for value in spec.get("values", []):
                assert value in ours[section][name]["values"], f"{name}: value {value} is missing"
    assert ours["urgency_levels"] == shared["urgency_levels"]
    for group, causes in shared["causes"].items():
        assert set(causes) <= set(ours["causes"][group])
    assert set(shared["result_slots"]) <= set(ours["result_slots"])
