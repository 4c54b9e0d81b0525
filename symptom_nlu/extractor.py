"""Symptom extraction with spaCy rules: text -> contract findings and red flags.

Pure spaCy (no Rasa import). The pipeline is built from pip packages only:

    spacy.blank("en")        its tokenizer also splits "its" = "it's" into "it" + "s" (ItsTokenizer)
      symptom_lemmatizer   lower-cased lookup lemmas (spacy-lookups-data) + overrides
      symptom_spelling     norm = lower-cased text, misspellings of pattern words corrected (spelling.py)
      sentencizer          spaCy's rule-based sentence splitter
      symptom_cues         spaCy Matcher for the word lists of patterns/lexicon.yml: marks their tokens
      span_ruler           spaCy's SpanRuler with the patterns of patterns/findings/*.yml
      symptom_quantities   distances, times, ages (quantities.py) -> number findings
      symptom_span_filter  drops blocked spans (unless a `_keep` match overlaps them; spans that a
                           finding of the message may bring back are held aside), keeps the longest
                           of overlapping same-finding spans
      context_*            negspacy Negex per context (context.py, patterns/context.yml)
      symptom_findings     mentions -> findings, red flags, urgency (doc._.symptoms)

Use:

    from symptom_nlu import SymptomExtractor
    extractor = SymptomExtractor()          # builds the pipeline once (~1 s)
    result = extractor.extract("no sores but my toe has gone black")
    result.findings   # {"foot_wound": False, "color_or_temperature_change": True, "pain_location": ["foot"]}
    result.red_flags  # ["color_or_temperature_change"]
    result.urgency    # "urgent"
    result.mentions   # [Mention(text, start, end, finding, value, context), ...]
"""


import datetime
import functools
import itertools
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import spacy
import yaml
from spacy.language import Language
from spacy.lookups import load_lookups
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, SpanGroup, Token

from triage import red_flag_urgency  # the engine owns the urgency rule (incl. combinations)
from triage.contract import Contract, ContractError, load_contract

from . import context as _context  # noqa: F401  (registers the "symptom_context" factory)
from .pattern_language import PatternCompiler, PatternLanguageError, cue_extension
from .quantities import Quantity, find_quantities
from .reply import ReplyWords, leading_answer
from .spelling import SpellingCorrector, load_real_words, pipeline_vocabulary

PATTERNS_DIR = Path(__file__).resolve().parent / "patterns"
SPANS_KEY = "findings"
BLOCK_LABEL = "_block"
KEEP_LABEL = "_keep"  # spans of these findings that overlap a match are never blocked
HELD_KEY = SPANS_KEY + "_held"  # blocked spans that a finding of the same message may bring back (unblock_with)
CONTEXTS = ("negated", "hypothetical", "historical", "past", "other_person")
MENTION_CONTEXTS = ("affirmed", "negated", "hypothetical", "historical", "other_person")
BOOL_IDS = {"true": True, "false": False}
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'"})


class PatternError(ValueError):
    """A pattern file that does not fit contract.yml or the pattern language; names file and entry."""


# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Mention:
    text: str
    start: int  # character offsets in the input text
    end: int
    finding: str
    value: Any  # what the words name (bool / float / str); `context` says how it is held
    context: str  # affirmed | negated | hypothetical | historical | other_person

    @property
    def held(self) -> str:
        """How the person holds what the words name: ``context``, except that words which
        deny by themselves ("no bladder problems", "my toes arent blue": affirmed, value
        false) are negated."""
        return "negated" if self.context == "affirmed" and self.value is False else self.context

    def to_dict(self) -> Dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Extraction:
    findings: Dict[str, Any]  # the person's own current findings (JSON-safe: lists, floats, bools, str)
    red_flags: List[str]  # affirmed red-flag codes, contract order
    mentions: List[Mention]
    urgency: Optional[str] = None  # "emergency" | "urgent" | None, from the red flags
    red_flag_words: List[str] = field(default_factory=list)  # red-flag codes mentioned in any context
    # finding -> [(value it gave, start, end)] of the mentions behind each finding value
    sources: Dict[str, List[Tuple[Any, int, int]]] = field(default_factory=dict, repr=False)
    # a reply's leading yes (True) or no (False): the answer to the interview's question (reply.py)
    answer: Optional[bool] = None

    def where(self, name: str, value: Any) -> Optional[Tuple[int, int]]:
        """Character span of the words behind ``name = value`` (None when there are none)."""
        candidates = self.sources.get(name) or []
        for given, start, end in reversed(candidates):
            if given == value:
                return start, end
        return (candidates[-1][1], candidates[-1][2]) if candidates else None

    @property
    def red_flags_only_unaffirmed(self) -> bool:
        """Red-flag words were seen, but none is affirmed (negated / hypothetical / past / someone else)."""
        return bool(self.red_flag_words) and not self.red_flags

    def to_dict(self) -> Dict[str, Any]:
        return {
            "findings": dict(self.findings),
            "red_flags": list(self.red_flags),
            "finding_mentions": [m.to_dict() for m in self.mentions],
            "urgency": self.urgency,
        }


# ---------------------------------------------------------------------------
# Data files
# ---------------------------------------------------------------------------
def _read_yaml(path: Path) -> Any:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def load_lexicon(patterns_dir: Path) -> Dict[str, Any]:
    return _read_yaml(Path(patterns_dir) / "lexicon.yml")


def load_finding_patterns(patterns_dir: Path, contract: Contract) -> List[Tuple[str, str, str, str]]:
    """(file, label, id, pattern line) for every pattern, checked against contract.yml."""
    rows: List[Tuple[str, str, str, str]] = []
    files = sorted((Path(patterns_dir) / "findings").glob("*.yml"))
    if not files:
        raise PatternError(f"no pattern files in {Path(patterns_dir) / 'findings'}")
    for path in files:
        data = _read_yaml(path) or {}
        for label, by_value in data.items():
            where = f"{path.name}: {label}"
            if not isinstance(by_value, Mapping):
                raise PatternError(f"{where}: expected value -> patterns, got {type(by_value).__name__}")
            for raw_value, lines in by_value.items():
                value = _check_label_value(label, raw_value, contract, where)
                if not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
                    raise PatternError(f"{where}: {raw_value!r} must be a list of pattern strings")
                rows += [(path.name, label, value, line) for line in lines]
    return rows


def _check_label_value(label: str, raw_value: Any, contract: Contract, where: str) -> str:
    if label in (BLOCK_LABEL, KEEP_LABEL):
        for name in str(raw_value).split("|"):
            if name not in contract.findings:
                verb = "blocks" if label == BLOCK_LABEL else "keeps"
                raise PatternError(f"{where}: {verb} '{name}', which is not a finding in contract.yml")
        return str(raw_value)
    if label not in contract.findings:
        raise PatternError(f"{where}: '{label}' is not a finding in contract.yml")
    spec = contract.findings[label]
    if spec.type == "number":
        raise PatternError(f"{where}: '{label}' is a number finding; numbers come from quantities.py")
    if spec.type == "bool":
        value = str(raw_value).lower() if isinstance(raw_value, bool) else str(raw_value)
        if value not in BOOL_IDS:
            raise PatternError(f"{where}: bool finding '{label}' takes true/false, not {raw_value!r}")
        return value
    if str(raw_value) not in spec.values:
        raise PatternError(
            f"{where}: '{raw_value}' is not a value of '{label}' in contract.yml (values: {list(spec.values)})"
        )
    return str(raw_value)


def load_resolution(patterns_dir: Path, contract: Contract) -> Dict[str, Any]:
    res = _read_yaml(Path(patterns_dir) / "resolution.yml")
    where = "resolution.yml"
    if sorted(res["precedence"]) != sorted(MENTION_CONTEXTS):
        raise PatternError(f"{where}: precedence must order exactly {list(MENTION_CONTEXTS)}")
    for ctx in res.get("excluded_contexts", []):
        if ctx not in MENTION_CONTEXTS:
            raise PatternError(f"{where}: unknown context '{ctx}'")
    for name, shifts in (res.get("value_shifts") or {}).items():
        spec = _spec(contract, name, where)
        for ctx, mapping in shifts.items():
            if ctx not in MENTION_CONTEXTS:
                raise PatternError(f"{where}: value_shifts.{name}: unknown context '{ctx}'")
            for a, b in mapping.items():
                for v in (a, b):
                    if v not in spec.values:
                        raise PatternError(f"{where}: value_shifts.{name}: '{v}' is not a value of '{name}'")
    for name, implied in (res.get("implies") or {}).items():
        _spec(contract, name, where)
        for other, value in implied.items():
            try:
                _spec(contract, other, where).normalise(value)
            except ContractError as err:
                raise PatternError(f"{where}: implies.{name}: {err}") from None
    for key in ("past_does_not_apply", "historical_does_not_apply", "location_findings", "location_not_inside",
                "location_evidence", "pain_said_evidence"):
        for name in res.get(key) or []:
            _spec(contract, name, where)
    for name, unblockers in (res.get("unblock_with") or {}).items():
        _spec(contract, name, where)
        for other in unblockers or []:
            _spec(contract, other, where)
    return res


def _spec(contract: Contract, name: str, where: str):
    if name not in contract.findings:
        raise PatternError(f"{where}: '{name}' is not a finding in contract.yml")
    return contract.findings[name]


# ---------------------------------------------------------------------------
# spaCy components
# ---------------------------------------------------------------------------
class ItsTokenizer:
    """spaCy's tokenizer, and "its" split into "it" + "s" where it is "it's" typed without the
    apostrophe ("now its cold and white"), as spaCy itself splits "thats" and "hes"; the possessive
    ("its paw", "at its worst") stays whole. The word lists are lexicon.yml ``its_contraction``.
    Wrapping the tokenizer (not a pipeline step) splits the context triggers and the pattern words
    the same way as the messages."""

    def __init__(self, tokenizer: Any, spec: Mapping[str, Sequence[str]]) -> None:
        self.tokenizer = tokenizer
        self.before = {w.lower() for w in spec.get("before") or []}
        self.before_state = {w.lower() for w in spec.get("before_state") or []}
        self.state_ends = {w.lower() for w in spec.get("state_ends") or []}
        self.not_after = {w.lower() for w in spec.get("not_after") or []}

    def _is_contraction(self, doc: Doc, i: int) -> bool:
        if i + 1 >= len(doc) or (i > 0 and doc[i - 1].lower_ in self.not_after):
            return False
        word = doc[i + 1].lower_
        if word in self.before:
            return True
        if word in self.before_state:
            if i + 2 >= len(doc):
                return True
            after = doc[i + 2]
            return after.lower_ in self.state_ends or not after.is_alpha
        return False

    def _split(self, doc: Doc) -> Doc:
        hits = [t.i for t in doc if t.lower_ == "its" and self._is_contraction(doc, t.i)]
        if hits:
            with doc.retokenize() as retokenizer:
                for i in hits:
                    token = doc[i]
                    retokenizer.split(token, [token.text[:2], token.text[2:]], heads=[(token, 1), (token, 0)])
        return doc

    def __call__(self, text: str) -> Doc:
        return self._split(self.tokenizer(text))

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterable[Doc]:
        for doc in self.tokenizer.pipe(texts, **kwargs):
            yield self._split(doc)

    def __getattr__(self, name: str) -> Any:  # rules, vocab, ... of spaCy's tokenizer
        return getattr(self.tokenizer, name)


@Language.factory("symptom_lemmatizer", default_config={"overrides": {}})
def make_lemmatizer(nlp: Language, name: str, overrides: Dict[str, str]) -> "LowerLookupLemmatizer":
    return LowerLookupLemmatizer(overrides)


class LowerLookupLemmatizer:
    """spaCy's English lookup table (spacy-lookups-data) on the lower-cased token.

    spaCy's own lookup lemmatizer is case-sensitive ("Feet" stays "Feet") and
    needs no tagger; people type in any case, so the lookup uses ``token.lower_``.
    """

    def __init__(self, overrides: Mapping[str, str]) -> None:
        self.table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
        self.overrides = {k.lower(): v for k, v in (overrides or {}).items()}

    @functools.lru_cache(maxsize=20000)
    def lemma(self, lower: str) -> str:
        if lower in self.overrides:
            return self.overrides[lower]
        return self.table.get(lower, lower)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.lemma_ = self.lemma(token.lower_)
        return doc


@Language.factory("symptom_spelling", default_config={})
def make_spelling(nlp: Language, name: str) -> "SpellingNormaliser":
    return SpellingNormaliser(nlp)


class SpellingNormaliser:
    """``token.norm_`` = the lower-cased text, or the pattern word a misspelling stands for.

    Patterns read NORM (not LOWER) so that "sudenly" matches "suddenly"; spaCy's
    own norms ("'m" -> "am", "ca" -> "can") are replaced by the plain text. ``overrides``
    (lexicon.yml ``spelling_overrides``) are misspellings and dictation homophones the edit
    distance cannot settle: a real word ("pane" for pain) or a tie ("suddan": sudden or sudn)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.corrector: Optional[SpellingCorrector] = None  # set by build_pipeline once the patterns are known
        self.lemma_of = None
        self.overrides: Dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        corrector = self.corrector
        for token in doc:
            lower = token.lower_
            # a form the lemma table knows ("hurrying" -> hurry, "wetting" -> wet) is a real
            # word, however rare: never "correct" it into a pattern word ("hurting", "getting")
            known = token.lemma_ != lower
            corrected = self.overrides.get(lower) if corrector is not None else None
            if corrected is None:
                corrected = corrector.correct(lower) if corrector is not None and not known else None
            if corrected:
                token.norm_ = corrected
                token.lemma_ = self.lemma_of(corrected) if self.lemma_of else corrected
            else:
                token.norm_ = lower
        return doc


@Language.factory("symptom_cues", default_config={})
def make_cue_tagger(nlp: Language, name: str) -> "CueTagger":
    return CueTagger(nlp)


class CueTagger:
    """Marks every token inside a phrase of a lexicon list (``token._.cue_<LIST>``).

    Finding patterns then test ``$LIST`` as one token attribute instead of
    repeating every phrase of the list in every pattern: with the lists
    multiplied out, the SpanRuler had over 3000 patterns and took ~4 ms a message.
    """

    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab
        self.matcher = Matcher(nlp.vocab)
        self.source_patterns: Dict[str, List[List[Dict[str, Any]]]] = {}

    def add(self, name: str, patterns: List[List[Dict[str, Any]]]) -> None:
        self.source_patterns[name] = patterns
        ext = cue_extension(name)
        if not Token.has_extension(ext):
            Token.set_extension(ext, default=False)
        self.matcher.add(name, patterns)

    def __call__(self, doc: Doc) -> Doc:
        for match_id, start, end in self.matcher(doc):
            ext = cue_extension(self.vocab.strings[match_id])
            for token in doc[start:end]:
                token._.set(ext, True)
        return doc


@Language.factory("symptom_quantities", default_config={"cues": {}, "spans_key": SPANS_KEY})
def make_quantities(nlp: Language, name: str, cues: Dict[str, List[str]], spans_key: str) -> "QuantityTagger":
    return QuantityTagger(cues, spans_key)


class QuantityTagger:
    """Numbers with units (quantities.py) that are about walking distance, relief time or age."""

    CLAUSE_BREAKS = {",", ";", ".", "!", "?", "but", "and", "then", "so", "though", "although", "while"}

    def __init__(self, cues: Mapping[str, Sequence[str]], spans_key: str) -> None:
        self.cues = {k: {w.lower() for w in v} for k, v in cues.items()}
        self.spans_key = spans_key
        self.labels = {"distance": "walking_distance_m", "time": "relief_minutes", "age": "age"}

    def __call__(self, doc: Doc) -> Doc:
        quantities = find_quantities([t.norm_ for t in doc])
        spans = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
        for q in quantities:
            if self._about(doc, q):
                spans.append(Span(doc, q.start, q.end, label=self.labels[q.kind], span_id=repr(q.value)))
        doc.spans[self.spans_key] = spans
        return doc

    # what a number is about -------------------------------------------------------
    def _clause(self, doc: Doc, first: int, last: int) -> Tuple[int, int]:
        """The clause around tokens first..last-1: between the nearest clause breaks."""
        sent = doc[first].sent
        start = first
        while start > sent.start and doc[start - 1].lower_ not in self.CLAUSE_BREAKS:
            start -= 1
        end = last
        while end < sent.end and doc[end].lower_ not in self.CLAUSE_BREAKS:
            end += 1
        return start, end

    def _nearest(self, doc: Doc, q: Quantity, cue: str, lo: int, hi: int) -> Optional[int]:
        words = self.cues.get(cue, set())
        best = None
        for tok in doc[lo:hi]:
            if q.start <= tok.i < q.end:
                continue
            if tok.lemma_ in words or tok.norm_ in words:
                d = q.start - tok.i if tok.i < q.start else tok.i - q.end + 1
                best = d if best is None else min(best, d)
        return best

    def _takes_to_settle(self, doc: Doc, q: Quantity, lo: int, hi: int) -> bool:
        """"takes 5 mins to go", "took a good half hour to settle", "takes 2 minutes before I
        can walk again": how long relief takes, whatever walking words the clause also has."""
        takes = [t.i for t in doc[lo:q.start] if t.lemma_ == "take"]
        if not takes:
            return False
        verbs, onset = self.cues.get("settle_verbs", set()), self.cues.get("onset", set())
        after = doc[takes[-1] + 1:hi]
        for t in after:
            if t.lemma_ in verbs and doc[t.i - 1].lower_ == "to":
                between = doc[q.end:max(q.end, t.i)]  # empty when the verb comes first
                nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
                # "to go", "to go off", but "to go numb" is the onset
                goes_to_a_state = (
                    t.lemma_ == "go" and nxt is not None and not nxt.is_punct
                    and nxt.lower_ not in self.CLAUSE_BREAKS | {"off", "away", "down", "again"}
                )
                if not goes_to_a_state and not any(w.lemma_ in onset for w in between):
                    return True
        words = [t.lower_ for t in after]
        return any(words[i:i + 3] in (["before", "i", "can"], ["before", "i", "could"]) for i in range(len(words)))

    def _about(self, doc: Doc, q: Quantity) -> bool:
        if q.kind == "age":
            return True
        if q.kind == "time":
            # a point in time ("an hour ago", "since 2 days", "for the past week") dates the
            # onset; it is never how long the pain takes to go
            before = doc[q.start - 1].norm_ if q.start > 0 else ""
            after = doc[q.end].norm_ if q.end < len(doc) else ""
            if after in self.cues.get("onset_after", set()) or before in self.cues.get("onset_before", set()):
                return False
            lo, hi = self._clause(doc, q.start, q.end)
            if lo > 1 and doc[lo - 1].lower_ == "," and doc[lo].lower_ in self.cues.get("hedges", set()):
                lo, _ = self._clause(doc, lo - 2, lo - 1)  # "..., like 20 minutes": the clause before too
            if self._takes_to_settle(doc, q, lo, hi):
                return True
            relief = self._nearest(doc, q, "relief", lo, hi)
            onset = self._nearest(doc, q, "onset", lo, hi)
            if relief is not None and (onset is None or relief <= onset):
                return True
            acts = self.cues.get("rest_acts", set())
            # notes and lists: "stop 3 min", "Relief: 3-4 min standing", "2 mins rest" (a time
            # after a rest act, or before one in a clause with no onset word)
            if q.start > lo and doc[q.start - 1].lemma_ in acts:
                return onset is None or onset > 1
            links, not_after = self.cues.get("rest_links", set()), self.cues.get("not_rest_after", set())
            nxt = q.end + 1 if q.end < hi - 1 and doc[q.end].lower_ in links else q.end
            after_a_time = q.start == lo or doc[q.start - 1].lower_ not in not_after
            if nxt < hi and doc[nxt].lemma_ in acts and onset is None and after_a_time:
                return True
            # "stop for a minute", "rest for about 5 minutes"
            before = [t for t in doc[max(lo, q.start - 6):q.start]]
            preps = self.cues.get("rest_preps", set())
            if before and before[-1].norm_ in preps | {"for"}:
                if any(t.lemma_ in acts for t in before) and any(t.norm_ == "for" for t in before):
                    return onset is None or onset > (q.start - min(t.i for t in before if t.lemma_ in acts))
            return False
        # distance: the nearest cue in the sentence decides
        sent = doc[q.start].sent
        walking = self._nearest(doc, q, "walking", sent.start, sent.end)
        other = self._nearest(doc, q, "not_walking", sent.start, sent.end)
        return walking is not None and (other is None or walking < other)


@Language.factory("symptom_span_filter", default_config={"spans_key": SPANS_KEY, "held_labels": []})
def make_span_filter(nlp: Language, name: str, spans_key: str, held_labels: List[str]) -> "SpanFilter":
    return SpanFilter(spans_key, held_labels)


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _parted(doc: Doc, piece: Span, blocks: Sequence[Span]) -> bool:
    """A punctuation mark lies between the piece and each of the blocks (none overlaps it); a
    block's own first or last token counts (", very cold day")."""
    def between(lo: int, hi: int) -> bool:
        return any(doc[k].is_punct for k in range(lo, hi))
    return bool(blocks) and all(
        not _overlap(piece, b)
        and (between(piece.end, b.start + 1) if piece.end <= b.start else between(b.end - 1, piece.start))
        for b in blocks
    )


class SpanFilter:
    """Apply ``_block`` spans (not to a span that a ``_keep`` match of its finding overlaps), then
    keep the longest of overlapping spans of the same finding. Blocked spans of ``held_labels``
    go to ``doc.spans[HELD_KEY]``: the assembler brings them back when the message affirms one of
    their ``unblock_with`` findings (resolution.yml)."""

    def __init__(self, spans_key: str, held_labels: Sequence[str] = ()) -> None:
        self.spans_key = spans_key
        self.held_labels = set(held_labels)

    def __call__(self, doc: Doc) -> Doc:
        if self.spans_key not in doc.spans:
            doc.spans[self.spans_key] = []
            return doc
        spans = list(doc.spans[self.spans_key])
        blocks = [s for s in spans if s.label_ == BLOCK_LABEL]
        keeps = [s for s in spans if s.label_ == KEEP_LABEL]
        spans = [s for s in spans if s.label_ not in (BLOCK_LABEL, KEEP_LABEL)]
        if blocks:
            blocked = [
                s
                for s in spans
                if any(s.label_ in b.id_.split("|") and _overlap(s, b) for b in blocks)
                and not any(s.label_ in k.id_.split("|") and _overlap(s, k) for k in keeps)
            ]
            # and the pieces of a blocked span ("a" of "a sore throat": a list phrase matched in part),
            # unless a punctuation mark parts the piece from every block of the span: a long span
            # reaching a block at its end does not take the limb's own sign clauses before it
            # ("my foot is white, can't walk, also cold weather": "foot is white" stays)
            blocked += [
                s
                for s in spans
                if any(s.label_ == x.label_ and x.start <= s.start and s.end <= x.end
                       and not _parted(doc, s, [b for b in blocks if x.label_ in b.id_.split("|") and _overlap(x, b)])
                       for x in blocked)
            ]
            spans = [s for s in spans if s not in blocked]
            held = [s for s in blocked if s.label_ in self.held_labels]
            if held:
                doc.spans[HELD_KEY] = sorted(set(held), key=lambda s: (s.start, s.end, s.label_))
        kept: List[Span] = []
        for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
            if any(k.label_ == span.label_ and k.start < span.end and span.start < k.end for k in kept):
                continue
            kept.append(span)
        doc.spans[self.spans_key] = sorted(kept, key=lambda s: (s.start, s.end, s.label_))
        return doc


if not Doc.has_extension("symptoms"):
    Doc.set_extension("symptoms", default=None)


@Language.factory(
    "symptom_findings",
    default_config={"spans_key": SPANS_KEY, "patterns_dir": str(PATTERNS_DIR), "contract_path": None,
                    "reply": {}, "reply_persons": []},
)
def make_findings(nlp: Language, name: str, spans_key: str, patterns_dir: str, contract_path: Optional[str],
                  reply: Dict[str, List[str]], reply_persons: List[str]):
    contract = load_contract(contract_path)
    return FindingAssembler(contract, load_resolution(Path(patterns_dir), contract), spans_key,
                            ReplyWords.from_lexicon(reply, reply_persons))


class FindingAssembler:
    """Mentions with their context -> the person's findings, red flags and urgency."""

    def __init__(self, contract: Contract, resolution: Mapping[str, Any], spans_key: str,
                 reply_words: Optional[ReplyWords] = None) -> None:
        self.contract = contract
        self.reply_words = reply_words
        self.res = resolution
        self.spans_key = spans_key
        self.precedence = list(resolution["precedence"])
        self.excluded = set(resolution.get("excluded_contexts", []))
        self.shifts = resolution.get("value_shifts") or {}
        self.implies = resolution.get("implies") or {}
        self.numbers_ignore_negation = bool(resolution.get("numbers_ignore_negation", True))
        self.past_exempt = set(resolution.get("past_does_not_apply") or [])
        self.historical_exempt = set(resolution.get("historical_does_not_apply") or [])
        self.other_person_words = set(resolution.get("other_person_words") or [])
        self.location_findings = set(resolution.get("location_findings") or [])
        self.location_not_inside = set(resolution.get("location_not_inside") or [])
        self.pain_lemmas = set(resolution.get("pain_lemmas") or [])
        self.location_evidence = set(resolution.get("location_evidence") or [])
        self.pain_said_evidence = set(resolution.get("pain_said_evidence") or [])
        self.denial_words = {str(w) for w in resolution.get("denial_words") or []}
        self.location_answer_findings = self.location_findings | {"laterality"}
        self.location_answer_words = {str(w) for w in resolution.get("location_answer_words") or []}
        self.location_evidence_lemmas = {str(w) for w in resolution.get("location_evidence_lemmas") or []}
        clause = resolution.get("location_clause") or {}
        self.clause_breaks = set(clause.get("breaks") or [])
        self.clause_joins = set(clause.get("joins") or [])
        self.clause_start = set(clause.get("clause_start") or [])
        self.wound_findings = {"foot_wound"} & set(contract.findings)
        self.unblock_with = {k: list(v or []) for k, v in (resolution.get("unblock_with") or {}).items()}

    def _clause(self, doc: Doc, span: Span) -> Tuple[int, int]:
        """Token range of the clause around ``span``: its sentence cut at commas, "but",
        and at "and"/"so" before a new subject ("... walking, and I've noticed a sore")."""
        sent = doc[span.start].sent

        def breaks_before(i: int) -> bool:  # does a clause end between token i-1 and token i?
            prev = doc[i - 1]
            if prev.lower_ in self.clause_breaks:
                return True
            return doc[i].lower_ in self.clause_joins and i + 1 < sent.end and doc[i + 1].lower_ in self.clause_start

        lo = span.start
        while lo > sent.start and not breaks_before(lo):
            lo -= 1
        hi = span.end
        while hi < sent.end and not breaks_before(hi):
            hi += 1
        return lo, hi

    def _pain_in(self, doc: Doc, lo: int, hi: int, spans, evidence: Iterable[str]) -> bool:
        """Do tokens lo..hi speak of pain: a pain word outside a wound's words, or a span of ``evidence``?"""
        wound_tokens = {i for s in spans if s.label_ in self.wound_findings for i in range(s.start, s.end)}
        # a denial ("my calves aren't red or puffy": dvt_signs=false) is no evidence of a symptom there
        if any(s.label_ in evidence and lo <= s.start < hi and s.id_ != "false" for s in spans):
            return True
        return any(doc[i].lemma_ in self.pain_lemmas and i not in wound_tokens for i in range(lo, hi))

    def _bare_answer(self, doc: Doc, lo: int, hi: int, spans) -> bool:
        """Is the clause only body parts and filler ("in my left calf mostly"): an answer to "where"?"""
        located = {i for s in spans if s.label_ in self.location_answer_findings for i in range(s.start, s.end)}
        return all(
            i in located or doc[i].is_punct or doc[i].lower_ in self.location_answer_words for i in range(lo, hi)
        )

    def _pain_said_after(self, doc: Doc, hi: int, spans) -> bool:
        """Does a later clause of the sentence speak of pain without naming a body part ("my foot
        went pale and freezing ... and the pain is off the scale", "my calf isn't swollen, it
        just cramps")? That pain is the body part's before it."""
        sent_end = doc[hi - 1].sent.end
        located = {i for s in spans if s.label_ in self.location_findings for i in range(s.start, s.end)}
        while hi < sent_end:
            lo2, hi2 = self._clause(doc, doc[hi:hi + 1])
            denied = any(doc[i].lower_ in self.denial_words for i in range(lo2, hi2))
            if not denied and not any(i in located for i in range(lo2, hi2)) and self._pain_in(
                    doc, lo2, hi2, spans, self.pain_said_evidence):
                return True
            hi = max(hi2, hi + 1)
        return False

    def not_a_location(self, doc: Doc, span: Span, spans) -> bool:
        """A body part is a pain location only where its clause speaks of a symptom ("my toes are a
        normal pink colour", "a cut on my heel", "blood pressure at my ankles" are not), or a later
        clause of its sentence speaks of a pain it names no body part for, or when the clause is a
        bare answer naming it ("both calves")."""
        if span.label_ not in self.location_findings:
            return False
        lo, hi = self._clause(doc, span)
        inside = any(
            s.label_ in self.location_not_inside and s.start <= span.start and span.end <= s.end for s in spans
        )
        if inside:  # "my toe has gone black": the toe is the colour's, unless it also hurts
            return not (self._pain_in(doc, lo, hi, spans, {"pain_quality"}) or self._pain_said_after(doc, hi, spans))
        if self._pain_in(doc, lo, hi, spans, self.location_evidence) or self._pain_said_after(doc, hi, spans):
            return False
        if any(doc[i].lemma_ in self.location_evidence_lemmas for i in range(lo, hi)):
            return False
        return not self._bare_answer(doc, lo, hi, spans)

    def context_of(self, span: Span) -> str:
        spec = self.contract.findings[span.label_]
        flags = {ctx: bool(span._.get(ctx)) for ctx in CONTEXTS}
        historical = (flags["historical"] and span.label_ not in self.historical_exempt) or (
            flags["past"] and span.label_ not in self.past_exempt
        )
        present = {
            "other_person": flags["other_person"] or any(t.lower_ in self.other_person_words for t in span),
            "hypothetical": flags["hypothetical"],
            "historical": historical,
            "negated": flags["negated"] and not (spec.type == "number" and self.numbers_ignore_negation),
            "affirmed": True,
        }
        return next(ctx for ctx in self.precedence if present[ctx])

    @staticmethod
    def typed(spec, raw: str) -> Any:
        if spec.type == "bool":
            return BOOL_IDS[raw]
        if spec.type == "number":
            return round(float(raw), 2)
        return raw

    def resolve(self, name: str, value: Any, ctx: str) -> Tuple[bool, Any]:
        """(counts, value) for one mention in its context."""
        spec = self.contract.findings[name]
        shifted = (self.shifts.get(name) or {}).get(ctx) or {}
        if isinstance(value, str) and value in shifted:
            return True, shifted[value]
        if ctx in self.excluded:
            return False, None
        if ctx == "negated":
            if spec.type == "bool":
                # negated true -> false; a denial pattern ("didn't come on suddenly") is often
                # preceded by its own auxiliary ("did"), which NegEx reads as a second negation
                return True, False
            return False, None
        return True, value

    def _collect(self, doc: Doc, spans, location_spans, mentions, values, sources) -> None:
        for span in spans:
            if self.not_a_location(doc, span, location_spans):
                continue
            spec = self.contract.findings[span.label_]
            value = self.typed(spec, span.id_)
            ctx = self.context_of(span)
            mentions.append(Mention(span.text, span.start_char, span.end_char, span.label_, value, ctx))
            counts, resolved = self.resolve(span.label_, value, ctx)
            if counts:
                values.setdefault(span.label_, []).append(resolved)
                sources.setdefault(span.label_, []).append((resolved, span.start_char, span.end_char))

    def _merge(self, values: Mapping[str, List[Any]]) -> Dict[str, Any]:
        findings: Dict[str, Any] = {}
        for name, vals in values.items():
            spec = self.contract.findings[name]
            if spec.type == "many":
                findings[name] = list(dict.fromkeys(vals))
            elif spec.red_flag and True in vals:
                findings[name] = True  # an affirmed red flag is never outvoted
            else:
                findings[name] = vals[-1]  # the latest statement (corrections come later)
        return findings

    def __call__(self, doc: Doc) -> Doc:
        spans = doc.spans[self.spans_key] if self.spans_key in doc.spans else []
        mentions: List[Mention] = []
        values: Dict[str, List[Any]] = {}
        sources: Dict[str, List[Tuple[Any, int, int]]] = {}
        self._collect(doc, spans, spans, mentions, values, sources)
        findings = self._merge(values)
        held = doc.spans[HELD_KEY] if HELD_KEY in doc.spans else []
        if len(held):
            # a blocked span comes back when the message affirms one of its unblock_with findings
            # ("out of breath walking to the loo" + a swollen hot calf: a possible clot in the lung)
            # - but not a word that is itself part of that finding's span ("calf has puffed right
            # up and it's red": the swelling, not breathlessness)
            back = [
                s for s in held
                if any(
                    findings.get(other) is True
                    and not any(x.label_ == other and _overlap(x, s) for x in spans)
                    for other in self.unblock_with.get(s.label_, ())
                )
            ]
            if back:
                self._collect(doc, back, spans, mentions, values, sources)
                mentions.sort(key=lambda m: (m.start, m.end))
                findings = self._merge(values)
        for name, implied in self.implies.items():
            if name in findings:
                for other, value in implied.items():
                    if other not in findings:
                        findings[other] = value
                        sources[other] = [(value, s, e) for _, s, e in sources[name]]
        red_flags = [code for code in self.contract.red_flags if findings.get(code) is True]
        words = [code for code in self.contract.red_flags if any(m.finding == code for m in mentions)]
        doc._.symptoms = Extraction(
            findings=findings,
            red_flags=red_flags,
            mentions=mentions,
            urgency=red_flag_urgency(red_flags) if red_flags else None,
            red_flag_words=words,
            sources=sources,
            answer=self.answer(doc.text, mentions),
        )
        return doc

    def answer(self, text: str, mentions: Sequence[Mention]) -> Optional[bool]:
        """The reply's leading yes or no. A yes beside words held as someone else's, past or
        asked about ("yes, my dad had one", "yes I had an ulcer, healed now") may be about
        those: no answer, so the question is asked again rather than a red flag guessed."""
        if self.reply_words is None:
            return None
        answer = leading_answer(text, self.reply_words)
        if answer and any(m.held in ("hypothetical", "historical", "other_person") for m in mentions):
            return None
        return answer


# ---------------------------------------------------------------------------
# Building the pipeline
# ---------------------------------------------------------------------------
def _tokens_of_pattern_word(nlp: Language, word: str) -> List[str]:
    """The tokens spaCy makes of a pattern word. A code with a digit is typed in capitals too, and
    "T2DM" is one token where "t2dm" splits at the unit "dm": such a word is accepted whole (its
    pattern names the split form beside it: "(t2dm|t2 dm)")."""
    tokens = [t.text for t in nlp.tokenizer(word)]
    if any(c.isdigit() for c in word):
        upper = [t.text for t in nlp.tokenizer(word.upper())]
        if len(upper) < len(tokens):
            return upper
    return tokens


def build_pipeline(
    patterns_dir: Optional[str] = None,
    contract_path: Optional[str] = None,
    max_inline: int = 3,
    spelling: bool = True,
) -> Language:
    """The spaCy pipeline, from pip packages and the data files only (no model download)."""
    patterns_dir = Path(patterns_dir or PATTERNS_DIR)
    contract = load_contract(contract_path)
    lexicon = load_lexicon(patterns_dir)
    rows = load_finding_patterns(patterns_dir, contract)
    resolution = load_resolution(patterns_dir, contract)
    contexts = _read_yaml(patterns_dir / "context.yml")

    nlp = spacy.blank("en")
    nlp.tokenizer = ItsTokenizer(nlp.tokenizer, lexicon.get("its_contraction") or {})
    lemmatizer = nlp.add_pipe("symptom_lemmatizer", config={"overrides": lexicon.get("lemma_overrides") or {}})
    speller = nlp.add_pipe("symptom_spelling")
    nlp.add_pipe("sentencizer")
    cues = nlp.add_pipe("symptom_cues")
    ruler = nlp.add_pipe(
        "span_ruler",
        config={"spans_key": SPANS_KEY, "annotate_ents": False, "phrase_matcher_attr": "LOWER", "validate": False},
    )
    compiler = PatternCompiler(
        {k: v for k, v in lexicon.items() if k.isupper()},
        lexicon.get("gap_stop") or [],
        lexicon.get("gapc_stop") or [],
        lambda word: lemmatizer.lemma(word.lower()),
        max_inline=max_inline,
        split_word=lambda word: _tokens_of_pattern_word(nlp, word),
    )
    for name in compiler.lexicon:  # every list must compile, used or not
        try:
            compiler.compile_list(name)
        except PatternLanguageError as err:
            raise PatternError(f"lexicon.yml: {name}: {err}") from None
    patterns = []
    for filename, label, value, line in rows:
        try:
            for token_pattern in compiler.compile(line):
                patterns.append({"label": label, "id": value, "pattern": token_pattern})
        except PatternLanguageError as err:
            raise PatternError(f"{filename}: {label}={value}: {err}") from None
    for name in sorted(compiler.marked_lists):  # only the lists that patterns test as marks
        cues.add(name, compiler.compile_list(name))
    ruler.add_patterns(patterns)
    if spelling:
        speller.corrector = SpellingCorrector(pipeline_vocabulary(nlp), load_real_words())
        speller.lemma_of = lemmatizer.lemma
        speller.overrides = {k.lower(): v.lower() for k, v in (lexicon.get("spelling_overrides") or {}).items()}
    nlp.add_pipe("symptom_quantities", config={"cues": resolution.get("quantity_cues") or {}})
    nlp.add_pipe("symptom_span_filter", config={"held_labels": sorted(resolution.get("unblock_with") or {})})
    for ctx in CONTEXTS:
        spec = contexts[ctx]
        comma = spec.get("comma") or {}
        try:
            made_phrases(spec, "")  # every row names known lists
        except ValueError as err:
            raise PatternError(f"context.yml: {ctx}: {err}") from None
        nlp.add_pipe(
            "symptom_context",
            name=f"context_{ctx}",
            config={
                "extension_name": ctx,
                "termset": context_termset(spec),
                "window": int(spec.get("window", 8)),
                "comma_terminates": bool(comma.get("terminates", True)),
                "list_words": list(comma.get("list_words") or []),
                "comma_continues": list(comma.get("continues") or []) + made_phrases(spec, "continues"),
                "comma_adjectives": list(comma.get("adjectives") or []),
                "dash_terminates": bool(spec.get("dash_terminates", False)),
                "clause_start": list((contexts.get("_shared") or {}).get("clause_start") or []),
                "sentence_start": list(spec.get("sentence_start") or []),
                "sentence_start_unless": list(spec.get("sentence_start_unless") or []),
                "question_start": list(spec.get("question_start") or []),
                "sentence_start_not_on": list(spec.get("sentence_start_not_on") or []),
                "sentence_start_modal": list(spec.get("sentence_start_modal") or []),
                "sentence_lead": list((contexts.get("_shared") or {}).get("sentence_lead") or []),
                "answer_denials": list(spec.get("answer_denials") or []),
                "answer_closing_denials": list(spec.get("answer_closing_denials") or []),
                "answer_sentences": int(spec.get("answer_sentences", 1)),
                "answer_affirmations": list(spec.get("answer_affirmations") or []),
                "answer_inverting": list(spec.get("answer_inverting") or []),
                "reach_back": list(spec.get("reach_back") or []) + made_phrases(spec, "reach_back"),
                "following_unlimited": list(spec.get("following_unlimited") or []) + made_phrases(
                    spec, "following_unlimited"),
                "closing": list(spec.get("closing") or []) + made_phrases(spec, "closing"),
                "following_nearest": list(spec.get("following_nearest") or []),
                "released_by": list(spec.get("released_by") or []) + made_phrases(spec, "released_by"),
                "released_nearest": flatten_once(spec.get("released_nearest") or []),
                "answered_yes": list(spec.get("answered_yes") or []),
                "question_frames": list((spec.get("question_frames") or {}).get("open") or []),
                "question_continues": list((spec.get("question_frames") or {}).get("continues") or []),
                "extra_spans_keys": [HELD_KEY],
            },
        )
    nlp.add_pipe(
        "symptom_findings",
        config={"patterns_dir": str(patterns_dir), "contract_path": contract_path,
                "reply": lexicon.get("reply") or {},
                # "yes, my dad had that": a yes beside another person is no answer (reply.py)
                "reply_persons": list(((contexts["other_person"].get("people") or {}).get("persons")) or [])},
    )
    return nlp


MADE_INTO = ("preceding", "following", "pseudo", "termination", "following_unlimited", "reach_back", "closing",
             "continues", "released_by")


def flatten_once(items: Iterable[Any]) -> List[Any]:
    """A word list that may hold a shared list (a YAML alias) beside its own words, flattened one
    level: [a, [b, c]] -> [a, b, c]."""
    return [w for item in items for w in (item if isinstance(item, list) else [item])]


def made_phrases(spec: Mapping[str, Any], key: str) -> List[str]:
    """The phrases of a context's ``made`` rows that go ``into`` list ``key``: each row's
    ``words`` lists multiplied out in order (["now"], ["it's", ""], ["healed", "closed"] ->
    "now it's healed", "now healed", "now it's closed", "now closed"; an empty word leaves its
    place out), so a class of phrasing is its parts, not a long list of every wording."""
    out: List[str] = []
    for row in spec.get("made") or []:
        unknown = set(row.get("into") or []) - set(MADE_INTO)
        if unknown or not row.get("words"):
            raise ValueError(f"made: {row.get('into')}: needs 'words' and lists of {', '.join(MADE_INTO)}")
        lists = [flatten_once(words) for words in row["words"]]
        # YAML reads a bare on / yes / no as a bool: quote it
        if not all(isinstance(w, str) for words in lists for w in words):
            raise ValueError(f"made: {row['into']}: a word that is not a string (quote on, yes, no)")
        if key in row["into"]:
            for words in itertools.product(*lists):
                out.append(" ".join(w for w in words if w.strip()))
    return list(dict.fromkeys(out))


def context_termset(spec: Mapping[str, Any], this_year: Optional[int] = None) -> Dict[str, Any]:
    """A context's trigger phrases from context.yml; ``following_years_from: Y`` adds
    "in Y" ... "in <last year>" to ``following``, ``preceding_years_from: Y`` "back in Y" ...
    to ``preceding`` (this year is still the present); ``people`` adds "<possessive> <person>"
    and "<person>'s" for each of its possessives and persons to ``preceding``, and
    "<possessive> <person> <speaking verb>" to ``pseudo`` ("my wife says | my feet ...")."""
    termset = {k: v for k, v in spec.items()
               if k in ("base", "remove", "add", "preceding", "following", "pseudo", "termination")}
    for key in ("preceding", "following", "pseudo", "termination"):
        made = made_phrases(spec, key)
        if made and "base" in termset:  # a negspacy termset adjusted: its additions
            termset["add"] = dict(termset.get("add") or {})
            termset["add"][key] = list(termset["add"].get(key) or []) + made
        elif made:
            termset[key] = list(termset.get(key) or []) + made
    last = (this_year or datetime.date.today().year) - 1
    for key, form in (("following", "in {}"), ("preceding", "back in {}")):
        first = spec.get(f"{key}_years_from")
        if first is not None:
            termset[key] = list(termset.get(key) or []) + [form.format(year) for year in range(int(first), last + 1)]
    people = spec.get("people")
    if people:
        persons = [str(p) for p in people["persons"]]
        owned = [f"{owner} {person}" for owner in people["possessives"] for person in persons]
        termset["preceding"] = list(termset.get("preceding") or []) + owned + [f"{person}'s" for person in persons]
        termset["pseudo"] = list(termset.get("pseudo") or []) + [
            f"{who} {verb}" for who in owned for verb in people.get("speaking") or []]
    return termset


class SymptomExtractor:
    """Text -> Extraction. Build once, call ``extract`` per message."""

    def __init__(self, nlp: Optional[Language] = None, **build_kwargs: Any) -> None:
        self.nlp = nlp or build_pipeline(**build_kwargs)

    def extract(self, text: str) -> Extraction:
        if not text or not text.strip():
            return Extraction(findings={}, red_flags=[], mentions=[], urgency=None)
        # spaCy's tokenizer exceptions are case-sensitive ("dont" -> "do nt", "DONT" stays whole):
        # work on the lower-cased text when that keeps every offset, and quote the original words.
        # Typographic apostrophes ("isn’t", a phone keyboard's) become ASCII ones, same length.
        lower = text.lower().translate(APOSTROPHES)
        if len(lower) != len(text):
            return self.nlp(text.translate(APOSTROPHES))._.symptoms
        result: Extraction = self.nlp(lower)._.symptoms
        if lower == text:
            return result
        mentions = [replace(m, text=text[m.start:m.end]) for m in result.mentions]
        return replace(result, mentions=mentions)

    def extract_many(self, texts: Iterable[str]) -> List[Extraction]:
        return [self.extract(t) for t in texts]

    __call__ = extract


@functools.lru_cache(maxsize=1)
def default_extractor() -> SymptomExtractor:
    return SymptomExtractor()


def extract(text: str) -> Extraction:
    """Module-level shortcut with a shared, lazily built pipeline."""
    return default_extractor().extract(text)
