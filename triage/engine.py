"""assess(findings) -> Assessment: urgency, likely causes with reasons, cause
group, Edinburgh questionnaire, tests and advice.

How (triage/README.md has the full account):

1. Red flags first. Every rule of knowledge/red_flags.yml whose flags are all
   present applies; urgency is the most urgent of them and never less than
   contract.yml's urgency of each present flag. The urgent conditions behind
   the flags head likely_causes.
2. Scoring. Naive-Bayes log-odds over the scored causes: log prior plus, for
   each known finding, the log likelihood ratio of its answer (one row per
   cause in knowledge/causes/*.yml; no row = 1). A many-valued finding
   (location, quality) counts once, with the largest ratio among the values
   given, so that naming three places does not count three times. Scores are
   the resulting probabilities over the seven scored causes.
3. Cause group: the group of the most probable cause when that cause has at
   least policy.yml uncertain.min_top_score, its group at least
   uncertain.min_group_probability, and at least
   uncertain.min_evidence_findings findings carry evidence; otherwise
   "uncertain". With red flags, the group of the first
   urgent condition.
4. Urgency without red flags: routine, or self_care for a clearly
   musculoskeletal, low-risk pattern (policy.yml self_care).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Dict, FrozenSet, List, Mapping, Optional, Sequence, Tuple

from .contract import Contract, ContractError
from .ecq import EcqResult, edinburgh
from .kb import Knowledge, LogVector, RedFlagRule, load_knowledge
from .text import join_words, phrase

UNCERTAIN = "uncertain"


@dataclass(frozen=True)
class CauseLikelihood:
    cause: str
    score: float  # probability among the scored causes; 1.0 for an urgent condition behind a red flag
    reasons_for: Tuple[str, ...]
    reasons_against: Tuple[str, ...]
    group: str = ""  # the cause's group; urgent conditions carry the group they are reported under
    urgent: bool = False  # an urgent condition behind a red flag, to be ruled out now

    def to_dict(self) -> Dict[str, Any]:
        return {
            "cause": self.cause,
            "score": round(self.score, 4),
            "group": self.group,
            "urgent": self.urgent,
            "reasons_for": list(self.reasons_for),
            "reasons_against": list(self.reasons_against),
        }


@dataclass(frozen=True)
class Assessment:
    urgency: str
    red_flags: Tuple[str, ...]
    likely_causes: Tuple[CauseLikelihood, ...]
    cause_group: str
    ecq: Optional[EcqResult]
    next_tests: Tuple[str, ...]
    advice: Tuple[str, ...]
    scores: Mapping[str, float] = field(default_factory=dict)  # every scored cause's probability
    uncertain_reason: Optional[str] = None  # "too_few_findings" | "mixed_findings" when cause_group is uncertain

    @property
    def cause_codes(self) -> Tuple[str, ...]:
        """likely_causes as codes (the result slot)."""
        return tuple(c.cause for c in self.likely_causes)

    def to_dict(self) -> Dict[str, Any]:
        return {
            "urgency": self.urgency,
            "red_flags": list(self.red_flags),
            "likely_causes": [c.to_dict() for c in self.likely_causes],
            "cause_group": self.cause_group,
            "ecq": self.ecq.to_dict() if self.ecq else None,
            "next_tests": list(self.next_tests),
            "advice": list(self.advice),
            "scores": {cause: round(p, 4) for cause, p in self.scores.items()},
            "uncertain_reason": self.uncertain_reason,
        }


@dataclass
class State:
    """What the engine knows about one set of findings (shared with questions.py)."""

    values: Dict[str, Any]
    items: List[Tuple[int, str, Any, LogVector]]  # (order, finding, value, log LR vector) of findings carrying evidence
    logs: List[float]
    probs: List[float]
    evidence_count: int
    red_flags: Tuple[str, ...]
    red_urgency: Optional[str]
    urgent_causes: Tuple[str, ...]
    rules: Tuple[RedFlagRule, ...]


def softmax(logs: Sequence[float]) -> List[float]:
    top = max(logs)
    exps = [math.exp(x - top) for x in logs]
    total = sum(exps)
    return [e / total for e in exps]


class Engine:
    """The engine over one knowledge base. Stateless apart from caches."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.contract: Contract = kb.contract
        self.n = len(kb.causes)
        self.index = {c: i for i, c in enumerate(kb.causes)}
        self.types = {name: spec.type for name, spec in kb.contract.findings.items()}
        self.policy = kb.policy
        self.groups = tuple(g for g in kb.contract.causes if g != "urgent")
        self.group_members = {
            g: tuple(self.index[c] for c in kb.contract.causes[g]) for g in self.groups
        }
        self.level_rank = {level: i for i, level in enumerate(kb.contract.urgency_levels)}
        self._many_cache: Dict[Tuple[str, FrozenSet[str]], Tuple[LogVector, ...]] = {}
        self._phrase_cache: Dict[Tuple[str, Any, Tuple[str, ...]], str] = {}
        self.reason_threshold = math.log(self.policy["reasons"]["min_lr"])
        self.reason_limit = self.policy["reasons"]["max_each"]

    # ---- red flags ------------------------------------------------------
    def red_flag_state(self, present: Sequence[str]):
        """(urgency or None, urgent causes most urgent first, rules applying)."""
        if not present:
            return None, (), ()
        have = set(present)
        applying = [r for r in self.kb.red_flag_rules if have.issuperset(r.flags)]
        levels = [r.urgency for r in applying] + [self.contract.red_flag_urgency[f] for f in present]
        urgency = min(levels, key=self.level_rank.__getitem__)
        applying.sort(key=lambda r: self.level_rank[r.urgency])  # stable: table order within a level
        causes: List[str] = []
        for rule in applying:
            for cause in rule.causes:
                if cause not in causes:
                    causes.append(cause)
        return urgency, tuple(causes), tuple(applying)

    # ---- scoring --------------------------------------------------------
    def vector(self, name: str, value: Any) -> Optional[LogVector]:
        """Per-cause log likelihood ratio of one known finding, or None if unscored."""
        table = self.kb.log_lr.get(name)
        if table is None:
            return None
        kind = self.types[name]
        if kind == "many":
            if not value:
                return None
            return self._many(name, value)[0]
        if kind == "number":
            key = self.kb.bin_of(name, value)
            return table.get(key) if key is not None else None
        return table.get(value)

    def _many(self, name: str, value: FrozenSet[str]) -> Tuple[LogVector, ...]:
        """(max vector, then each present value's vector in contract order)."""
        key = (name, value)
        cached = self._many_cache.get(key)
        if cached is None:
            table = self.kb.log_lr[name]
            vectors = [table[v] for v in self.contract.findings[name].values if v in value]
            best = tuple(max(column) for column in zip(*vectors))
            cached = (best,) + tuple(vectors)
            if len(self._many_cache) < 100_000:
                self._many_cache[key] = cached
        return cached

    def state(self, findings: Mapping[str, Any]) -> State:
        values = self.contract.validate(findings)
        logs = list(self.kb.log_priors)
        items: List[Tuple[int, str, Any, LogVector]] = []
        n = self.n
        for order, name in enumerate(self.kb.scored_findings):  # contract order: sums do not depend on input order
            value = values.get(name)
            if value is None:
                continue
            vec = self.vector(name, value)
            if vec is None or not any(vec):
                continue
            items.append((order, name, value, vec))
            for i in range(n):
                logs[i] += vec[i]
        flags = tuple(f for f in self.contract.red_flags if values.get(f) is True)
        urgency, urgent_causes, rules = self.red_flag_state(flags)
        return State(values, items, logs, softmax(logs), len(items), flags, urgency, urgent_causes, rules)

    def group_probabilities(self, probs: Sequence[float]) -> Dict[str, float]:
        return {g: sum(probs[i] for i in members) for g, members in self.group_members.items()}

    def pattern_group(self, probs: Sequence[float], evidence_count: int) -> Tuple[str, Optional[str]]:
        """The cause group the scores support, or ("uncertain", why)."""
        policy = self.policy["uncertain"]
        if evidence_count < policy["min_evidence_findings"]:
            return UNCERTAIN, "too_few_findings"
        groups = self.group_probabilities(probs)
        best = max(self.groups, key=lambda g: groups[g])  # ties: contract order
        top = max(range(self.n), key=lambda i: probs[i])
        if (
            probs[top] < policy["min_top_score"]
            or groups[best] < policy["min_group_probability"]
            or self.kb.group_of[self.kb.causes[top]] != best
        ):
            return UNCERTAIN, "mixed_findings"
        return best, None

    # ---- reasons --------------------------------------------------------
    def reasons(self, st: State, cause_index: int) -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
        """The person's findings for and against one cause, in plain words,
        strongest first: those whose likelihood ratio for the cause is at least
        reasons.min_lr (for) or at most its inverse (against). A many-valued
        finding names the values that support the cause, or all of its values
        when they all count against it."""
        threshold = self.reason_threshold
        pros: List[Tuple[float, int, str]] = []
        cons: List[Tuple[float, int, str]] = []
        for order, name, value, vec in st.items:
            weight = vec[cause_index]
            if weight >= threshold:
                pros.append((-weight, order, self._reason_words(name, value, cause_index, True)))
            elif weight <= -threshold:
                cons.append((weight, order, self._reason_words(name, value, cause_index, False)))
        limit = self.reason_limit
        pros.sort()
        cons.sort()
        return tuple(r[2] for r in pros[:limit]), tuple(r[2] for r in cons[:limit])

    def _reason_words(self, name: str, value: Any, cause_index: int, supporting: bool) -> str:
        named: Tuple[str, ...] = ()
        if self.types[name] == "many":
            present = tuple(v for v in self.contract.findings[name].values if v in value)
            if supporting:
                each = self._many(name, value)[1:]
                named = tuple(v for v, vec in zip(present, each) if vec[cause_index] >= self.reason_threshold)
            else:
                named = present
        key = (name, value, named)
        words = self._phrase_cache.get(key)
        if words is None:
            words = phrase(self.kb, name, value, named)
            if len(self._phrase_cache) < 100_000:
                self._phrase_cache[key] = words
        return words

    # ---- the assessment -------------------------------------------------
    def assess(self, findings: Mapping[str, Any]) -> Assessment:
        st = self.state(findings)
        kb = self.kb
        probs = st.probs
        order = sorted(range(self.n), key=lambda i: (-probs[i], i))
        min_score = self.policy["likely_causes"]["min_score"]
        listed = [i for i in order if probs[i] >= min_score] or order[:1]
        if st.urgent_causes and st.evidence_count < self.policy["uncertain"]["min_evidence_findings"]:
            listed = []  # a red flag with too little else known: no pattern to list beside it

        causes: List[CauseLikelihood] = []
        for cause in st.urgent_causes:
            flags = [f for rule in st.rules if cause in rule.causes for f in rule.flags]
            words = tuple(dict.fromkeys(phrase(kb, f, True) for f in flags))
            causes.append(CauseLikelihood(cause, 1.0, words, (), kb.group_of[cause], True))
        for i in listed:
            pros, cons = self.reasons(st, i)
            cause = kb.causes[i]
            causes.append(CauseLikelihood(cause, probs[i], pros, cons, kb.group_of[cause]))

        group, why = self.pattern_group(probs, st.evidence_count)
        if st.urgent_causes:
            group, why = kb.group_of[st.urgent_causes[0]], None

        ecq = edinburgh(kb, st.values)
        urgency = st.red_urgency or self._urgency_without_flags(st, group, ecq, order)
        return Assessment(
            urgency=urgency,
            red_flags=st.red_flags,
            likely_causes=tuple(causes),
            cause_group=group,
            ecq=ecq,
            next_tests=self._tests(st, group, listed),
            advice=self._advice(st, urgency, group, listed),
            scores={kb.causes[i]: probs[i] for i in range(self.n)},
            uncertain_reason=why,
        )

    def _urgency_without_flags(self, st: State, group: str, ecq: Optional[EcqResult], order) -> str:
        rule = self.policy["self_care"]
        top = self.kb.causes[order[0]]
        vascular = self.group_probabilities(st.probs).get("vascular", 0.0)
        excluded = any(st.values.get(name) == value for name, value in rule["excluded_when"].items())
        if (
            group == "musculoskeletal"
            and top in rule["causes"]
            and st.probs[order[0]] >= rule["min_score"]
            and vascular < rule["max_vascular_probability"]
            and not excluded
            and not (rule["ecq_positive_excludes"] and ecq is not None and ecq.positive)
        ):
            return "self_care"
        return "routine"

    def _tests(self, st: State, group: str, listed: Sequence[int]) -> Tuple[str, ...]:
        """Tests for the urgent conditions present; otherwise for each listed
        cause with at least next_tests.min_score, and the "uncertain" tests
        when no pattern is named; the toe-brachial index with diabetes."""
        kb = self.kb
        codes: List[str] = []
        for cause in st.urgent_causes:
            codes.extend(kb.tests_by_cause[cause])
        if group == UNCERTAIN:
            codes.extend(kb.tests_by_cause[UNCERTAIN])
        min_score = self.policy["next_tests"]["min_score"]
        vascular_listed = bool(st.urgent_causes and group == "vascular")
        if not st.urgent_causes:  # with a red flag, only the tests for the urgent condition
            for i in listed:
                if st.probs[i] >= min_score:
                    codes.extend(kb.tests_by_cause[kb.causes[i]])
                    vascular_listed = vascular_listed or kb.group_of[kb.causes[i]] == "vascular"
        if st.values.get("diabetes") is True and vascular_listed and "resting_abi" in codes:
            codes.append(kb.test_with_diabetes)
        return tuple(kb.tests[c].text for c in dict.fromkeys(codes))

    def _advice(self, st: State, urgency: str, group: str, listed: Sequence[int]) -> Tuple[str, ...]:
        kb = self.kb
        advice = kb.advice
        lines: List[str] = []
        risks = [
            entry["text"]
            for name, entry in advice["risk_words"].items()
            if st.values.get(name) == entry["value"]
        ]
        if urgency == "routine" and risks:
            lines.append(advice["urgency"]["routine_sooner"]["text"].replace("{risks}", join_words(risks)))
        else:
            lines.append(advice["urgency"][urgency]["text"])
        for cause in st.urgent_causes:
            lines.append(advice["urgent_causes"][cause]["text"])
        if "chest_pain_or_breathlessness" in st.red_flags and "dvt" not in st.urgent_causes:
            lines.append(advice["urgent_causes"]["chest_pain"]["text"])
        if urgency == "emergency":
            return tuple(lines)

        smoking = st.values.get("smoking")
        if group == "vascular":
            if smoking == "current":
                lines.append(advice["smoking"]["vascular_current"]["text"])
            elif smoking is None:
                lines.append(advice["smoking"]["vascular_unknown"]["text"])
        if not st.red_flags:
            if group == UNCERTAIN:
                lines.extend(entry["text"] for entry in advice["uncertain"])
            else:
                other_min = self.policy["advice"]["other_cause_min_score"]
                for i in listed:
                    cause = kb.causes[i]
                    if kb.group_of[cause] == group and (i == listed[0] or st.probs[i] >= other_min):
                        lines.extend(entry["text"] for entry in advice["causes"][cause])
        if smoking == "current" and group != "vascular":
            lines.append(advice["smoking"]["other_current"]["text"])
        if not st.red_flags:
            lines.append(advice["warnings"][group]["text"])
        return tuple(dict.fromkeys(lines))


_ENGINE: Optional[Engine] = None


def default_engine() -> Engine:
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = Engine(load_knowledge())
    return _ENGINE


def assess(findings: Mapping[str, Any]) -> Assessment:
    """Assess a mapping of findings named as in contract.yml (absent or None =
    unknown). Raises ContractError naming any unknown finding or bad value."""
    return default_engine().assess(findings)


def red_flag_urgency(codes) -> Optional[str]:
    """The urgency that these red-flag codes call for ("emergency" | "urgent"),
    or None for no codes. Raises ContractError for a code that is not a red flag."""
    engine = default_engine()
    codes = list(codes)
    for code in codes:
        if code not in engine.contract.red_flag_urgency:
            raise ContractError(f"unknown red flag '{code}' (not in contract.yml)")
    present = tuple(f for f in engine.contract.red_flags if f in set(codes))
    return engine.red_flag_state(present)[0]


def describe_findings(findings: Mapping[str, Any]) -> Tuple[str, ...]:
    """The person's known findings in plain words, contract order ("So far I have: ...")."""
    from .text import describe

    engine = default_engine()
    return describe(engine.kb, engine.contract.validate(findings))
