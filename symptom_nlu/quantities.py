"""Numbers with units in lay English: walking distance, relief time, age.

Pure Python over token lists (lower-cased strings); ``find_quantities`` works
on a spaCy Doc, ``parse_quantities(text)`` on a plain string (for the action
server's form validation, e.g. a bare "a few minutes" answer).

Conventions (not from a clinical source; chosen so that answers are
comparable, and listed here so that nobody mistakes them for facts):

* words: "a"/"an"/"one" = 1, "a couple (of)" = 2, "a few" = 3, "several" = 3,
  "half a" = 0.5, "a quarter of a" = 0.25, "three quarters of a" = 0.75,
  "N and a half" = N + 0.5, "a few hundred" = 300, "a couple of hundred" = 200;
  "a good / solid / full" before an amount is dropped ("a good half hour" = 30 minutes).
* ranges ("10-15 minutes", "2 to 3 blocks", "a minute or two") give the
  midpoint; "a minute or so" gives 1.
* a plural unit without a number ("it goes in seconds", "takes minutes")
  counts as "a few" of it (3).
* CONVENTION: 1 city block = 300 ft = 91.44 m (so "2 blocks" ~ 180 m, as in
  the project's conversation examples). Real blocks vary from ~80 m
  (Manhattan north-south) to 200 m+.
* CONVENTION: 1 step or pace = 0.75 m.
* exact: yard 0.9144 m, foot 0.3048 m, mile 1609.344 m, km 1000 m.
* time in minutes: second 1/60, minute 1, hour 60.
* age in years: "I'm 72", "72 years old", "aged 72", "72yo", "72 y/o" ("10 yrs" is not an age),
  "in my seventies" / "in my 70s" = 75 (middle of the decade, a convention); a whole
  number of 16-110 standing alone in a list of facts ("Diabetic, 58.", "ex smoker. 69.",
  "24, play soccer", "5) 62"), never a message that is only a number (an answer to the
  question asked: the form reads those).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, List, Optional, Sequence, Tuple

METRES_PER_BLOCK = 91.44  # CONVENTION, see module docstring
METRES_PER_STEP = 0.75  # CONVENTION

DISTANCE_UNITS = {
    "m": 1.0, "metre": 1.0, "metres": 1.0, "meter": 1.0, "meters": 1.0, "mtrs": 1.0, "mtr": 1.0,
    "km": 1000.0, "kms": 1000.0, "kilometre": 1000.0, "kilometres": 1000.0,
    "kilometer": 1000.0, "kilometers": 1000.0, "k": 1000.0,
    "mile": 1609.344, "miles": 1609.344, "mi": 1609.344,
    "yard": 0.9144, "yards": 0.9144, "yd": 0.9144, "yds": 0.9144,
    "foot": 0.3048, "feet": 0.3048, "ft": 0.3048,
    "block": METRES_PER_BLOCK, "blocks": METRES_PER_BLOCK,
    "step": METRES_PER_STEP, "steps": METRES_PER_STEP, "pace": METRES_PER_STEP, "paces": METRES_PER_STEP,
}
TIME_UNITS = {
    "second": 1 / 60, "seconds": 1 / 60, "sec": 1 / 60, "secs": 1 / 60,
    "minute": 1.0, "minutes": 1.0, "min": 1.0, "mins": 1.0, "minuets": 1.0, "minits": 1.0,
    "hour": 60.0, "hours": 60.0, "hr": 60.0, "hrs": 60.0, "h": 60.0,
    "moment": 0.5, "moments": 0.5,  # CONVENTION: a moment = 30 s
}
# Units that need a number before them (a bare "feet" is the body part).
NEEDS_NUMBER = {"m", "k", "h", "foot", "feet", "ft", "mi", "min", "hr", "sec", "step", "steps",
                "pace", "paces", "moment", "moments"}

UNITS = {**{u: ("distance", f) for u, f in DISTANCE_UNITS.items()}, **{u: ("time", f) for u, f in TIME_UNITS.items()}}

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
           "seventies": 70, "eighties": 80, "nineties": 90}
FUZZY = {"couple": 2.0, "few": 3.0, "several": 3.0}  # CONVENTION
FRACTIONS = {"half": 0.5, "quarter": 0.25}
AMOUNT_FILLERS = {"good", "solid", "full", "whole"}  # "a good half hour", "a solid hour"
SCALES = {"hundred": 100.0, "thousand": 1000.0}

GLUED = re.compile(r"^(\d+(?:[.,]\d+)?)([a-z/.]+)$")  # "200m", "5mins", "72yo", "1.5km"
NUMBER = re.compile(r"^\d+(?:\.\d+)?$|^\d{1,3}(?:,\d{3})+$")
# "yrs" alone is not an age: "diabetic for 10 yrs" (only "72 yrs old" is, handled with "old")
AGE_SUFFIXES = {"yo", "y/o", "y.o.", "yearsold"}

MIN_AGE, MAX_AGE = 1, 120
BARE_AGE = (16, 110)  # a number standing alone is read as an age only in this range
BARE_BEFORE = {",", ".", ":", ";", ")", "-", "–", "!"}  # what may precede a bare age
BARE_AFTER = {",", ".", "!", "?", ";"}  # what may follow it
CLAUSE_OPENERS = BARE_BEFORE | {"?", "and", "hello", "hi", "so"}


@dataclass(frozen=True)
class Quantity:
    kind: str  # "distance" (value in metres) | "time" (minutes) | "age" (years)
    value: float
    start: int  # token index
    end: int  # token index, exclusive
    unit: str


# -- numbers ------------------------------------------------------------------------
def _digit_value(word: str) -> Optional[float]:
    if NUMBER.match(word):
        return float(word.replace(",", ""))
    return None


def _word_number(words: Sequence[str]) -> Optional[float]:
    """Whole phrase as a number, or None. Handles digits, number words, fuzzy words, fractions."""
    if not words:
        return None
    # ranges: "10 - 15", "2 to 3", "two or three"
    for sep in ("-", "to", "or", "–"):
        if sep in words:
            i = words.index(sep)
            left, right = _word_number(words[:i]), _word_number(words[i + 1:])
            if left is not None and right is not None and left <= right:
                return (left + right) / 2
            return None
    # "N and a half"
    if len(words) >= 4 and words[-3:] == ["and", "a", "half"]:
        base = _word_number(words[:-3])
        return None if base is None else base + 0.5
    if len(words) == 1:
        x = words[0]
        if _digit_value(x) is not None:
            return _digit_value(x)
        if x in ("a", "an"):
            return 1.0
        if x in ONES:
            return float(ONES[x])
        if x in TENS:
            return float(TENS[x])
        if x in FUZZY:
            return FUZZY[x]
        if x in FRACTIONS:  # "takes half hour"
            return FRACTIONS[x]
        if x in SCALES:
            return SCALES[x]
        return None
    # "a couple", "a few", "a couple of", "half a", "a half", "a quarter of a", "three quarters of a"
    w = [x for x in words if x != "of"]
    if len(w) >= 2 and w[0] in ("a", "an") and w[1] in AMOUNT_FILLERS:  # "a good (half) hour"
        return _word_number([w[0]] + w[2:])
    if len(w) == 1:
        return _word_number(w) if w[0] in FUZZY or w[0] in SCALES else None
    if w and w[-1] in ("a", "an") and len(w) >= 2:
        head = w[:-1]
        if head in (["half"], ["a", "half"]):
            return 0.5
        if head in (["quarter"], ["a", "quarter"]):
            return 0.25
        if len(head) == 2 and head[1] in ("quarters", "quarter"):
            n = _word_number(head[:1])
            return None if n is None else n * 0.25
        return None
    if w[0] in ("a", "an") and len(w) >= 2:
        rest = w[1:]
        if rest == ["half"]:
            return 0.5
        if rest == ["quarter"]:
            return 0.25
        return _word_number(rest) if rest[0] in FUZZY or rest[0] in SCALES else None
    # scales: "two hundred", "a few hundred", "couple hundred", "1 thousand"
    if w[-1] in SCALES:
        n = _word_number(w[:-1])
        return None if n is None else n * SCALES[w[-1]]
    # "twenty five", "twenty - five" ("-" handled as range above only when both sides parse... avoid)
    if len(w) == 2 and w[0] in TENS and w[1] in ONES and ONES[w[1]] < 10:
        return float(TENS[w[0]] + ONES[w[1]])
    # "two hundred and fifty"
    if "and" in w:
        i = w.index("and")
        left, right = _word_number(w[:i]), _word_number(w[i + 1:])
        if left is not None and right is not None and left >= 100 and right < 100:
            return left + right
    return None


def _split_glued(word: str) -> Optional[Tuple[float, str]]:
    m = GLUED.match(word)
    if not m:
        return None
    return float(m.group(1).replace(",", ".")), m.group(2)


def parse_amount(words: Sequence[str]) -> Optional[float]:
    """The number a phrase before a unit stands for ("a couple of" -> 2, "10 - 15" -> 12.5)."""
    words = [w.lower() for w in words]
    # "twenty-five" is tokenised "twenty - five": join before treating "-" as a range
    joined: List[str] = []
    i = 0
    while i < len(words):
        if i + 2 < len(words) and words[i] in TENS and words[i + 1] == "-" and words[i + 2] in ONES:
            joined += [words[i], words[i + 2]]
            i += 3
        else:
            joined.append(words[i])
            i += 1
    return _word_number(joined)


# -- quantities in a token list -----------------------------------------------------
def _unit_without_stop(word: str) -> str:
    return word[:-1] if word.endswith(".") and word[:-1] in UNITS else word


def _unit_at(words: Sequence[str], i: int) -> Optional[Tuple[str, float, Optional[float]]]:
    """(kind, factor, glued number) if words[i] is a unit (possibly glued to its number)."""
    w = words[i]
    if w in UNITS:
        kind, factor = UNITS[w]
        return kind, factor, None
    glued = _split_glued(w)
    if glued and glued[1] in UNITS:
        kind, factor = UNITS[glued[1]]
        return kind, factor, glued[0]
    return None


MAX_NUMBER_WORDS = 7


def _amount_before(words: Sequence[str], i: int) -> Tuple[Optional[float], int]:
    """Longest number phrase ending right before index i: (value, start index)."""
    best: Tuple[Optional[float], int] = (None, i)
    for start in range(i - 1, max(-1, i - 1 - MAX_NUMBER_WORDS), -1):
        value = parse_amount(words[start:i])
        if value is not None:
            best = (value, start)
    return best


def _after_unit(words: Sequence[str], j: int, value: float) -> Tuple[float, int]:
    """Adjust for what follows the unit: "a minute or two", "a mile and a half", "or so"."""
    rest = words[j:j + 4]
    if rest[:3] == ["and", "a", "half"]:
        return value + 0.5, j + 3
    if len(rest) >= 2 and rest[0] == "or" and rest[1] == "so":
        return value, j + 2
    if len(rest) >= 2 and rest[0] in ("or", "to", "-"):
        other = parse_amount(rest[1:2])
        if other is not None and other > value:
            return (value + other) / 2, j + 2
    return value, j


def find_quantities(words: Sequence[str]) -> List[Quantity]:
    """Distances (metres), times (minutes) and ages (years) in lower-cased tokens."""
    # "~200 m" in notes is about 200 m (spaCy keeps "~200" whole); a unit that ends a sentence keeps
    # its full stop in spaCy's tokens ("at about 100 m." -> "m.")
    words = [_unit_without_stop(w.lower().lstrip("~≈") or w.lower()) for w in words]
    found: List[Quantity] = []
    taken = set()
    for i in range(len(words)):
        unit = _unit_at(words, i)
        if unit is None:
            continue
        kind, factor, glued = unit
        if glued is not None:
            value, start = glued, i
            # "10-15mins": a range whose second number is glued to the unit
            if i >= 2 and words[i - 1] in ("-", "to", "or"):
                left = parse_amount(words[max(0, i - 2):i - 1])
                if left is not None and left <= glued:
                    value, start = (left + glued) / 2, i - 2
        else:
            value, start = _amount_before(words, i)
            if value is None:
                plural = words[i].endswith("s") and words[i] not in NEEDS_NUMBER
                if kind == "time" and plural:
                    value, start = FUZZY["few"], i
                else:
                    continue
        if words[i] in NEEDS_NUMBER and glued is None and (
            words[start:i] == [] or (words[start:i] in (["a"], ["an"]) and words[i] not in ("min", "sec", "hr"))
        ):
            continue  # "a foot", "my feet": not a distance ("a min", "a sec" are times)
        value, end = _after_unit(words, i + 1, value)
        found.append(Quantity(kind, value * factor, start, end, words[i]))
        taken.update(range(start, end))
    found += [q for q in find_ages(words) if not taken.intersection(range(q.start, q.end))]
    return sorted(found, key=lambda q: q.start)


def find_ages(words: Sequence[str]) -> List[Quantity]:
    words = [w.lower() for w in words]
    ages: List[Quantity] = []

    def number_at(j: int, k: int = 3) -> Tuple[Optional[float], int]:
        """Longest number phrase starting at j (at most k words): (value, end)."""
        best: Tuple[Optional[float], int] = (None, j)
        for end in range(j + 1, min(len(words), j + k) + 1):
            v = parse_amount(words[j:end])
            if v is not None and words[j] not in ("a", "an", "few", "couple", "several"):
                best = (v, end)
        return best

    def add(value: Optional[float], start: int, end: int, unit: str) -> None:
        if value is not None and MIN_AGE <= value <= MAX_AGE and value == int(value):
            ages.append(Quantity("age", float(value), start, end, unit))

    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        # "72 years old", "72 year old", "72-year-old", "72 yrs old"
        if w in ("year", "years", "yr", "yrs") and i >= 1:
            after = words[i + 1:i + 3]
            if after[:1] == ["old"] or after == ["-", "old"]:
                j = i - 1 if words[i - 1] != "-" else i - 2
                value, start = _amount_before(words, j + 1)
                add(value, start, i + (2 if after[:1] == ["old"] else 3), w)
        # "72yo", "72y/o"
        glued = _split_glued(w)
        if glued and glued[1] in AGE_SUFFIXES:
            add(glued[0], i, i + 1, glued[1])
        # "72 yo", "72 y/o" (spaCy: "y" "/" "o")
        if w in AGE_SUFFIXES and i >= 1 and _digit_value(words[i - 1]) is not None:
            add(_digit_value(words[i - 1]), i - 1, i + 1, w)
        if w == "y" and words[i + 1:i + 3] in (["/", "o"], [".", "o"]) and i >= 1 and _digit_value(words[i - 1]) is not None:
            add(_digit_value(words[i - 1]), i - 1, i + 3, "y/o")
        # "aged 72", "age 72", "age: 72", "my age (82)"
        if w in ("aged", "age"):
            j = i + 1 + (1 if nxt in (":", "-", "is", "of", "(") else 0)
            value, end = number_at(j)
            if value is not None and not (end < len(words) and words[end] in UNITS):
                add(value, i, end, w)
        # "I'm 72", "I am 72", "im 72", "I'm now 72", "I turned 72"
        if (w in ("'m", "am", "m") and i >= 1 and words[i - 1] == "i") or (w == "im") or (
            w in ("turned", "turn", "turning") and i >= 1 and words[i - 1] == "i"
        ):
            # ("nobbut": Yorkshire "only", "I'm nobbut 52")
            j = i + 1 + (1 if nxt in ("now", "just", "nearly", "almost", "about", "only", "nobbut") else 0)
            value, end = number_at(j)
            follower = words[end] if end < len(words) else ""
            if (
                value is not None
                and value >= 18
                and follower not in UNITS
                and follower not in ("%", "percent", "times", "x", "per", "out", "/", "of", "-", "minute", "mile")
            ):
                add(value, i - (1 if w != "im" else 0), end, "i'm")
        # learners' "I have 66 years." (Spanish, Italian, Portuguese, Romanian, French): "I" opens the clause
        # and the years end it, so "I have 10 years of diabetes", "Diabetes I have 20 years" are not ages
        if w == "have" and i >= 1 and words[i - 1] == "i" and (i == 1 or words[i - 2] in CLAUSE_OPENERS):
            value, end = number_at(i + 1)
            after = words[end + 1] if end + 1 < len(words) else ""
            if value is not None and value >= 18 and end < len(words) and words[end] in ("year", "years") and (
                after in ("", "old", "and") or after in BARE_AFTER
            ):
                add(value, i - 1, end + 1, "i have ... years")
        # a clinician's "66 male", "72 F" (not "m": "66 m" is a distance)
        if w in ("male", "female", "man", "woman", "f") and i >= 1 and _digit_value(words[i - 1]) is not None \
                and (i + 1 == len(words) or nxt in BARE_AFTER):
            add(_digit_value(words[i - 1]), i - 1, i + 1, "sex")
        # a bare number between separators: "Diabetic, 58.", "ex smoker. 69.", "24, play soccer"
        value = _digit_value(w)
        if value is not None and BARE_AGE[0] <= value <= BARE_AGE[1]:
            first, last = i == 0, i + 1 == len(words)
            before_ok = first or words[i - 1] in BARE_BEFORE
            after_ok = last or nxt in BARE_AFTER
            alone = all(x in BARE_BEFORE | BARE_AFTER for j, x in enumerate(words) if j != i)
            if before_ok and after_ok and not alone:
                add(value, i, i + 1, "bare")
        # "in my seventies", "in my 70s"
        if w == "in" and words[i + 1:i + 2] == ["my"] and i + 2 < len(words):
            d = words[i + 2]
            decade = DECADES.get(d)
            if decade is None:
                m = re.match(r"^(\d)0'?s$", d)
                decade = int(m.group(1)) * 10 if m else None
            if decade is not None and decade >= 20:
                add(decade + 5.0, i, i + 3, "decade")
    kept: List[Quantity] = []
    for q in sorted(ages, key=lambda q: (q.start, -(q.end - q.start))):
        if not kept or q.start >= kept[-1].end:
            kept.append(q)
    return kept


def parse_quantities(text: str) -> List[Quantity]:
    """Quantities in a plain string (simple regex tokenisation; token indices refer to it)."""
    tokens = re.findall(r"\d+(?:[.,]\d+)?[a-z/.]*|[a-zA-Z]+(?:'[a-z]+)?|'[a-z]+|[^\sa-zA-Z\d]", text.lower())
    split: List[str] = []
    for tok in tokens:
        if tok in ("i'm",):
            split += ["i", "'m"]
        else:
            split.append(tok)
    return find_quantities(split)
