"""The answer a reply starts with: "yes on my heel, few weeks now" -> yes, "no, only when I
walk" -> no.

In the interview a reply to a yes/no question often says its yes or no and goes on, and the
intent classifier then reads the rest (a description, or nothing it knows). The first word
is the answer to the question just asked; the domain maps it to that question's slot only
(scripts/generate_domain_slots.py), so outside the interview it means nothing.

The word lists are lexicon.yml ``reply``. When the rest of the reply may turn its first word
- a yes or no of the other kind ("no... well actually yes, one on my heel", "yes and no"), a
yes with a negation, the past, a condition or another person ("yes, used to", "yeah my dad
had that"), a no with a contrast ("no, but there's a blister") - there is no answer: the
form asks again rather than guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, List, Mapping, Optional

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
PUNCTUATION_AFTER_NO = tuple(",.;:!?-)")


@dataclass(frozen=True)
class ReplyWords:
    yes: frozenset
    no: frozenset
    no_before: frozenset  # "no" is also a determiner ("no sores"): an answer only before these
    fillers: frozenset  # skipped at the start ("oh yes", "well no")
    yes_unless: frozenset
    no_unless: frozenset

    @classmethod
    def from_lexicon(cls, spec: Mapping[str, Iterable[str]], persons: Iterable[str] = ()) -> "ReplyWords":
        def words(key: str) -> frozenset:
            return frozenset(str(w).lower() for w in spec.get(key) or ())

        people = frozenset(str(p).lower() for p in persons if " " not in str(p))
        return cls(words("yes_words"), words("no_words"), words("no_before"), words("fillers"),
                   words("yes_unless") | people, words("no_unless"))


def leading_answer(text: str, words: ReplyWords) -> Optional[bool]:
    """True for a reply that starts with yes, False for one that starts with no, else None."""
    lowered = text.lower().replace("\u2019", "'")
    matches = list(WORD.finditer(lowered))
    tokens: List[str] = [m.group(0) for m in matches]
    start = 0
    while start < len(tokens) and tokens[start] in words.fillers:
        start += 1
    if start == len(tokens):
        return None
    first, rest = tokens[start], tokens[start + 1:]
    if first in words.yes:
        answer = True
        turning = words.yes_unless
    elif first in words.no:
        punctuated = lowered[matches[start].end():].lstrip().startswith(PUNCTUATION_AFTER_NO)
        if rest and not punctuated and rest[0] not in words.no_before and rest[0] not in words.no:
            return None  # "no sores": the determiner, not an answer
        answer = False
        turning = words.no_unless
    else:
        return None
    other = words.no if answer else words.yes
    if any(t in other or t in turning or (answer and t.endswith("n't")) for t in rest):
        return None
    return answer
