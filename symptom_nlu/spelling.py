"""Spelling correction towards the patterns' own words ("sudenly", "numbnes", "diabetis").

A token is corrected only when all of these hold:

* it is alphabetic and at least 4 letters long;
* it is not a word of the patterns (the vocabulary);
* it is not a real English word near one of them (``patterns/real_words.txt``,
  the words of spacy-lookups-data's English ``lexeme_prob`` table with a log
  probability of at least REAL_WORD_LOGPROB that lie within the edit
  distance of a vocabulary word: "heals" stays "heals", "bled" stays "bled");
* one vocabulary word is nearest, within 1 edit (2 edits for words of 8
  letters or more; an edit is an insertion, deletion, substitution or a swap
  of two neighbouring letters); a tie goes to the longer shared beginning,
  then the longer shared ending ("blocs" -> "blocks", not "block"),
  and is left uncorrected when that does not decide.

The correction goes into ``token.norm_`` and ``token.lemma_``, which the
patterns read (the original text and ``token.lower_`` are unchanged).

Regenerate the real-word list after changing the patterns:

    .venv/bin/python -m symptom_nlu.spelling --write
"""
import argparse
import gzip
import json
from collections import defaultdict
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Set

REAL_WORDS_FILE = Path(__file__).resolve().parent / "patterns" / "real_words.txt"
REAL_WORD_LOGPROB = -14.0  # "controll" (-14.8) is web text, not a word; "bled" (-13.4) is one
MIN_LENGTH = 4


def max_edits(word: str) -> int:
    return 1 if len(word) < 8 else 2


def _deletes(word: str, n: int) -> Set[str]:
    out = {word}
    frontier = {word}
    for _ in range(n):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps)."""
    prev2: Optional[List[int]] = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


class SpellingCorrector:
    def __init__(self, vocabulary: Iterable[str], real_words: Iterable[str] = ()) -> None:
        self.vocabulary = {w for w in vocabulary if w.isalpha() and len(w) >= MIN_LENGTH}
        self.real_words = set(real_words)
        self.index: Dict[str, Set[str]] = defaultdict(set)
        for word in self.vocabulary:
            for variant in _deletes(word, max_edits(word)):
                self.index[variant].add(word)

    def candidates(self, word: str) -> Set[str]:
        found: Set[str] = set()
        for variant in _deletes(word, max_edits(word)):
            found |= self.index.get(variant, set())
        return found

    def correct(self, word: str) -> Optional[str]:
        """The vocabulary word meant, or None (known word, no candidate, or a tie)."""
        if len(word) < MIN_LENGTH or not word.isalpha() or word in self.vocabulary or word in self.real_words:
            return None
        limit = max_edits(word)
        scored = sorted(
            (edit_distance(word, c), -_shared_prefix(word, c), -_shared_prefix(word[::-1], c[::-1]), c)
            for c in self.candidates(word)
        )
        scored = [s for s in scored if s[0] <= limit]
        if not scored or (len(scored) > 1 and scored[0][:3] == scored[1][:3]):
            return None
        return scored[0][3]


def load_real_words(path: Path = REAL_WORDS_FILE) -> Set[str]:
    if not path.exists():
        return set()
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}


def english_word_logprobs() -> Dict[str, float]:
    """spacy-lookups-data's English word log probabilities (the raw file: spaCy's Table keeps only hashes)."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).resolve().parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def near_real_words(vocabulary: Iterable[str], logprobs: Dict[str, float]) -> List[str]:
    """Real words (log probability >= REAL_WORD_LOGPROB) within reach of a vocabulary word."""
    corrector = SpellingCorrector(vocabulary)
    near = []
    for word, logprob in logprobs.items():
        if logprob < REAL_WORD_LOGPROB or not word.isalpha() or len(word) < MIN_LENGTH:
            continue
        word = word.lower()
        if word in corrector.vocabulary:
            continue
        limit = max_edits(word)
        if any(edit_distance(word, c) <= limit for c in corrector.candidates(word)):
            near.append(word)
    return sorted(set(near))


def pipeline_vocabulary(nlp) -> Set[str]:
    """Words the built pipeline's patterns test (NORM and LEMMA values), and the number words."""
    from .quantities import FUZZY, ONES, SCALES, TENS, UNITS

    # unit abbreviations ("secs", "mins", "yds") are left out: "cecs" is not "secs"
    words: Set[str] = {u for u in UNITS if len(u) > 4} | set(ONES) | set(TENS) | set(FUZZY) | set(SCALES)

    def collect(pattern: Iterable[Dict]) -> None:
        for token in pattern:
            for attr in ("NORM", "LEMMA"):
                value = token.get(attr)
                if isinstance(value, str):
                    words.add(value)
                elif isinstance(value, dict) and "IN" in value:
                    words.update(value["IN"])

    for pattern in nlp.get_pipe("span_ruler").patterns:
        if isinstance(pattern["pattern"], list):
            collect(pattern["pattern"])
    for patterns in nlp.get_pipe("symptom_cues").source_patterns.values():
        for pattern in patterns:
            collect(pattern)
    return {w for w in words if w.isalpha() and len(w) >= MIN_LENGTH}


def iter_lines(words: Iterable[str]) -> Iterator[str]:
    yield "# Real English words near the patterns' words: never 'corrected'. GENERATED by"
    yield "#   .venv/bin/python -m symptom_nlu.spelling --write"
    yield f"# from spacy-lookups-data en_lexeme_prob (log probability >= {REAL_WORD_LOGPROB}); do not edit."
    yield from words


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="(Re)generate patterns/real_words.txt")
    parser.add_argument("--write", action="store_true", help="write the file (default: say if it is current)")
    args = parser.parse_args(argv)
    from .extractor import build_pipeline

    nlp = build_pipeline(spelling=False)
    words = near_real_words(pipeline_vocabulary(nlp), english_word_logprobs())
    text = "\n".join(iter_lines(words)) + "\n"
    if args.write:
        REAL_WORDS_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {len(words)} words to {REAL_WORDS_FILE}")
        return 0
    current = REAL_WORDS_FILE.exists() and REAL_WORDS_FILE.read_text(encoding="utf-8") == text
    print("current" if current else f"stale: run with --write ({len(words)} words)")
    return 0 if current else 1


if __name__ == "__main__":
    raise SystemExit(main())
