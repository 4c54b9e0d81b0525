"""next_question(findings, asked) -> the finding to ask next, or None.

Order (knowledge/questions.yml, triage/README.md):

1. None at once when the urgency is emergency: the person must act now.
2. Red-flag screening: first the flags the message suggested but did not
   say plainly (``suspected``, from the NLU's red-flag classifier), whether
   or not a conditional flag's condition holds; then the contract's seed
   flags in questions.yml order, then each conditional flag (cauda equina
   signs, DVT signs, chest symptoms) as soon as its condition holds. Once the
   urgency is urgent, only flags that could still raise it to emergency.
   Never cut short by max_questions.
3. Stop when max_questions have been asked; or enough is known: the first
   cause reaches stop_score and no question has a chance of
   stop_score_change_probability or more to change the reported cause group;
   or the reported group is stable (every question's chance of changing it is
   below stable_change_probability); or no question gains min_gain_bits.
4. Otherwise the askable unknown finding with the largest expected
   information gain (bits) over the cause distribution. The answer
   probabilities come from the current scores: P(a) = sum_c p(c) P(a | c),
   where P(a | c) spreads the judgement answer weights of questions.yml by
   the cause's likelihood ratios. The chance that an answer changes the
   reported cause group uses exactly the posterior assess() would compute.

"Askable": a scored finding (a finding no table scores cannot change the
assessment), not known, not already asked (``asked`` holds what was asked
and answered "not sure"), and not made meaningless by another answer
(questions.yml skip_if, e.g. no walking distance when walking does not bring
the pain on).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Iterable, List, Mapping, Optional, Sequence, Tuple

from .contract import ContractError
from .engine import UNCERTAIN, Engine, State, default_engine

_LOG2 = math.log(2.0)


@dataclass(frozen=True)
class QuestionPlan:
    question: Optional[str]  # the finding to ask next, or None to summarise
    reason: str  # red_flag_screening | information_gain | emergency | enough_known | stable | max_questions | no_useful_question | nothing_left
    gain_bits: float = 0.0  # expected information gain of the question (information_gain only)
    candidates: Tuple[Tuple[str, float], ...] = ()  # the best few (finding, gain in bits), best first


def _entropy(probs: Sequence[float]) -> float:
    return -sum(p * math.log(p) for p in probs if p > 0.0) / _LOG2


class QuestionPlanner:
    def __init__(self, engine: Engine):
        self.engine = engine
        kb = engine.kb
        self.kb = kb
        q = kb.questions
        self.screening = tuple(q["red_flag_screening"])
        self.conditional = kb.conditional_red_flags
        self.stopping = q["stopping"]
        self.red_flags = set(kb.contract.red_flags)
        # per scored finding: answers' likelihood-ratio vectors and P(answer | cause)
        self.lr = {
            name: tuple(tuple(math.exp(x) for x in kb.log_lr[name][a]) for a in kb.answers[name])
            for name in kb.scored_findings
        }
        self.informative = {
            name: tuple(any(kb.log_lr[name][a]) for a in kb.answers[name]) for name in kb.scored_findings
        }
        self.askable_findings = tuple(n for n in kb.scored_findings if n not in self.red_flags)

    # ---- red flags ------------------------------------------------------
    def _condition_holds(self, st: State, flag: str) -> bool:
        for f, clauses in self.conditional:
            if f != flag:
                continue
            for clause in clauses:
                if all(st.values.get(n) == v for n, v in clause.findings) and all(
                    st.probs[self.engine.index[c]] >= t for c, t in clause.scores
                ):
                    return True
        return False

    def screening_order(self, st: State, suspected: Iterable[str] = ()) -> List[str]:
        wanted = set(suspected)
        flags = [f for f in self.kb.contract.red_flags if f in wanted]
        flags.extend(f for f in self.screening if f not in flags)
        flags.extend(f for f, _ in self.conditional if f not in flags and self._condition_holds(st, f))
        return flags

    def _could_escalate(self, st: State, flag: str) -> bool:
        present = tuple(f for f in self.kb.contract.red_flags if f in st.red_flags or f == flag)
        return self.engine.red_flag_state(present)[0] == "emergency"

    # ---- information gain -------------------------------------------------
    def _skipped(self, st: State, name: str) -> bool:
        for clause in self.kb.skip_if.get(name, ()):
            if all(st.values.get(n) == v for n, v in clause):
                return True
        return False

    def _gain(self, st: State, name: str, group: str) -> Tuple[float, float]:
        """(expected information gain in bits, chance the answer changes the group).

        The gain uses the answer model throughout (P(a) = sum_c p(c) P(a|c),
        posterior p(c|a) proportional to p(c) P(a|c)), so it is never negative.
        The chance of a change uses the posterior assess() would report
        (p(c) times the table's likelihood ratio), since that is the answer
        the person would get.
        """
        p = st.probs
        n = len(p)
        expected_h = 0.0
        change = 0.0
        given = self.kb.answer_given_cause[name]
        informative = self.informative[name]
        for ai, lrs in enumerate(self.lr[name]):
            pac = given[ai]
            joint = [p[c] * pac[c] for c in range(n)]
            pa = sum(joint)
            if pa <= 0.0:
                continue
            expected_h += pa * _entropy([x / pa for x in joint])
            reported = [p[c] * lrs[c] for c in range(n)]
            z = sum(reported)
            evidence = st.evidence_count + (1 if informative[ai] else 0)
            if self.engine.pattern_group([x / z for x in reported], evidence)[0] != group:
                change += pa
        return max(0.0, _entropy(p) - expected_h), change

    # ---- the plan -------------------------------------------------------
    def plan(self, findings: Mapping[str, Any], asked: Iterable[str] = (),
             suspected: Iterable[str] = ()) -> QuestionPlan:
        engine = self.engine
        st = engine.state(findings)
        asked_set = set(asked)
        suspected = tuple(suspected)
        for name in asked_set:
            engine.contract.spec(name)  # ContractError names an unknown one
        for name in suspected:
            if name not in self.red_flags:
                raise ContractError(f"suspected: {name!r} is not a red flag of the contract")
        done = set(st.values) | asked_set

        if st.red_urgency == "emergency":
            return QuestionPlan(None, "emergency")
        for flag in self.screening_order(st, suspected):
            if flag in done:
                continue
            if st.red_urgency == "urgent" and not self._could_escalate(st, flag):
                continue
            return QuestionPlan(flag, "red_flag_screening")

        stopping = self.stopping
        if len(asked_set) >= stopping["max_questions"]:
            return QuestionPlan(None, "max_questions")
        group, why = engine.pattern_group(st.probs, st.evidence_count)

        scored: List[Tuple[float, int, str, float]] = []
        for order, name in enumerate(self.askable_findings):
            if name in done or self._skipped(st, name):
                continue
            gain, change = self._gain(st, name, group)
            scored.append((gain, -order, name, change))
        if not scored:
            return QuestionPlan(None, "nothing_left")
        scored.sort(reverse=True)
        candidates = tuple((name, round(gain, 4)) for gain, _, name, _ in scored[:5])
        max_change = max(s[3] for s in scored)
        if why is None and max(st.probs) >= stopping["stop_score"] and max_change < stopping["stop_score_change_probability"]:
            return QuestionPlan(None, "enough_known", candidates=candidates)
        if group != UNCERTAIN and max_change < stopping["stable_change_probability"]:
            return QuestionPlan(None, "stable", candidates=candidates)
        best_gain, _, best, _ = scored[0]
        if best_gain < stopping["min_gain_bits"]:
            return QuestionPlan(None, "no_useful_question", candidates=candidates)
        return QuestionPlan(best, "information_gain", best_gain, candidates)


_PLANNER: Optional[QuestionPlanner] = None


def default_planner() -> QuestionPlanner:
    global _PLANNER
    if _PLANNER is None:
        _PLANNER = QuestionPlanner(default_engine())
    return _PLANNER


def plan_questions(findings: Mapping[str, Any], asked: Iterable[str] = (),
                   suspected: Iterable[str] = ()) -> QuestionPlan:
    """next_question with its reason and the best candidates (for logs and tests)."""
    return default_planner().plan(findings, asked, suspected)


def next_question(findings: Mapping[str, Any], asked: Iterable[str] = (),
                  suspected: Iterable[str] = ()) -> Optional[str]:
    """The finding to ask about next, or None when it is time to summarise.

    ``findings``: as for assess(). ``asked``: finding names already asked in
    this conversation, including those answered "not sure" (they stay
    unknown but are not asked again); its length counts towards
    max_questions. ``suspected``: red-flag codes the person's words suggested
    without saying them plainly; each is asked first while it is unknown.
    """
    return default_planner().plan(findings, asked, suspected).question
