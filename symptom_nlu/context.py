"""Context of each finding span (negated, hypothetical, historical, other person).

Built on negspacy's ``Negex`` (a maintained NegEx implementation): its
PhraseMatcher, trigger lists, pseudo-trigger cancelling and termination
scoping are used as they are.  Two things are added because the symptom
extractor needs them and negspacy cannot do them:

* spans come from ``doc.spans[spans_key]`` (overlapping findings such as
  "pain in my feet at night" = foot + rest pain), not only ``doc.ents``;
* a trigger reaches at most ``window`` tokens, and a comma ends a scope
  unless it is inside a list ("no sores, ulcers or wounds");
* every trigger with an apostrophe also matches its form typed without
  one ("isnt", "dont": spaCy splits them like "isn't");
* ``sentence_start`` triggers count only as the first words of a sentence
  ("Would sudden leg pain be an emergency?"), unless ``sentence_start_unless``
  follows ("would you", "could not"), and not on a span with one of
  ``sentence_start_not_on`` ("Is a sore on my heel that won't heal serious?" asks about
  the person's own sore) unless it opens with one of ``sentence_start_modal`` ("Would
  losing control of my bladder be an emergency?"); ``question_start`` phrases count only
  in a sentence that ends with "?" ("If foot become black what I do?");
* ``comma_continues``: a comma followed by one of these phrases does not end
  a scope: the same subject goes on without being named ("my mate's leg
  swelled up, turned out to be a DVT");
* ``comma_adjectives``: a comma between two of these right after a determiner does
  not end a scope: one noun phrase ("my wife's got a cold, pale foot");
* ``dash_terminates``: a spaced dash between notes ends a scope ("- no pain
  at rest - ex-smoker"), a hyphen inside a word does not;
* ``answer_denials``: a sentence that is only a denial ("none", "no", "nope")
  after a "?" denies the findings of that question ("swelling? none"). The
  answer may come up to ``answer_sentences`` sentences later ("Pain when resting?
  My husband asked me that too. No."; a run of questions is answered together,
  "cold? blue? wounds? no no and no"), or as the last clause of a sentence ("Foot
  ulcer? I had a good look, both feet, and honestly, nothing at all":
  ``answer_closing_denials``, not a bare "no"), unless a
  sentence opening with one of ``answer_affirmations`` ("yes", "sometimes") or the
  question's finding named again comes first. A question with one of
  ``answer_inverting`` is not denied ("Is the sore healing? No." affirms the sore);
* ``answered_yes``: a question someone asked, answered yes in the report, is the
  person's own: a span this context holds is released when one of these phrases
  follows it in its sentence, or opens the next sentence, and ends a clause ("the
  doctor asked if I had ulcers on my feet and I said yes"; not "what if my foot goes
  black and I have to lose it");
* ``question_frames``: in a sentence that opens with one of these and ends with "?", a
  termination of ``question_continues`` does not end a scope: the person's own part of
  the hypothesis goes on ("what should I do if my legs go weak and I can't control my
  bladder?"); in a report it still does ("I worry about ulcers, and I can't control my
  bladder since Monday");
* ``following_unlimited``: following triggers that reach every span before
  them in their part of the sentence, however far ("... and they cleared a
  clot, nothing like that since");
* ``closing``: following triggers (windowed or unlimited) that count only where a clause
  ends right after them, at punctuation, the end, or one of ``CLOSING_TAIL`` ("..., they
  operated and it's been ok, just ..." is over; "it's been ok today" is not);
* ``following_nearest``: finding labels; a windowed following trigger does not reach a span of
  one of them over a span of another of them ("my toes are black and the ulcer is healed": the
  ulcer healed, the toes are black now);
* ``released_by``: a recurrence said after a span in its sentence, or in the next one before any
  finding there, undoes this context for it, unless an over-word follows the recurrence ("I used
  to get pain at night and it has come back", "the ulcer healed in 2019 but it's back"; not "it
  came back, then healed for good"), or a denial or a modal comes just before it ("it hasn't come
  back", "it might come back"), or another finding is named in its clause before it ("..., but the
  walking pain is creeping back": ``released_nearest``), or it is asked ("?"); a phrase that is
  also ``closing`` counts only where a clause ends after it ("it's back." but not "it's back to
  normal");
* ``reach_back``: following triggers that open a sentence ("It healed in a
  fortnight.", "Nothing like that since.") also reach the last part of the
  sentence before (after its last termination);
* negspacy cancels a trigger that starts where a pseudo phrase ends ("my wife
  says | her legs ..."); here a pseudo phrase cancels only the triggers that
  start inside it, and a termination inside a trigger ("mine" of "a friend of
  mine") does not cut that trigger's scope.

One instance per context, each with its own termset (patterns/context.yml);
the result is ``span._.<extension_name>`` (True / False).
"""


from typing import Dict, Iterable, List, Sequence, Set, Tuple

from negspacy.negation import Negex
from negspacy.termsets import termset as negspacy_termset
from spacy.language import Language
from spacy.tokens import Doc, Span

DASHES = {"-", "–", "—", "•"}
DENIAL_JOINERS = {"and", "or", "nor", ",", "&"}  # between denials that answer questions together
NEGATIONS = {"n't", "nt", "not", "never", "no"}  # before a word of getting better: "won't heal"
# up to two words before a recurrence (``released_by``) that make it none: "it hasn't come back", "it might
# come back", "if it came back", "the chance of it happening again" (and "to" right before it: "want it to
# come back")
NOT_RECURRING = NEGATIONS | {"without", "if", "of", "might", "could", "may", "will", "'ll", "ll", "would", "can",
                             "ca", "should", "wo", "unless", "nae", "nuh", "hope", "worried", "scared", "afraid"}
# words that may finish a reported yes ("I said yes it does, sometimes"), and the words that
# start the next clause after it ("... and I said yes and she sent me for a scan")
ANSWER_TAIL = {"yes", "it", "they", "i", "she", "he", "does", "do", "did", "have", "has", "had", "is", "are",
               "sometimes", "often", "too", "now", "a", "bit", "lot", "little", "definitely", "really"}
CLAUSE_JOINERS = {"and", "but", "so", "though"}
# words after which a ``closing`` trigger still ends its clause ("now it's healed but ...", "it's
# been fine since", "ok now"); not "and", which may go on with the same state ("warm and swollen")
CLOSING_TAIL = {"but", "though", "so", "since", "ever", "now", "again", "thankfully", "touch"}
# first word -> [(length, {phrase as lower-cased words})], longest first (SpanContext.phrases)
Phrases = Dict[str, List[Tuple[int, Set[Tuple[str, ...]]]]]
TERMSET_KEYS = ("pseudo_negations", "preceding_negations", "following_negations", "termination")
_SHORT_KEYS = {
    "pseudo": "pseudo_negations",
    "preceding": "preceding_negations",
    "following": "following_negations",
    "termination": "termination",
}


def without_apostrophes(terms: Iterable[str]) -> List[str]:
    """The terms, and each one with an apostrophe also as typed without it ("isn't" -> "isnt")."""
    out = list(terms)
    out += [t.replace("'", "") for t in out if "'" in t and t.replace("'", "").strip()]
    return list(dict.fromkeys(out))


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
            # a list may hold a shared list (a YAML alias) beside its own words: flatten one level
            flat = [w for item in words for w in (item if isinstance(item, list) else [item])]
            terms[key] = list(dict.fromkeys(terms[key] + flat))
    else:
        terms = {key: list(spec.get(short) or []) for short, key in _SHORT_KEYS.items()}
    # negspacy's PhraseMatcher needs at least one phrase per key
    return {key: without_apostrophes(str(w) for w in terms[key]) or ["\u2063"] for key in TERMSET_KEYS}


@Language.factory(
    "symptom_context",
    default_config={
        "extension_name": "negated",
        "termset": {"preceding": ["no"]},
        "spans_key": "findings",
        "window": 8,
        "comma_terminates": True,
        "list_words": ["or", "nor"],
        "comma_continues": [],
        "comma_adjectives": [],
        "dash_terminates": False,
        "clause_start": [],
        "sentence_start": [],
        "sentence_start_unless": [],
        "question_start": [],
        "sentence_start_not_on": [],
        "sentence_start_modal": [],
        "sentence_lead": [],
        "answer_denials": [],
        "answer_closing_denials": [],
        "answer_sentences": 1,
        "answer_affirmations": [],
        "answer_inverting": [],
        "reach_back": [],
        "following_unlimited": [],
        "answered_yes": [],
        "question_frames": [],
        "question_continues": [],
        "closing": [],
        "following_nearest": [],
        "released_by": [],
        "released_nearest": [],
        "extra_spans_keys": [],
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
    comma_continues: Sequence[str],
    comma_adjectives: Sequence[str],
    dash_terminates: bool,
    clause_start: Sequence[str],
    sentence_start: Sequence[str],
    sentence_start_unless: Sequence[str],
    question_start: Sequence[str],
    sentence_start_not_on: Sequence[str],
    sentence_start_modal: Sequence[str],
    sentence_lead: Sequence[str],
    answer_denials: Sequence[str],
    answer_closing_denials: Sequence[str],
    answer_sentences: int,
    answer_affirmations: Sequence[str],
    answer_inverting: Sequence[str],
    reach_back: Sequence[str],
    following_unlimited: Sequence[str],
    answered_yes: Sequence[str],
    question_frames: Sequence[str],
    question_continues: Sequence[str],
    closing: Sequence[str],
    following_nearest: Sequence[str],
    released_by: Sequence[str],
    released_nearest: Sequence[str],
    extra_spans_keys: Sequence[str],
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
        comma_continues=comma_continues,
        comma_adjectives=comma_adjectives,
        dash_terminates=dash_terminates,
        clause_start=clause_start,
        sentence_start=sentence_start,
        sentence_start_unless=sentence_start_unless,
        question_start=question_start,
        sentence_start_not_on=sentence_start_not_on,
        sentence_start_modal=sentence_start_modal,
        sentence_lead=sentence_lead,
        answer_denials=answer_denials,
        answer_closing_denials=answer_closing_denials,
        answer_sentences=answer_sentences,
        answer_affirmations=answer_affirmations,
        answer_inverting=answer_inverting,
        reach_back=reach_back,
        following_unlimited=following_unlimited,
        answered_yes=answered_yes,
        question_frames=question_frames,
        question_continues=question_continues,
        closing=closing,
        following_nearest=following_nearest,
        released_by=released_by,
        released_nearest=released_nearest,
        extra_spans_keys=extra_spans_keys,
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
        sentence_start: Sequence[str] = (),
        sentence_start_unless: Sequence[str] = (),
        question_start: Sequence[str] = (),
        sentence_start_not_on: Sequence[str] = (),
        sentence_start_modal: Sequence[str] = (),
        sentence_lead: Sequence[str] = (),
        answer_denials: Sequence[str] = (),
        answer_closing_denials: Sequence[str] = (),
        answer_sentences: int = 1,
        answer_affirmations: Sequence[str] = (),
        answer_inverting: Sequence[str] = (),
        reach_back: Sequence[str] = (),
        following_unlimited: Sequence[str] = (),
        answered_yes: Sequence[str] = (),
        question_frames: Sequence[str] = (),
        question_continues: Sequence[str] = (),
        extra_spans_keys: Sequence[str] = (),
        comma_continues: Sequence[str] = (),
        comma_adjectives: Sequence[str] = (),
        dash_terminates: bool = False,
        closing: Sequence[str] = (),
        following_nearest: Sequence[str] = (),
        released_by: Sequence[str] = (),
        released_nearest: Sequence[str] = (),
    ) -> None:
        super().__init__(nlp, name, neg_termset, [], extension_name, [])
        self.spans_key = spans_key
        # further span groups that get the same context marks (spans held back by a block, extractor.py)
        self.extra_spans_keys = [k for k in extra_spans_keys if k != spans_key]
        self.window = int(window)
        self.comma_terminates = bool(comma_terminates)
        self.list_words = {w.lower() for w in list_words}
        self.comma_adjectives = {w.lower() for w in comma_adjectives}
        self.clause_start = {w.lower() for w in clause_start}

        def phrases(terms: Sequence[str]) -> Phrases:
            """Tokenised phrases by their first word, then by length, longest first: a lookup per
            token, not a scan of every phrase (the ``made`` rows give hundreds per first word)."""
            by_first: Dict[str, Dict[int, set]] = {}
            for term in without_apostrophes(terms):
                words = tuple(t.lower_ for t in nlp.tokenizer(term))
                by_first.setdefault(words[0], {}).setdefault(len(words), set()).add(words)
            return {first: sorted(by_length.items(), reverse=True) for first, by_length in by_first.items()}

        self.sentence_start = phrases(sentence_start)
        self.sentence_start_unless = phrases(sentence_start_unless)
        self.question_start = phrases(question_start)
        self.sentence_start_not_on = {w.lower() for w in sentence_start_not_on}
        self.sentence_start_modal = {w.lower() for w in sentence_start_modal}
        self.sentence_lead = {w.lower() for w in sentence_lead}
        self.answer_denials = phrases(answer_denials)
        self.answer_closing_denials = phrases(answer_closing_denials)
        self.answer_sentences = int(answer_sentences)
        self.answer_affirmations = phrases(answer_affirmations)
        self.answer_inverting = {w.lower() for w in answer_inverting}
        self.reach_back = phrases(reach_back)
        self.following_unlimited = phrases(following_unlimited)
        self.answered_yes = phrases(answered_yes)
        self.question_frames = phrases(question_frames)
        self.question_continues = phrases(question_continues)
        self.comma_continues = phrases(comma_continues)
        self.closing = {p for by_length in phrases(closing).values() for _, same in by_length for p in same}
        self.following_nearest = set(following_nearest)
        self.released_by = phrases(released_by)
        self.released_nearest = set(released_nearest)
        self.dash_terminates = bool(dash_terminates)

    # -- triggers --------------------------------------------------------------------
    def process_negations(self, doc: Doc):
        """negspacy's trigger search (its signature), with the scoping fixes of ``_triggers``."""
        return self._triggers(doc)[:3]

    def _triggers(self, doc: Doc):
        """Preceding, following and terminating triggers, and the pseudo phrases. Three scoping
        fixes over negspacy: a pseudo phrase cancels the triggers that start inside it (negspacy:
        also one that starts right after it, "my wife says | her legs"), except a longer trigger
        that starts where it starts (pseudo "can not", trigger "can not see any"); and a
        termination inside a trigger ("mine" of "a friend of mine") is ignored."""
        strings = self.nlp.vocab.strings
        matches = [(strings[m], s, e) for m, s, e in self.matcher(doc)]
        pseudo = [(s, e) for kind, s, e in matches if kind == "pseudo"]

        def cancelled(s: int, e: int) -> bool:
            return any(ps <= s < pe and not (s == ps and e > pe) for ps, pe in pseudo)

        preceding, following, terminating = [], [], []
        for kind, s, e in matches:
            if kind == "pseudo" or cancelled(s, e) or not self._closes(doc, s, e):
                continue
            if kind == "Preceding":
                preceding.append((kind, s, e))
            elif kind == "Following":
                following.append((kind, s, e))
            elif kind == "Termination":
                terminating.append((kind, s, e))
        triggers = [(s, e) for _, s, e in preceding + following]
        terminating = [t for t in terminating if not any(s <= t[1] < e and (s, e) != (t[1], t[2])
                                                         for s, e in triggers)]
        return preceding, following, terminating, pseudo

    def _closes(self, doc: Doc, s: int, e: int) -> bool:
        """False for a ``closing`` phrase at s..e that does not end its clause."""
        if tuple(t.lower_ for t in doc[s:e]) not in self.closing:
            return True
        return e >= len(doc) or doc[e].is_punct or doc[e].is_sent_start or doc[e].lower_ in CLOSING_TAIL

    def _all_spans(self, doc: Doc) -> List[Span]:
        spans: List[Span] = []
        for key in [self.spans_key] + self.extra_spans_keys:
            if key in doc.spans:
                spans.extend(doc.spans[key])
        return spans

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
            if (not is_list and not self._phrase_at(doc, after, self.comma_continues)
                    and not self._between_adjectives(doc, tok.i)):
                cuts.append(after)
        return cuts

    _DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "my", "your", "this", "that"}

    def _between_adjectives(self, doc: Doc, comma: int) -> bool:
        """A comma between two adjectives of one noun phrase ("a cold, pale foot", "her red, hot,
        swollen calf"): the first right after a determiner (or itself after such a comma)."""
        if not self.comma_adjectives or comma < 2 or comma + 1 >= len(doc):
            return False
        if doc[comma - 1].lower_ not in self.comma_adjectives or doc[comma + 1].lower_ not in self.comma_adjectives:
            return False
        before = doc[comma - 2]
        return before.lower_ in self._DETERMINERS or (before.text == "," and self._between_adjectives(doc, comma - 2))

    def _dashes(self, doc: Doc) -> List[int]:
        """Spaced dashes between notes ("- no pain at rest - ex-smoker"), not hyphens in words."""
        if not self.dash_terminates:
            return []
        return [t.i for t in doc if t.text in DASHES and (t.i == 0 or doc[t.i - 1].whitespace_)]

    def chunks(self, doc: Doc, terminating: Iterable[Tuple[int, int, int]]) -> List[Tuple[int, int]]:
        starts = sorted(
            {s.start for s in doc.sents}
            | {t[1] for t in terminating}
            | set(self._comma_boundaries(doc))
            | set(self._dashes(doc))
            | {len(doc)}
        )
        if not starts or starts[0] != 0:
            starts = [0] + starts
        return list(zip(starts[:-1], starts[1:]))

    @staticmethod
    def _phrase_at(doc: Doc, i: int, by_first: Phrases) -> int:
        """Length of the longest phrase of ``by_first`` that starts at token i (0: none)."""
        if i >= len(doc):
            return 0
        for n, same in by_first.get(doc[i].lower_, ()):
            if i + n <= len(doc) and tuple(t.lower_ for t in doc[i:i + n]) in same:
                return n
        return 0

    def _sentence_start_triggers(self, doc: Doc) -> List[Tuple[int, int]]:
        """(start, end) of ``sentence_start`` phrases that open a sentence (after lead words like "so")."""
        if not self.sentence_start and not self.question_start:
            return []
        found = []
        for sent in doc.sents:
            i = self._after_lead(doc, sent.start, sent.end)
            n = self._phrase_at(doc, i, self.sentence_start)
            if not n and doc[sent.end - 1].text == "?":
                n = self._phrase_at(doc, i, self.question_start)
            if n and not self._phrase_at(doc, i, self.sentence_start_unless):
                found.append((i, i + n))
        return found

    def _answered_questions(self, doc: Doc, spans: Sequence[Span]) -> List[Span]:
        """Spans of questions answered by a bare denial: "swelling? none", "Pain when resting?
        My husband asked me that too. No.", "Foot ulcer? ... both feet, and honestly, nothing at all"."""
        if not self.answer_denials:
            return []
        sents = list(doc.sents)
        answered: List[Span] = []

        def is_question(sent: Span) -> bool:
            return doc[sent.end - 1].text == "?"

        for k, question in enumerate(sents):
            if not is_question(question):
                continue
            if self._asks_if_better(doc, question):
                continue  # "Is the sore healing? No." affirms the sore
            asked = [s for s in spans if question.start <= s.start < question.end
                     and question.end - s.end <= self.window]
            # a run of questions is answered together: "cold? blue? wounds? no no and no"
            first = k + 1
            while first < len(sents) and is_question(sents[first]):
                first += 1
            for answer in sents[first:first + self.answer_sentences]:
                opening = self._after_lead(doc, answer.start, answer.end)
                if is_question(answer) or self._phrase_at(doc, opening, self.answer_affirmations):
                    break
                # "No, not cold" opens an answer; a closing clause must end the sentence
                denial = self._denial_at(doc, opening, opening + 1, self.answer_denials) or self._denial_at(
                    doc, self._last_clause(doc, answer), answer.end, self.answer_closing_denials)
                before = answer.end if not denial else denial
                # the question's finding named again before the denial is an answer of its own
                asked = [s for s in asked if not any(o.label == s.label and sents[first].start <= o.start < before
                                                     for o in spans)]
                if denial:
                    answered.extend(asked)
                    break
        return answered

    def _asks_if_better(self, doc: Doc, question: Span) -> bool:
        """The question asks whether it is healing or better ("Is the sore healing?"), not about
        something that will not get better ("Any cuts that won't heal?")."""
        for t in question:
            if t.lower_ in self.answer_inverting and not any(
                doc[j].lower_ in NEGATIONS for j in range(max(question.start, t.i - 2), t.i)
            ):
                return True
        return False

    def _after_lead(self, doc: Doc, i: int, end: int) -> int:
        """The first token from i on that is not a lead word ("so", "well", "ok")."""
        while i < end and doc[i].lower_ in self.sentence_lead:
            i += 1
        return i

    def _denial_at(self, doc: Doc, i: int, end: int, denials: Phrases) -> int:
        """i when ``denials`` start there, one or several ("no no and no"), and only punctuation
        follows them up to ``end`` (or the next punctuation, whichever is further), else 0."""
        n = self._phrase_at(doc, i, denials)
        ends = [i + n] if n else []
        while ends and ends[-1] < len(doc):
            j = ends[-1]
            joined = j + 1 if doc[j].lower_ in DENIAL_JOINERS else j
            more = self._phrase_at(doc, joined, denials)
            if not more:
                break
            ends.append(joined + more)
        # "no no and no."; "wouldn't say so, no more than anyone" ends after "so"
        if any(all(t.is_punct for t in doc[j:max(end, j + 1)]) for j in ends):
            return i
        return 0

    @staticmethod
    def _last_clause(doc: Doc, sent: Span) -> int:
        """Start of the part of a sentence after its last comma (its end when it has none)."""
        commas = [t.i for t in sent if t.text == ","]
        return commas[-1] + 1 if commas else sent.end

    def _reaching_back(self, doc: Doc, terminating, pseudo: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
        """(start, end) of the part of a sentence that a ``reach_back`` phrase opening the next
        sentence speaks of: the sentence after its last termination ("Had a sore on my heel last
        spring. It healed in a fortnight."); a span there must end within ``window`` tokens of
        the sentence end. A pseudo phrase at the same place cancels it ("It settled when I ...")."""
        if not self.reach_back:
            return []
        sents = list(doc.sents)
        found = []
        for before, sent in zip(sents, sents[1:]):
            i = self._after_lead(doc, sent.start, sent.end)
            if not self._phrase_at(doc, i, self.reach_back):
                continue
            if any(s <= i < e for s, e in pseudo):
                continue
            start = max([before.start] + [t[2] for t in terminating if before.start <= t[1] < before.end])
            found.append((start, before.end))
        return found

    def _continued_in_questions(self, doc: Doc, terminating):
        """The terminations, less those of ``question_continues`` inside a question that a
        ``question_frames`` phrase opens ("what should I do if ... and I can't ...?")."""
        if not self.question_frames:
            return terminating
        questions = [(sent.start, sent.end) for sent in doc.sents
                     if doc[sent.end - 1].text == "?"
                     and self._phrase_at(doc, self._after_lead(doc, sent.start, sent.end), self.question_frames)]
        return [t for t in terminating
                if not (any(start <= t[1] < end for start, end in questions)
                        and self._phrase_at(doc, t[1], self.question_continues) == t[2] - t[1])]

    def _unlimited_following(self, doc: Doc, pseudo: List[Tuple[int, int]]) -> List[int]:
        """Token indices where a ``following_unlimited`` phrase starts (not inside a pseudo phrase)."""
        if not self.following_unlimited:
            return []
        found = []
        for i in range(len(doc)):
            n = self._phrase_at(doc, i, self.following_unlimited) if doc[i].lower_ in self.following_unlimited else 0
            if n and self._closes(doc, i, i + n) and not any(s <= i < e for s, e in pseudo):
                found.append(i)
        return found

    def _answered_yes(self, doc: Doc, spans: Sequence[Span], pseudo: List[Tuple[int, int]]) -> List[Span]:
        """Spans of a reported question answered yes: an ``answered_yes`` phrase after the span in
        its sentence, or opening the next one, that ends a clause (punctuation or the end follows)."""
        if not self.answered_yes:
            return []
        sents = list(doc.sents)
        answers = []
        for k, sent in enumerate(sents):
            for i in range(sent.start, sent.end):
                n = self._phrase_at(doc, i, self.answered_yes)
                if not n or any(s <= i < e for s, e in pseudo):
                    continue
                end = i + n
                while end < len(doc) and doc[end].lower_ in ANSWER_TAIL:
                    end += 1  # "I said yes it does, sometimes"
                if end < len(doc) and not doc[end].is_punct and doc[end].lower_ not in CLAUSE_JOINERS:
                    continue  # "... and I have to lose it" goes on: not an answer
                opens_next = k > 0 and i == self._after_lead(doc, sent.start, sent.end)
                answers.append((sents[k - 1].start if opens_next else sent.start, i))
        return [span for span in spans if any(start <= span.start and span.end <= i for start, i in answers)]

    def negex(self, doc: Doc) -> Doc:
        spans = self._all_spans(doc)
        if not len(spans):
            return doc
        preceding, following, terminating, pseudo = self._triggers(doc)
        unlimited = self._unlimited_following(doc, pseudo)
        # a termination that opens an unlimited trigger ("now" of "now normal") is part of it
        terminating = [t for t in terminating if t[1] not in unlimited]
        terminating = self._continued_in_questions(doc, terminating)
        for r_start, r_end in self._reaching_back(doc, terminating, pseudo):
            for span in spans:
                if r_start <= span.start and span.end <= r_end and r_end - span.end <= self.window:
                    span._.set(self.extension_name, True)
        sentence_starts = self._sentence_start_triggers(doc)
        for span in self._answered_questions(doc, spans):
            span._.set(self.extension_name, True)
        for b_start, b_end in self.chunks(doc, terminating):
            far = [i for i in unlimited if b_start <= i < b_end]
            if far:
                for span in spans:
                    if b_start <= span.start and any(span.end <= i and not self._another_between(span, i, spans)
                                                     for i in far):
                        span._.set(self.extension_name, True)
            pre = [(s, e) for _, s, e in preceding if b_start <= s < b_end]
            fol = [(s, e) for _, s, e in following if b_start <= s < b_end]
            starts = [(s, e) for s, e in sentence_starts if b_start <= s < b_end]
            modal = [(s, e) for s, e in starts if doc[s].lower_ in self.sentence_start_modal]
            if not pre and not fol and not starts:
                continue
            for span in spans:
                if not (b_start <= span.start < b_end):
                    continue
                # the person's own body, in the span or right before it ("Does the smoking make my
                # foot go cold like this?": the span is "foot go cold")
                own = any(t.lower_ in self.sentence_start_not_on
                          for t in doc[max(span.start - 1, b_start):span.end])
                if self.applies(span, pre + (modal if own else starts), fol, spans):
                    span._.set(self.extension_name, True)
        for span in self._answered_yes(doc, spans, pseudo):
            span._.set(self.extension_name, False)
        for span in self._released(doc, spans, following, unlimited, pseudo):
            span._.set(self.extension_name, False)
        return doc

    def _released(self, doc: Doc, spans: Sequence[Span], following, unlimited: List[int],
                  pseudo: List[Tuple[int, int]]) -> List[Span]:
        """Spans held by this context that a ``released_by`` phrase (a recurrence) follows in their
        sentence, or in the next one before any finding there, with no over-word (a following
        trigger, or a ``reach_back`` phrase opening the next sentence) after the recurrence: the
        last word on it is that it is back."""
        if not self.released_by or not any(t.lower_ in self.released_by for t in doc):
            return []  # no recurrence's first word: most messages
        sents = list(doc.sents)
        ends = [e for _, _, e in following] + [i + self._phrase_at(doc, i, self.following_unlimited)
                                                  for i in unlimited]
        released = []
        for k, sent in enumerate(sents):
            if doc[sent.end - 1].text == "?":
                continue  # asked, not said: "what's the chance of it coming back?"
            for i in range(sent.start, sent.end):
                n = self._phrase_at(doc, i, self.released_by)
                if not n or any(s <= i < e for s, e in pseudo) or not self._closes(doc, i, i + n):
                    continue
                before = [doc[j].lower_ for j in range(max(sent.start, i - 2), i)]
                if before[-1:] == ["to"] or set(before) & NOT_RECURRING:
                    continue
                # no finding before it in its sentence: it speaks of the one before ("... took months
                # to heal. It came back in March.")
                opens_next = k > 0 and not any(sent.start <= x.start < i for x in spans)
                start = sents[k - 1].start if opens_next else sent.start
                if any(i < e <= sent.end for e in ends):
                    continue  # "it came back, then healed for good": over after all
                if k + 1 < len(sents) and self._phrase_at(
                        doc, self._after_lead(doc, sents[k + 1].start, sents[k + 1].end), self.reach_back):
                    continue  # "... came back in May. It healed in a fortnight."
                released.append((start, i))
        return [span for span in spans if span._.get(self.extension_name)
                and any(start <= span.start and span.end <= i and not self._named_between(span, i, spans)
                        for start, i in released)]

    def _named_between(self, span: Span, i: int, spans: Sequence[Span]) -> bool:
        """A finding of ``released_nearest`` named between ``span`` and a recurrence at i, in the
        recurrence's clause: the recurrence is that one's ("pain at night, all gone now, but the
        walking pain is creeping back"; not "the burning pain has come back", a quality of it)."""
        doc = span.doc
        return any(o.label_ in self.released_nearest and o.label_ != span.label_ and span.end <= o.start and o.end <= i
                   and not any(doc[k].is_punct or doc[k].lower_ in CLAUSE_JOINERS for k in range(o.end, i))
                   for o in spans)

    def applies(self, span: Span, pre, fol, spans: Sequence[Span] = ()) -> bool:
        if any(s < span.start and span.start - e <= self.window for s, e in pre):
            return True
        return any(s >= span.end and s - span.end <= self.window and not self._another_between(span, s, spans)
                   for s, e in fol)

    def _another_between(self, span: Span, i: int, spans: Sequence[Span]) -> bool:
        """A span of another ``following_nearest`` finding between ``span`` and a following trigger
        at i, in the trigger's clause: the trigger speaks of that one ("my toes are black and the
        ulcer is healed"), not of the whole episode ("sudden agony, they found a clot and it's been
        fine since")."""
        if span.label_ not in self.following_nearest:
            return False
        doc = span.doc
        return any(o.label_ in self.following_nearest and o.label_ != span.label_ and span.end <= o.start
                   and o.end <= i and not any(doc[k].is_punct or doc[k].lower_ in CLAUSE_JOINERS
                                              for k in range(o.end, i))
                   for o in spans)
