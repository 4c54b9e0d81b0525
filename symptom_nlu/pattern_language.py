"""The small pattern language of ``patterns/`` compiled to spaCy Matcher patterns.

A pattern is a line of space-separated items; each item matches one token
unless it says otherwise (patterns/README.md has the reference):

``word``       the token's norm is ``word`` (its lower-cased text, spelling corrected)
``~word``      the token's lemma is the lemma of ``word`` (``~calves`` == ``~calf``)
``a|b|c``      any of the words (``~a|b`` any of the lemmas)
``item?``      the token is optional
``$NAME``      one or more tokens of a phrase of the list NAME in lexicon.yml
               (``$NAME?``: or nothing); the lists are matched first (``CueTagger``)
               and marked on the tokens, so a finding pattern tests one token attribute
``(a b|c d)``  any of the phrases (``(...)?``: or nothing); phrases use the same items
``GAPn``       up to n tokens that are not punctuation and not in ``gap_stop``
               (clause breaks, negations, relief words)
``GAPCn``      up to n tokens, commas allowed ("swollen, hot and red"), not in
               ``gapc_stop`` (clause breaks and negations only: "has gone white")
``NUM``        a token that looks like a number

The output is the standard spaCy token-pattern format (lists of dicts), so the
matching itself is done by spaCy's own SpanRuler.
"""
from __future__ import annotations

import itertools
import json
import re
from typing import Callable, Dict, List, Mapping, Optional, Sequence, Tuple

TokenPattern = List[Dict]

SENTENCE_PUNCT = [".", "!", "?", ";", ":", "\n"]
# spaCy splits "doesnt" into "does" + "nt" and "im" into "i" + "m": a pattern word
# with an apostrophe also matches the form typed without it.
APOSTROPHE_FREE = {"n't": "nt", "'m": "m", "'ve": "ve", "'re": "re", "'ll": "ll", "'d": "d"}
MAX_ALTERNATIVES = 400  # per pattern line; more means a list was meant as a GAP
# A gap this long compiles to one alternative per length (0..n tokens, none optional), not n
# optional tokens: spaCy's Matcher forks a state at every optional token, so a 16-token gap
# cost more than all the short patterns together. The matched spans are the same.
EXACT_GAP_FROM = 10


_ITEM = re.compile(r"\([^()]*\)\??|[^\s()]+")


def split_items(line: str) -> List[str]:
    """Items of a pattern line: words, and parenthesised groups kept whole."""
    items = _ITEM.findall(line)
    if "".join("".join(items).split()) != "".join(line.split()):
        raise PatternLanguageError(f"unbalanced parentheses in {line!r}")
    return items


class PatternLanguageError(ValueError):
    """A pattern line that cannot be compiled; the message names the line."""


class PatternCompiler:
    def __init__(
        self,
        lexicon: Mapping[str, Sequence[str]],
        gap_stop: Sequence[str],
        gapc_stop: Sequence[str],
        lemma_of: Callable[[str], str],
        max_inline: int = 3,
        split_word: Optional[Callable[[str], List[str]]] = None,
    ) -> None:
        self.split_word = split_word
        self.marked_lists: set = set()  # lists that patterns test as a token mark (CueTagger must tag them)
        self.lexicon = lexicon
        self.max_inline = max_inline  # lists with more (factored) phrases are tested as a token mark
        # a gap stops at "nt" as at "n't": "my leg isnt cold" must not read as "leg ... cold"
        self.gap_stop = sorted(with_apostrophe_free(gap_stop))
        self.gapc_stop = sorted(with_apostrophe_free(gapc_stop))
        self.lemma_of = lemma_of
        self._macro_cache: Dict[str, List[TokenPattern]] = {}

    # -- public -----------------------------------------------------------------
    def compile(self, line: str) -> List[TokenPattern]:
        """All token patterns that the line stands for."""
        try:
            alternatives = self._sequence(split_items(line), stack=())
        except PatternLanguageError as err:
            raise PatternLanguageError(f"{err} (in pattern {line!r})") from None
        if not alternatives or any(not alt for alt in alternatives):
            raise PatternLanguageError(f"pattern {line!r} can match nothing")
        if all(all(tok.get("OP") == "?" for tok in alt) for alt in alternatives):
            raise PatternLanguageError(f"pattern {line!r} has only optional items")
        alternatives = factor(alternatives)
        if len(alternatives) > MAX_ALTERNATIVES:
            raise PatternLanguageError(
                f"pattern {line!r} expands to {len(alternatives)} alternatives (> {MAX_ALTERNATIVES})"
            )
        return alternatives

    def compile_list(self, name: str) -> List[TokenPattern]:
        """Token patterns for the phrases of one lexicon list (lists inside it are inlined)."""
        return self._macro(name, stack=("<list>",))

    # -- internals --------------------------------------------------------------
    def _sequence(self, items: Sequence[str], stack) -> List[TokenPattern]:
        result: List[TokenPattern] = [[]]
        for item in items:
            options = self._item(item, stack)
            result = [head + tail for head, tail in itertools.product(result, options)]
            if len(result) > MAX_ALTERNATIVES * 4:
                raise PatternLanguageError("too many alternatives")
        return result

    def _item(self, item: str, stack) -> List[TokenPattern]:
        if item.startswith("("):
            optional = item.endswith(")?")
            inner = item[1:-2] if optional else item[1:-1]
            options: List[TokenPattern] = []
            for phrase in inner.split("|"):
                if not phrase.strip():
                    raise PatternLanguageError(f"empty phrase in {item!r}")
                options += self._sequence(split_items(phrase), stack)
            return options + ([[]] if optional else [])
        gap = re.fullmatch(r"GAP(C?)(\d+)", item)
        if gap:
            filler, n = self._filler(comma=bool(gap.group(1))), int(gap.group(2))
            if n >= EXACT_GAP_FROM:
                exact = {k: v for k, v in filler.items() if k != "OP"}
                return [[dict(exact) for _ in range(k)] for k in range(n + 1)]
            return [[dict(filler) for _ in range(n)]]
        if item == "NUM":
            return [[{"LIKE_NUM": True}]]
        if item.startswith("$"):
            optional = item.endswith("?")
            name = item[1:-1] if optional else item[1:]
            if not stack:
                if name not in self.lexicon:
                    raise PatternLanguageError(f"unknown list ${name} (not in lexicon.yml)")
                inline = self._macro(name, stack=("<list>",))
                if len(inline) > self.max_inline:
                    self.marked_lists.add(name)
                    return [[{"_": {cue_extension(name): True}, "OP": "*" if optional else "+"}]]
                return inline + ([[]] if optional else [])
            options = self._macro(name, stack)
            return options + ([[]] if optional else [])
        optional = item.endswith("?") and len(item) > 1
        word = item[:-1] if optional else item
        token = self._token(word)
        if optional:
            token["OP"] = "?"
        return [[token]]

    def _token(self, word: str) -> Dict:
        if any(c in word for c in "()$") or (not word.startswith("~") and "~" in word):
            raise PatternLanguageError(f"malformed item {word!r}")
        if word.startswith("~") and len(word) > 1:
            lemmas = sorted({self.lemma_of(w.lstrip("~")) for w in word[1:].split("|") if w.lstrip("~")})
            return {"LEMMA": lemmas[0]} if len(lemmas) == 1 else {"LEMMA": {"IN": lemmas}}
        if word != "|" and (word.startswith("|") or word.endswith("|") or "||" in word):
            # "a|(b c)" would silently read as the words "a", "b c" in sequence
            raise PatternLanguageError(f"malformed item {word!r}: write alternatives with phrases as one group (a|b c)")
        words = {w.lower() for w in word.split("|") if w} if word != "|" else {"|"}
        if not words:
            raise PatternLanguageError(f"empty item {word!r}")
        if self.split_word is not None:
            for w in words:
                if w.startswith("'") or w in APOSTROPHE_FREE:
                    continue  # contraction suffixes are tokens only after a word ("I 've")
                parts = self.split_word(w)
                if len(parts) > 1:
                    raise PatternLanguageError(
                        f"{w!r} is {len(parts)} tokens for spaCy ({' '.join(parts)}): write them apart"
                    )
        words = sorted(words | {APOSTROPHE_FREE[w] for w in words if w in APOSTROPHE_FREE})
        return {"NORM": words[0]} if len(words) == 1 else {"NORM": {"IN": words}}

    def _filler(self, comma: bool) -> Dict:
        if comma:
            return {"OP": "?", "LOWER": {"NOT_IN": self.gapc_stop + SENTENCE_PUNCT}}
        return {"OP": "?", "IS_PUNCT": False, "LOWER": {"NOT_IN": self.gap_stop}}

    def _macro(self, name: str, stack) -> List[TokenPattern]:
        if name in stack:
            raise PatternLanguageError(f"list ${name} refers to itself")
        if name not in self.lexicon:
            raise PatternLanguageError(f"unknown list ${name} (not in lexicon.yml)")
        if name in self._macro_cache:
            return self._macro_cache[name]
        singles: Dict[str, set] = {"NORM": set(), "LEMMA": set()}
        multi: List[TokenPattern] = []
        for alternative in self.lexicon[name]:
            for option in self._sequence(split_items(str(alternative)), stack + (name,)):
                if len(option) == 1 and set(option[0]) <= {"NORM", "LEMMA"} and len(option[0]) == 1:
                    attr, value = next(iter(option[0].items()))
                    values = value["IN"] if isinstance(value, dict) else [value]
                    singles[attr].update(values)
                else:
                    multi.append(option)
        merged = [
            [{attr: ({"IN": sorted(values)} if len(values) > 1 else next(iter(values)))}]
            for attr, values in singles.items()
            if values
        ]
        self._macro_cache[name] = factor(merged + multi)
        return self._macro_cache[name]


def with_apostrophe_free(words: Sequence[str]) -> set:
    """Lower-cased words, with the apostrophe-free token of each contraction suffix ("n't" -> "nt")."""
    lowered = {w.lower() for w in words}
    return lowered | {APOSTROPHE_FREE[w] for w in lowered if w in APOSTROPHE_FREE}


def cue_extension(name: str) -> str:
    """Token extension (True/False) marking the tokens inside a phrase of list NAME."""
    return f"cue_{name}"


def _simple(token: Dict) -> Optional[Tuple[str, Tuple[str, ...], Optional[str]]]:
    """(attr, values, op) for a token that only tests LOWER or LEMMA equality / IN."""
    keys = set(token) - {"OP"}
    if len(keys) != 1:
        return None
    attr = next(iter(keys))
    if attr not in ("LOWER", "NORM", "LEMMA"):
        return None
    value = token[attr]
    if isinstance(value, str):
        return attr, (value,), token.get("OP")
    if isinstance(value, dict) and set(value) == {"IN"}:
        return attr, tuple(value["IN"]), token.get("OP")
    return None


def factor(options: List[TokenPattern]) -> List[TokenPattern]:
    """Merge alternatives that differ in one simple token into one with an IN list.

    ("really bad", "very bad", "so painful") -> [really|very|so] [bad|painful] is
    NOT done (that would over-generate); only alternatives identical except at
    one position are merged, so the set of matched phrases stays the same.
    Fewer patterns make spaCy's Matcher faster (its cost grows with their number).
    """
    options = [list(o) for o in options]
    changed = True
    while changed:
        changed = False
        for pos in range(max((len(o) for o in options), default=0)):
            groups: Dict[Tuple, List[int]] = {}
            for idx, opt in enumerate(options):
                if pos >= len(opt):
                    continue
                simple = _simple(opt[pos])
                if simple is None:
                    continue
                rest = json.dumps([t for i, t in enumerate(opt) if i != pos], sort_keys=True)
                groups.setdefault((len(opt), rest, simple[0], simple[2]), []).append(idx)
            merged_any = False
            drop = set()
            for (length, rest, attr, op), idxs in groups.items():
                if len(idxs) < 2:
                    continue
                values = sorted({v for i in idxs for v in _simple(options[i][pos])[1]})
                token: Dict = {attr: values[0] if len(values) == 1 else {"IN": values}}
                if op:
                    token["OP"] = op
                keep = idxs[0]
                options[keep] = options[keep][:pos] + [token] + options[keep][pos + 1:]
                drop.update(idxs[1:])
                merged_any = True
            if merged_any:
                options = [o for i, o in enumerate(options) if i not in drop]
                changed = True
    # identical alternatives once
    unique: Dict[str, TokenPattern] = {}
    for o in options:
        unique.setdefault(json.dumps(o, sort_keys=True), o)
    return list(unique.values())
