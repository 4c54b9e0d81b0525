"""The knowledge base: the YAML tables under ``triage/knowledge/``, checked
against ``contract.yml`` and compiled into plain tuples for fast scoring.

Nothing clinical is decided here: every number comes from a table row that
names its source. A table that names a finding, value, cause or red flag the
contract does not know raises :class:`ContractError` naming it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Mapping, Optional, Sequence, Tuple

import yaml

from .contract import Contract, ContractError, FindingSpec, load_contract

KNOWLEDGE_DIR = Path(__file__).resolve().parent / "knowledge"

Answer = Any  # True / False for bool, a value for one / many, a bin name for number
LogVector = Tuple[float, ...]  # one entry per scored cause, in Knowledge.causes order


@dataclass(frozen=True)
class Sourced:
    """A sentence or number with where it comes from."""

    text: str
    source: str


@dataclass(frozen=True)
class EvidenceRow:
    cause: str
    finding: str
    answer: Answer
    lr: float
    source: str


@dataclass(frozen=True)
class Bin:
    name: str
    below: Optional[float]  # exclusive upper bound
    upto: Optional[float]  # inclusive upper bound
    source: str

    def holds(self, value: float) -> bool:
        if self.below is not None:
            return value < self.below
        if self.upto is not None:
            return value <= self.upto
        return True


@dataclass(frozen=True)
class RedFlagRule:
    id: str
    flags: Tuple[str, ...]
    urgency: str
    causes: Tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Condition:
    """``when_any`` clause of a conditional red flag: all of its findings have
    the given values and every named cause has at least the given score."""

    findings: Tuple[Tuple[str, Answer], ...]
    scores: Tuple[Tuple[str, float], ...]


@dataclass(frozen=True)
class Knowledge:
    contract: Contract
    causes: Tuple[str, ...]  # the scored (non-urgent) causes, contract order
    group_of: Mapping[str, str]  # cause (scored or urgent) -> reported cause group
    log_priors: LogVector
    prior_sources: Mapping[str, str]
    rows: Tuple[EvidenceRow, ...]
    # finding -> answer -> per-cause log likelihood ratio (0.0 where no row)
    log_lr: Mapping[str, Mapping[Answer, LogVector]]
    scored_findings: Tuple[str, ...]  # findings with at least one row, contract order
    answers: Mapping[str, Tuple[Answer, ...]]  # the answers of each scored finding
    bins: Mapping[str, Tuple[Bin, ...]]
    phrases: Mapping[str, Mapping[str, Any]]
    red_flag_rules: Tuple[RedFlagRule, ...]
    advice: Mapping[str, Any]
    tests: Mapping[str, Sourced]
    tests_by_cause: Mapping[str, Tuple[str, ...]]
    test_with_diabetes: str
    ecq: Mapping[str, Any]
    policy: Mapping[str, Any]
    questions: Mapping[str, Any]
    # answer probabilities for next_question: finding -> per answer, per cause P(answer | cause)
    answer_given_cause: Mapping[str, Tuple[Tuple[float, ...], ...]]
    conditional_red_flags: Tuple[Tuple[str, Tuple[Condition, ...]], ...]
    skip_if: Mapping[str, Tuple[Tuple[Tuple[str, Answer], ...], ...]]

    def bin_of(self, finding: str, value: float) -> Optional[str]:
        for b in self.bins.get(finding, ()):
            if b.holds(value):
                return b.name
        return None


def _read(name: str) -> Any:
    with open(KNOWLEDGE_DIR / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _need_source(where: str, entry: Mapping[str, Any]) -> str:
    source = entry.get("source") if isinstance(entry, Mapping) else None
    if not isinstance(source, str) or not source.strip():
        raise ContractError(f"{where}: every row needs a source")
    return source


def _answer_key(spec: FindingSpec, raw: Any, bins: Mapping[str, Tuple[Bin, ...]], where: str) -> Answer:
    """Check that ``raw`` is a possible answer of ``spec`` as written in a table."""
    if spec.type == "bool":
        if not isinstance(raw, bool):
            raise ContractError(f"{where}: finding '{spec.name}' has answers true/false, not {raw!r}")
        return raw
    if spec.type in ("one", "many"):
        if raw not in spec.values:
            raise ContractError(f"{where}: finding '{spec.name}' has no value {raw!r}")
        return raw
    names = [b.name for b in bins.get(spec.name, ())]
    if raw not in names:
        raise ContractError(f"{where}: number finding '{spec.name}' has no bin {raw!r} (bins: {names})")
    return raw


def _load_bins(contract: Contract) -> Dict[str, Tuple[Bin, ...]]:
    raw = _read("bins.yml") or {}
    bins: Dict[str, Tuple[Bin, ...]] = {}
    for name, entries in raw.items():
        spec = contract.spec(name)
        if spec.type != "number":
            raise ContractError(f"bins.yml: finding '{name}' is not a number")
        parsed = []
        for i, entry in enumerate(entries or ()):
            last = i == len(entries) - 1
            below, upto = entry.get("below"), entry.get("upto")
            if last != (below is None and upto is None):
                raise ContractError(f"bins.yml: '{name}': only the last bin is open-ended")
            parsed.append(Bin(entry["name"], below, upto, _need_source(f"bins.yml {name}", entry)))
        bins[name] = tuple(parsed)
    missing = [n for n, s in contract.findings.items() if s.type == "number" and n not in bins]
    if missing:
        raise ContractError(f"bins.yml: number findings without bins (use [] for none): {missing}")
    return bins


def _answers(spec: FindingSpec, bins: Mapping[str, Tuple[Bin, ...]]) -> Tuple[Answer, ...]:
    if spec.type == "bool":
        return (True, False)
    if spec.type in ("one", "many"):
        return spec.values
    return tuple(b.name for b in bins.get(spec.name, ()))


def _load_causes(contract: Contract, bins: Mapping[str, Tuple[Bin, ...]]):
    scored = tuple(
        cause for group, codes in contract.causes.items() if group != "urgent" for cause in codes
    )
    files = sorted((KNOWLEDGE_DIR / "causes").glob("*.yml"))
    tables: Dict[str, Any] = {}
    for path in files:
        with open(path, encoding="utf-8") as handle:
            table = yaml.safe_load(handle)
        cause = table.get("cause")
        if cause not in scored:
            raise ContractError(f"causes/{path.name}: unknown cause {cause!r} (not a scored cause in contract.yml)")
        if path.stem != cause:
            raise ContractError(f"causes/{path.name}: file name and cause {cause!r} differ")
        tables[cause] = table
    missing = [c for c in scored if c not in tables]
    if missing:
        raise ContractError(f"knowledge/causes: no table for {missing}")
    rows = []
    priors: Dict[str, float] = {}
    prior_sources: Dict[str, str] = {}
    for cause in scored:
        table = tables[cause]
        prior = table["prior"]
        p = float(prior["p"])
        if not 0 < p < 1:
            raise ContractError(f"causes/{cause}.yml: prior must lie between 0 and 1, not {p}")
        priors[cause] = p
        prior_sources[cause] = _need_source(f"causes/{cause}.yml prior", prior)
        for finding, by_answer in (table.get("evidence") or {}).items():
            spec = contract.spec(finding)
            if spec.red_flag:
                raise ContractError(f"causes/{cause}.yml: red flag '{finding}' is never scored")
            for raw_answer, entry in by_answer.items():
                where = f"causes/{cause}.yml {finding}={raw_answer!r}"
                answer = _answer_key(spec, raw_answer, bins, where)
                lr = float(entry["lr"])
                if not lr > 0:
                    raise ContractError(f"{where}: lr must be positive, not {lr}")
                rows.append(EvidenceRow(cause, finding, answer, lr, _need_source(where, entry)))
    return scored, priors, prior_sources, tuple(rows)


def _compile_log_lr(contract, scored, rows, bins):
    index = {c: i for i, c in enumerate(scored)}
    tables: Dict[str, Dict[Answer, list]] = {}
    for row in rows:
        spec = contract.spec(row.finding)
        table = tables.setdefault(row.finding, {a: [0.0] * len(scored) for a in _answers(spec, bins)})
        table[row.answer][index[row.cause]] = math.log(row.lr)
    order = [name for name in contract.findings if name in tables]
    log_lr = {name: {a: tuple(v) for a, v in tables[name].items()} for name in order}
    answers = {name: tuple(tables[name]) for name in order}
    return log_lr, tuple(order), answers


def _load_phrases(contract: Contract, bins) -> Dict[str, Mapping[str, Any]]:
    raw = _read("phrases.yml")
    for name, spec in contract.findings.items():
        entry = raw.get(name)
        if entry is None:
            raise ContractError(f"phrases.yml: no words for finding '{name}'")
        if spec.type == "bool":
            if set(entry) != {True, False}:
                raise ContractError(f"phrases.yml: '{name}' needs true and false")
        elif spec.type == "one":
            missing = [v for v in spec.values if v not in entry]
            if missing:
                raise ContractError(f"phrases.yml: '{name}' has no words for {missing}")
        elif spec.type == "many":
            missing = [v for v in spec.values if v not in entry.get("items", {})]
            if missing or "{items}" not in entry.get("template", ""):
                raise ContractError(f"phrases.yml: '{name}' needs a template with {{items}} and words for {missing}")
        else:
            if "{value}" not in entry.get("template", ""):
                raise ContractError(f"phrases.yml: '{name}' needs a template with {{value}}")
    unknown = [name for name in raw if name not in contract.findings]
    if unknown:
        raise ContractError(f"phrases.yml: unknown findings {unknown}")
    return raw


def _load_red_flags(contract: Contract, group_of: Dict[str, str]) -> Tuple[RedFlagRule, ...]:
    raw = _read("red_flags.yml")
    urgent = contract.causes.get("urgent", ())
    for cause, entry in raw["urgent_causes"].items():
        if cause not in urgent:
            raise ContractError(f"red_flags.yml: unknown urgent cause '{cause}'")
        group = entry["group"]
        if group not in contract.causes or group == "urgent":
            raise ContractError(f"red_flags.yml: '{cause}' has unknown group {group!r}")
        _need_source(f"red_flags.yml {cause}", entry)
        group_of[cause] = group
    missing = [c for c in urgent if c not in raw["urgent_causes"]]
    if missing:
        raise ContractError(f"red_flags.yml: urgent causes without a group: {missing}")
    rules = []
    for entry in raw["rules"]:
        flags = tuple(entry["flags"])
        for flag in flags:
            if flag not in contract.red_flag_urgency:
                raise ContractError(f"red_flags.yml rule {entry['id']}: unknown red flag '{flag}'")
        if entry["urgency"] not in contract.urgency_levels:
            raise ContractError(f"red_flags.yml rule {entry['id']}: unknown urgency {entry['urgency']!r}")
        for cause in entry["causes"]:
            if cause not in urgent:
                raise ContractError(f"red_flags.yml rule {entry['id']}: unknown urgent cause '{cause}'")
        rules.append(
            RedFlagRule(entry["id"], flags, entry["urgency"], tuple(entry["causes"]),
                        _need_source(f"red_flags.yml rule {entry['id']}", entry))
        )
    uncovered = [f for f in contract.red_flags if not any(r.flags == (f,) for r in rules)]
    if uncovered:
        raise ContractError(f"red_flags.yml: red flags without their own rule: {uncovered}")
    return tuple(rules)


def _load_tests(contract: Contract, scored: Sequence[str]):
    raw = _read("tests.yml")
    tests = {}
    for code, entry in raw["tests"].items():
        tests[code] = Sourced(entry["text"], _need_source(f"tests.yml {code}", entry))
    by_cause = {}
    known = set(scored) | set(contract.causes.get("urgent", ())) | {"uncertain"}
    for cause, codes in raw["by_cause"].items():
        if cause not in known:
            raise ContractError(f"tests.yml: unknown cause '{cause}'")
        for code in codes:
            if code not in tests:
                raise ContractError(f"tests.yml: cause '{cause}' names unknown test '{code}'")
        by_cause[cause] = tuple(codes)
    missing = [c for c in known if c not in by_cause]
    if missing:
        raise ContractError(f"tests.yml: no tests listed for {missing}")
    if raw["with_diabetes"] not in tests:
        raise ContractError(f"tests.yml: unknown test {raw['with_diabetes']!r}")
    return tests, by_cause, raw["with_diabetes"]


def _check_advice(contract: Contract, scored: Sequence[str], advice: Mapping[str, Any]) -> None:
    def sourced(where, entry):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("text"), str):
            raise ContractError(f"advice.yml {where}: needs text")
        _need_source(f"advice.yml {where}", entry)

    for level in contract.urgency_levels:
        sourced(f"urgency.{level}", advice["urgency"][level])
    sourced("urgency.routine_sooner", advice["urgency"]["routine_sooner"])
    for finding, entry in advice["risk_words"].items():
        contract.spec(finding).normalise(entry["value"])
    for cause in tuple(contract.causes.get("urgent", ())) + ("chest_pain",):
        sourced(f"urgent_causes.{cause}", advice["urgent_causes"][cause])
    for key in ("vascular_current", "vascular_unknown", "other_current"):
        sourced(f"smoking.{key}", advice["smoking"][key])
    for cause in scored:
        entries = advice["causes"].get(cause)
        if not entries:
            raise ContractError(f"advice.yml: no advice for cause '{cause}'")
        for i, entry in enumerate(entries):
            sourced(f"causes.{cause}[{i}]", entry)
    for i, entry in enumerate(advice["uncertain"]):
        sourced(f"uncertain[{i}]", entry)
    groups = [g for g in contract.causes if g != "urgent"] + ["uncertain"]
    for group in groups:
        sourced(f"warnings.{group}", advice["warnings"][group])


def _answer_given_cause(knowledge_log_lr, answers, scored, questions, contract):
    """P(answer | cause) for each scored finding: the judgement answer weights
    (questions.yml answer_weights) reweighted by each cause's likelihood
    ratios, normalised over the answers."""
    weights_raw = questions.get("answer_weights") or {}
    result = {}
    for finding, finding_answers in answers.items():
        given = weights_raw.get(finding, {})
        for a in given:
            if a not in finding_answers:
                raise ContractError(f"questions.yml answer_weights {finding}: no answer {a!r}")
        named = sum(given.values())
        rest = [a for a in finding_answers if a not in given]
        share = (1.0 - named) / len(rest) if rest else 0.0
        if named > 1.0 + 1e-9 or (rest and share <= 0):
            raise ContractError(f"questions.yml answer_weights {finding}: weights must leave room for the rest")
        base = [given.get(a, share) for a in finding_answers]
        per_answer = [[0.0] * len(scored) for _ in finding_answers]
        for c in range(len(scored)):
            column = [base[i] * math.exp(knowledge_log_lr[finding][a][c]) for i, a in enumerate(finding_answers)]
            total = sum(column)
            for i in range(len(finding_answers)):
                per_answer[i][c] = column[i] / total
        result[finding] = tuple(tuple(row) for row in per_answer)
    unknown = [f for f in weights_raw if f not in answers]
    if unknown:
        raise ContractError(f"questions.yml answer_weights: findings not scored: {unknown}")
    return result


def _parse_conditions(contract, scored, questions):
    parsed = []
    seeds = questions["red_flag_screening"]
    for flag in seeds:
        if flag not in contract.red_flag_urgency:
            raise ContractError(f"questions.yml red_flag_screening: unknown red flag '{flag}'")
    if set(seeds) != set(contract.seed_red_flags):
        raise ContractError("questions.yml red_flag_screening must list exactly the contract's seed red flags")
    for flag, entry in questions["conditional_red_flags"].items():
        if flag not in contract.red_flag_urgency:
            raise ContractError(f"questions.yml conditional_red_flags: unknown red flag '{flag}'")
        _need_source(f"questions.yml conditional_red_flags {flag}", entry)
        clauses = []
        for clause in entry["when_any"]:
            findings = tuple(
                (name, contract.spec(name).normalise(value))
                for name, value in (clause.get("findings") or {}).items()
            )
            scores = []
            for cause, threshold in (clause.get("score") or {}).items():
                if cause not in scored:
                    raise ContractError(f"questions.yml conditional_red_flags {flag}: unknown cause '{cause}'")
                scores.append((cause, float(threshold)))
            clauses.append(Condition(findings, tuple(scores)))
        parsed.append((flag, tuple(clauses)))
    unscreened = [f for f in contract.red_flags if f not in seeds and f not in questions["conditional_red_flags"]]
    if unscreened:
        raise ContractError(f"questions.yml: red flags never asked: {unscreened}")
    return tuple(parsed)


def _parse_skip_if(contract, questions):
    result = {}
    for finding, clauses in (questions.get("skip_if") or {}).items():
        contract.spec(finding)
        result[finding] = tuple(
            tuple((name, contract.spec(name).normalise(value)) for name, value in clause.items())
            for clause in clauses
        )
    return result


@lru_cache(maxsize=None)
def load_knowledge(contract_path: Optional[str] = None) -> Knowledge:
    """Load, check and compile every table (cached)."""
    contract = load_contract(contract_path)
    bins = _load_bins(contract)
    scored, priors, prior_sources, rows = _load_causes(contract, bins)
    log_lr, scored_findings, answers = _compile_log_lr(contract, scored, rows, bins)
    group_of = {c: g for g, codes in contract.causes.items() if g != "urgent" for c in codes}
    red_flag_rules = _load_red_flags(contract, group_of)
    advice = _read("advice.yml")
    _check_advice(contract, scored, advice)
    tests, tests_by_cause, with_diabetes = _load_tests(contract, scored)
    questions = _read("questions.yml")
    ecq = _read("ecq.yml")
    for loc in list(ecq["definite_locations"]) + list(ecq["atypical_locations"]):
        contract.spec("pain_location").normalise([loc])
    return Knowledge(
        contract=contract,
        causes=scored,
        group_of=group_of,
        log_priors=tuple(math.log(priors[c]) for c in scored),
        prior_sources=prior_sources,
        rows=rows,
        log_lr=log_lr,
        scored_findings=scored_findings,
        answers=answers,
        bins=bins,
        phrases=_load_phrases(contract, bins),
        red_flag_rules=red_flag_rules,
        advice=advice,
        tests=tests,
        tests_by_cause=tests_by_cause,
        test_with_diabetes=with_diabetes,
        ecq=ecq,
        policy=_read("policy.yml"),
        questions=questions,
        answer_given_cause=_answer_given_cause(log_lr, answers, scored, questions, contract),
        conditional_red_flags=_parse_conditions(contract, scored, questions),
        skip_if=_parse_skip_if(contract, questions),
    )
