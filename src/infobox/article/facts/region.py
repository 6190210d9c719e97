"""The region the place belongs to: ``a city in Karaganda Region``, ``Ulitau apgabala``."""

from __future__ import annotations

import functools

from ..languages import Language
from .negation import clause, negated, negation_at
from .sentence import Sentence
from .tokens import JOINERS, SEGMENT, SYM, WORD, Phrases

__all__ = ["read"]


def read(s: Sentence) -> None:
    """Add the regions the sentence places the place in."""
    _regions(s)


def _regions(s: Sentence) -> None:
    toks, rules = s.toks, s.rules
    heads = rules.region_heads
    if not heads:
        return
    if heads.keys().isdisjoint(toks.low):
        return  # most sentences: no word is a region's head
    found: list[tuple[int, int, str, dict[str, str]]] = []  # (first, head, value, qualifiers)
    for h in range(len(toks)):
        if toks.kind[h] != WORD:
            continue
        head = heads.get(toks.low[h])
        if head is None:
            continue
        first = _region_name(s, h)
        named = _named_after(s, h, first)
        if first is None and named is None:
            continue
        relation = _region_related(s, h if first is None else first, h)
        if relation is None or not _region_subject(s, *relation):
            continue
        if negated(s, min(relation[0], h if first is None else first), max(relation[1], h)):
            continue  # "The city is not part of Limburg Province", "nav … sastāvā"
        if named is not None:
            # "the Belgian province of Limburg": the name is Limburg's, not the adjective's
            first, h = named
            value = toks.span(first, h)
        else:
            assert first is not None
            value = _region_value(s, first, h, head)
        qualifiers: dict[str, str] = {}
        since = _region_since(s, first)
        if since is not None:
            qualifiers["since"] = since
        if _region_former(s, first):
            qualifiers["former"] = "true"
        found.append((first, h, value, qualifiers))
    undone = _undone_before(s, found)
    for first, h, value, qualifiers in found:
        if h >= undone:
            s.fact("region", value, None, qualifiers, toks.start[first], toks.end[h])


def _undone_before(s: Sentence, found: list[tuple[int, int, str, dict[str, str]]]) -> int:
    """The token before which a later negated clause undoes the regions named.

    ``Город — центр Озёрского района, но в его состав не входит``: the second
    clause names no region of its own but denies a membership (a negation and a
    membership word), so it speaks of the region named before; every region
    before it is dropped, as the clause may point back to any of them. With no
    such clause, 0.
    """
    if not found:
        return 0
    toks, memberships = s.toks, _memberships(s)
    heads = {h for _, h, _, _ in found}
    undone = 0
    for j in range(found[0][1] + 1, len(toks)):
        if not negation_at(s, j):
            continue
        a, b = clause(s, j, j)
        if any(a <= h <= b for h in heads) or a <= found[0][1]:
            continue
        if any(memberships.at(toks.low, k) is not None for k in range(a, b + 1)):
            undone = a
    return undone


def _memberships(s: Sentence) -> Phrases[bool]:
    return _membership_words(s.rules.language)


@functools.lru_cache(maxsize=32)
def _membership_words(language: Language) -> Phrases[bool]:
    return Phrases((w, True) for w in language.facts.memberships)


def _region_name(s: Sentence, h: int) -> int | None:
    """The first token of the capitalised name before a region's head word."""
    toks, rules = s.toks, s.rules
    first, k, words = -1, h - 1, 0
    while k >= 0 and words < 4:
        if toks.kind[k] == WORD:
            low = toks.low[k]
            if not toks.raw[k][:1].isupper() or low in rules.stops or low in rules.articles:
                break
            if low in s.rules.language.stopwords:
                break
            first, k, words = k, k - 1, words + 1
        elif toks.raw[k] in JOINERS and first == k + 1 and toks.adjacent(k, k + 1):
            k -= 1
        else:
            break
    return first if first >= 0 else None


def _named_after(s: Sentence, h: int, first: int | None) -> tuple[int, int] | None:
    """The region's name after its head and an of-word: ``province of Limburg``.

    Only where the words before the head are no name of their own: none (``the
    Province of Limburg``), or a head written in lower case after them (``the
    Belgian province of Limburg``, where ``Belgian`` says whose province it is).
    The name is one to four capitalised words, as written.
    """
    toks, rules = s.toks, s.rules
    if first is not None and not toks.raw[h].islower():
        return None
    of = rules.of_words.at(toks.low, h + 1)
    if of is None:
        return None
    k, last, words = of[0], -1, 0
    while k < len(toks) and words < 4 and toks.kind[k] == WORD:
        low = toks.low[k]
        if not toks.raw[k][:1].isupper() or low in rules.stops or low in rules.articles:
            break
        if low in rules.language.stopwords:
            break
        last, k, words = k, k + 1, words + 1
    return (of[0], last) if last >= 0 else None


def _region_related(s: Sentence, first: int, h: int) -> tuple[int, int] | None:
    """The relation that ties a region to the place: its first and last token."""
    toks, rules = s.toks, s.rules
    b = first - 1
    if b >= 0 and toks.low[b] in rules.articles:
        b -= 1
    before = rules.region_before.ending(toks.low, b)
    if before is not None:
        return before[0], b
    after = rules.region_after.at(toks.low, h + 1)
    return (h + 1, after[0] - 1) if after is not None else None


def _region_subject(s: Sentence, a: int, b: int) -> bool:
    """Unless the relation in tokens ``a`` … ``b`` is said of something else.

    A relation that names the place (``city in``, ``pilsēta``, ``город в``) is
    about it. Otherwise the subject of a verb of lying right before it must be
    the place, a pronoun or (with no names given) a proper name: ``A meteorite
    crater is located in Elmore County``, ``The center of population of Alabama
    is located in Chilton County`` and (in Islamabad) ``Rawalpindi is part of
    Rawalpindi District`` are about other things.
    """
    toks, rules = s.toks, s.rules
    if any(rules.own_place.at(toks.low, i) is not None for i in range(a, b + 1)):
        return True
    verb = s.find_before(rules.location_verbs, b, b - a + 4)
    if verb is None:
        return True
    antecedent = _antecedent(s, verb[0])
    if antecedent is not None:
        # "Rawalpindi District, which is part of province of Punjab": the district's
        return s.own(antecedent) or (not s.names and s.proper(antecedent))
    subject = s.subject(verb[0])
    if subject is None and _apposition(s, verb[0]) is not None:
        # "Berlin's largest harbour, the Westhafen, is located in …": the harbour's
        subject = s.phrase_before(_apposition(s, verb[0]) or 0)
        if subject is None:
            return False
    for _ in range(3):  # "the center of population of Alabama": the head is "center"
        if subject is None or subject[0] < 1:
            break
        owner = rules.of_words.ending(toks.low, subject[0] - 1)
        if owner is None:
            break
        subject = s.phrase_before(owner[0] - 1) if owner[0] > 0 else None
    if subject is None or s.own(subject):
        return True
    if not s.proper(subject):
        return False
    return not s.names


def _apposition(s: Sentence, verb: int) -> int | None:
    """The token before an apposition that ends right before the verb, if there is one.

    In ``Berlin's largest harbour, the Westhafen, is located`` it is ``harbour``:
    the subject is the phrase ending there, not the apposition.
    """
    toks, rules = s.toks, s.rules
    j = verb - 1
    for _ in range(2):
        if j >= 0 and toks.kind[j] == WORD and toks.low[j] in rules.stops:
            j -= 1
    if j < 1 or toks.raw[j] != ",":
        return None
    for k in range(j - 1, max(j - 10, 0), -1):
        if toks.raw[k] == ",":
            return k - 1
    return None


def _antecedent(s: Sentence, verb: int) -> tuple[int, int] | None:
    """After ``, which is``: the phrase the relative pronoun stands for, else None."""
    toks, rules = s.toks, s.rules
    j = verb - 1
    if j >= 0 and toks.kind[j] == WORD and rules.relatives.ending(toks.low, j) is None:
        j -= 1  # an auxiliary: "which has been part of"
    hit = rules.relatives.ending(toks.low, j) if j >= 0 else None
    if hit is None or hit[0] < 2 or toks.raw[hit[0] - 1] != ",":
        return None
    return s.phrase_before(hit[0] - 2) or (hit[0] - 2, hit[0] - 2)


def _region_value(s: Sentence, first: int, h: int, head: tuple[str, str]) -> str:
    toks = s.toks
    nominative, gender = head
    if not nominative:
        return toks.span(first, h)
    endings = s.rules.adjective_endings.get(gender, ())
    parts: list[str] = []
    for k in range(first, h):
        raw = toks.raw[k]
        if toks.kind[k] == WORD:
            for ending, replacement in endings:
                if raw.endswith(ending) and len(raw) > len(ending) + 2:
                    raw = raw[: -len(ending)] + replacement
                    break
        parts.append(raw)
        if not toks.adjacent(k, k + 1):
            parts.append(" ")
    return "".join(parts) + nominative


def _region_since(s: Sentence, first: int) -> str | None:
    toks, rules = s.toks, s.rules
    for j in range(first - 1, max(first - 12, -1), -1):
        if toks.kind[j] == SYM and toks.raw[j] in SEGMENT:
            return None
        q = s.by_tok.get(j)
        if q is None or q.year is None:
            continue
        if rules.since.ending(toks.low, q.first - 1) is not None:
            return str(q.year)
    return None


def _region_former(s: Sentence, first: int) -> bool:
    toks, rules = s.toks, s.rules
    for j in range(first - 1, max(first - 12, -1), -1):
        if toks.kind[j] == SYM and toks.raw[j] in SEGMENT:
            break
        if rules.resets.ending(toks.low, j) is not None:
            return False
        if rules.former.ending(toks.low, j) is not None:
            return True
    # "Previously, the city was part of …": a former word opening the sentence.
    opening = rules.former.at(toks.low, 0)
    if opening is None or first - opening[0] > 15:
        return False
    return all(rules.resets.at(toks.low, j) is None for j in range(opening[0], first))
