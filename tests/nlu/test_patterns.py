"""The pattern files: checked against contract.yml when the pipeline is built
(a bad name or value fails loudly, naming it), compile to valid spaCy patterns,
and cover every finding; the pipeline needs only pip packages."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from spacy.matcher import Matcher

from symptom_nlu import PatternError, build_pipeline
from symptom_nlu.extractor import PATTERNS_DIR, load_finding_patterns
from symptom_nlu.pattern_language import PatternCompiler, PatternLanguageError, factor
from triage.contract import load_contract

CONTRACT = load_contract()


@pytest.fixture()
def patterns_copy(tmp_path) -> Path:
    target = tmp_path / "patterns"
    shutil.copytree(PATTERNS_DIR, target)
    return target


def _add(patterns_dir: Path, filename: str, data) -> None:
    (patterns_dir / "findings" / filename).write_text(yaml.safe_dump(data), encoding="utf-8")


@pytest.mark.parametrize(
    "data,message",
    [
        ({"foot_wounds": {"true": ["ulcer"]}}, "foot_wounds"),
        ({"pain_location": {"toe": ["toe"]}}, "'toe' is not a value of 'pain_location'"),
        ({"smoking": {"sometimes": ["smoke"]}}, "'sometimes' is not a value of 'smoking'"),
        ({"diabetes": {"maybe": ["sugar"]}}, "takes true/false"),
        ({"age": {"true": ["old"]}}, "'age' is a number finding"),
        ({"_block": {"runner": ["run"]}}, "blocks 'runner'"),
        ({"diabetes": {"true": ["$NO_SUCH_LIST"]}}, "unknown list $NO_SUCH_LIST"),
        ({"diabetes": {"true": ["doesnt"]}}, "'doesnt' is 2 tokens"),
        ({"diabetes": {"true": ["(sugar"]}}, "unbalanced parentheses"),
        ({"diabetes": {"true": ["sugar?"]}}, "only optional items"),
        # "a|(b c)" would read as three items in sequence: the group must hold all alternatives
        ({"diabetes": {"true": ["t2dm|(t2 dm)"]}}, "as one group"),
    ],
)
def test_a_bad_pattern_file_fails_loudly_and_names_the_problem(patterns_copy, data, message):
    _add(patterns_copy, "zz_bad.yml", data)
    with pytest.raises(PatternError) as err:
        build_pipeline(patterns_dir=str(patterns_copy))
    assert message in str(err.value)
    assert "zz_bad.yml" in str(err.value) or "$NO_SUCH_LIST" in str(err.value)


def test_resolution_rules_are_checked_against_the_contract(patterns_copy):
    path = patterns_copy / "resolution.yml"
    data = yaml.safe_load(path.read_text())
    data["value_shifts"]["smoking"]["negated"] = {"current": "nope"}
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(PatternError, match="'nope' is not a value of 'smoking'"):
        build_pipeline(patterns_dir=str(patterns_copy))


def test_every_finding_has_patterns_or_comes_from_numbers():
    rows = load_finding_patterns(PATTERNS_DIR, CONTRACT)
    covered = {(label, value) for _, label, value, _ in rows}
    for name, spec in CONTRACT.findings.items():
        if spec.type == "number":
            continue
        if spec.type == "bool":
            assert (name, "true") in covered, f"no pattern says {name} is true"
        else:
            for value in spec.values:
                assert (name, value) in covered, f"no pattern for {name}={value}"


def test_compiled_patterns_are_valid_spacy_patterns(extractor):
    nlp = extractor.nlp
    ruler = nlp.get_pipe("span_ruler")
    checker = Matcher(nlp.vocab, validate=True)
    for i, pattern in enumerate(ruler.patterns):
        if isinstance(pattern["pattern"], list):
            checker.add(f"p{i}", [pattern["pattern"]])  # raises on a malformed pattern
    assert len(ruler.patterns) > 300


def test_the_pipeline_is_built_from_pip_packages_only(extractor):
    nlp = extractor.nlp
    assert nlp.meta["name"] == "pipeline"  # spacy.blank, not a downloaded model
    assert nlp.pipe_names[:5] == ["symptom_lemmatizer", "symptom_spelling", "sentencizer", "symptom_cues", "span_ruler"]
    assert "context_negated" in nlp.pipe_names
    import negspacy.negation
    assert isinstance(nlp.get_pipe("context_negated"), negspacy.negation.Negex)


def test_the_build_is_reproducible(extractor):
    again = build_pipeline()
    assert [p["pattern"] for p in again.get_pipe("span_ruler").patterns] == [
        p["pattern"] for p in extractor.nlp.get_pipe("span_ruler").patterns
    ]
    text = "my calves cramp after two blocks; no sores but my toe has gone black"
    assert again(text)._.symptoms.findings == extractor.extract(text).findings


def test_factoring_merges_only_alternatives_that_differ_in_one_token():
    options = [
        [{"NORM": "really"}, {"NORM": "bad"}],
        [{"NORM": "very"}, {"NORM": "bad"}],
        [{"NORM": "so"}, {"NORM": "painful"}],
    ]
    merged = factor(options)
    assert [{"NORM": {"IN": ["really", "very"]}}, {"NORM": "bad"}] in merged
    assert [{"NORM": "so"}, {"NORM": "painful"}] in merged
    assert len(merged) == 2  # "so bad" / "really painful" are NOT made up


def test_pattern_language_items():
    compiler = PatternCompiler({"PAIN": ["~pain", "sore"]}, ["but"], ["but"], lemma_of=str.lower, max_inline=3)
    assert compiler.compile("~hurt|ache at night") == [
        [{"LEMMA": {"IN": ["ache", "hurt"]}}, {"NORM": "at"}, {"NORM": "night"}]
    ]
    # "n't" also matches "nt" (spaCy splits "dont" into "do" + "nt")
    assert compiler.compile("do n't")[0][1] == {"NORM": {"IN": ["n't", "nt"]}}
    assert compiler.compile("(at rest|in bed)") == [
        [{"NORM": "at"}, {"NORM": "rest"}],
        [{"NORM": "in"}, {"NORM": "bed"}],
    ]
    with pytest.raises(PatternLanguageError):
        compiler.compile("a|~b")


def test_a_long_gap_matches_the_same_spans_as_optional_tokens_do():
    # GAPn from EXACT_GAP_FROM tokens compiles to one alternative per length (spaCy's Matcher
    # forks a state at every optional token); what it matches must not change
    import spacy

    from symptom_nlu.pattern_language import EXACT_GAP_FROM

    compiler = PatternCompiler({}, ["but"], ["but"], lemma_of=str.lower, max_inline=3)
    n = EXACT_GAP_FROM + 2
    exact = compiler.compile(f"sore GAP{n} heel")
    assert len(exact) == n + 1 and all("OP" not in tok for alt in exact for tok in alt)
    optional = [[{"NORM": "sore"}] + [compiler._filler(comma=False)] * n + [{"NORM": "heel"}]]
    nlp = spacy.blank("en")
    texts = ["a sore on the heel", "sore " + "x " * n + "heel", "sore " + "x " * (n + 1) + "heel",
             "sore x but heel", "sore sore x heel heel", "sore, heel", "sore heel"]
    for text in texts:
        doc = nlp(text)
        found = []
        for patterns in (exact, optional):
            matcher = Matcher(nlp.vocab)
            matcher.add("p", patterns)
            found.append({(s, e) for _, s, e in matcher(doc)})
        assert found[0] == found[1], text
