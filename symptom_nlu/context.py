"""Context of each finding span (negated, hypothetical, historical, other person).

Built on negspacy's ``Negex`` (a maintained NegEx implementation): its
PhraseMatcher, trigger lists, pseudo-trigger cancelling and termination
scoping are used as they are.  Two things are added because the symptom
extractor needs them and negspacy cannot do them:

* spans come from ``doc.spans[spans_key]`` (overlapping findings such as
  "pain in my feet at night" = foot + rest pain), not only ``doc.ents``;
* a trigger reaches at most ``window`` tokens, and a comma ends a scope
  unless it is inside a list ("no sores, ulcers or wounds").

One instance per context, each with its own termset (patterns/context.yml);
the result is ``span._.<extension_name>`` (True / False).
"""


from typing import Dict, Iterable, List, Sequence, Tuple

from negspacy.negation import Negex
from negspacy.termsets import termset as negspacy_termset
from spacy.language import Language
from spacy.tokens import Doc, Span

TERMSET_KEYS = ("pseudo_negations", "preceding_negations", "following_negations", "termination")
_SHORT_KEYS = {
    "pseudo": "pseudo_negations",
    "preceding": "preceding_negations",
    "following": "following_negations",
    "termination": "termination",
}


def build_termset(spec: Dict) -> Dict[str, List[str]]:
    """negspacy termset dict from a context.yml entry (``base`` + ``remove`` + ``add``, or plain lists)."""
    if "base" in spec:
        terms = {k: list(v) for k, v in negspacy_termset(spec["base"]).get_patterns().items()}
        for short, words in (spec.get("remove") or {}).items():
            key = _SHORT_KEYS[short]
            drop = {w.lower() for w in words}
            terms[key] = [w for w in terms[key] if w.lower() not in drop]
        for short, words in (spec.get("add") or {}).items():
            key = _SHORT_KEYS[short]
            terms[key] = list(dict.fromkeys(terms[key] + list(words)))
    else:
        terms = {key: list(spec.get(short) or []) for short, key in _SHORT_KEYS.items()}
    # negspacy's PhraseMatcher needs at least one phrase per key
    return {key: [str(w) for w in terms[key]] or ["\u2063"] for key in TERMSET_KEYS}


@Language.factory(
    "symptom_context",
    default_config={
        "extension_name": "negated",
        "termset": {"preceding": ["no"]},
        "spans_key": "findings",
        "window": 8,
        "comma_terminates": True,
        "list_words": ["or", "nor"],
        "clause_start": [],
    },
)
def make_symptom_context(
    nlp: Language,
    name: str,
    extension_name: str,
    termset: Dict,
    spans_key: str,
    window: int,
    comma_terminates: bool,
    list_words: Sequence[str],
    clause_start: Sequence[str],
) -> "SpanContext":
    return SpanContext(
        nlp,
        name,
        neg_termset=build_termset(termset),
        extension_name=extension_name,
        spans_key=spans_key,
        window=window,
        comma_terminates=comma_terminates,
        list_words=list_words,
        clause_start=clause_start,
    )


class SpanContext(Negex):
    """negspacy's Negex applied to a span group, with a window and comma scoping."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        neg_termset: Dict[str, List[str]],
        extension_name: str,
        spans_key: str,
        window: int,
        comma_terminates: bool,
        list_words: Sequence[str],
        clause_start: Sequence[str],
    ) -> None:
        super().__init__(nlp, name, neg_termset, [], extension_name, [])
        self.spans_key = spans_key
        self.window = int(window)
        self.comma_terminates = bool(comma_terminates)
        self.list_words = {w.lower() for w in list_words}
        self.clause_start = {w.lower() for w in clause_start}

    # -- scoping -------------------------------------------------------------------
    def _comma_boundaries(self, doc: Doc) -> List[int]:
        """Token indices where a comma ends a trigger's scope (start of the next part)."""
        if not self.comma_terminates:
            return []
        cuts = []
        for tok in doc:
            if tok.text != ",":
                continue
            after = tok.i + 1
            segment: List[str] = []
            for nxt in doc[after:]:
                if nxt.text in {",", ";"} or nxt.is_sent_start:
                    break
                segment.append(nxt.lower_)
            is_list = (
                bool(segment)
                and segment[0] not in self.clause_start
                and any(word in self.list_words for word in segment)
            )
            if not is_list:
                cuts.append(after)
        return cuts

    def chunks(self, doc: Doc, terminating: Iterable[Tuple[int, int, int]]) -> List[Tuple[int, int]]:
        starts = sorted(
            {s.start for s in doc.sents}
            | {t[1] for t in terminating}
            | set(self._comma_boundaries(doc))
            | {len(doc)}
        )
        if not starts or starts[0] != 0:
            starts = [0] + starts
        return list(zip(starts[:-1], starts[1:]))

    def negex(self, doc: Doc) -> Doc:
        spans = doc.spans[self.spans_key] if self.spans_key in doc.spans else []
        if not len(spans):
            return doc
        preceding, following, terminating = self.process_negations(doc)
        for b_start, b_end in self.chunks(doc, terminating):
            pre = [(s, e) for _, s, e in preceding if b_start <= s < b_end]
            fol = [(s, e) for _, s, e in following if b_start <= s < b_end]
            if not pre and not fol:
                continue
            for span in spans:
                if not (b_start <= span.start < b_end):
                    continue
                if self.applies(span, pre, fol):
                    span._.set(self.extension_name, True)
        return doc

    def applies(self, span: Span, pre, fol) -> bool:
        if any(s < span.start and span.start - e <= self.window for s, e in pre):
            return True
        return any(s >= span.end and s - span.end <= self.window for s, e in fol)
