"""The year the place was founded: ``founded in 1938``, ``основан в 1938 году``."""

from __future__ import annotations

from typing import Final

from .negation import negated
from .quantities import Quantity
from .sentence import Sentence
from .tokens import WORD

__all__ = ["read"]


#: How far after a founding verb tied to the place its year may stand, in tokens.
_ACTIVE_REACH: Final = 15


def read(s: Sentence) -> None:
    """Add the sentence's founding year of the place."""
    if not s.rules.may_found(s.toks.low):
        return  # both ways need a founding word
    _founded(s)
    if not any(f.kind == "founded" for f in s.found):
        _founded_far(s)


def _founded(s: Sentence) -> None:
    toks, rules = s.toks, s.rules
    for q in s.quantities:
        year = q.year
        if year is None or q.tok in s.used_years or q.bound or q.approximate:
            continue
        if q.tok in s.ranged or rules.date_bounds.ending(toks.low, q.first - 1) is not None:
            continue  # "founded before 1938" gives no year of founding
        hit = s.find_before(rules.founding, q.first - 1, 6, clause=False)
        if hit is not None and _year_between(s, hit[1], q.first):
            hit = None
        if hit is not None and _relative_between(s, hit[1], q.first):
            hit = None  # "nodibināja bīskaps Alberts, kurš 1212. gadā nomira": his year
        if hit is None:
            hit = s.find_after(rules.founding, q.last + 1, 6)
            if hit is not None and _year_between(s, q.last + 1, hit[0]):
                hit = None
        if hit is None or not _about_own_place(s, hit[0], hit[1] - 1, q):
            continue
        if not _founded_as_place(s, q, hit[0], hit[1]):
            continue
        if negated(s, min(hit[0], q.first), max(hit[1] - 1, q.last)):
            continue  # "The city was not founded in 1938"
        s.used_years.add(q.tok)
        s.fact("founded", year, None, {}, toks.start[q.tok], toks.end[q.tok])


def _year_between(s: Sentence, a: int, b: int) -> bool:
    """Whether another year-like number or a clause end lies in tokens ``a`` … ``b - 1``."""
    toks = s.toks
    for j in range(a, b):
        if toks.raw[j] == ";":
            return True
        other = s.by_tok.get(j)
        if other is not None and other.year is not None:
            return True
    return False


def _relative_between(s: Sentence, a: int, b: int) -> bool:
    """Whether a comma and a relative pronoun stand in tokens ``a`` … ``b - 1``."""
    toks, relatives = s.toks, s.rules.relatives
    return any(
        toks.raw[j] == "," and relatives.at(toks.low, j + 1) is not None for j in range(a, b)
    )


def _about_own_place(s: Sentence, a: int, b: int, q: Quantity) -> bool:
    """Whether the founding words in tokens ``a`` … ``b`` are about the article's place."""
    toks, own = s.toks, s.rules.own_place
    if a == 0:
        return _opening_subject(s, q)  # "Founded in 1938, …", "Основан в 1938 году"
    for k in range(a - 1, max(a - 5, -1), -1):
        if toks.boundary(k) and not (k == a - 1 and toks.raw[k] == ","):
            break  # "The town, founded in 1938, …" crosses its comma
        if own.ending(toks.low, k) is not None:
            return True
    for k in range(b + 1, min(b + 4, len(toks))):
        if toks.boundary(k):
            break
        if own.at(toks.low, k) is not None:
            return True
        if k == b + 1 and toks.raw[k][:1].isupper() and s.names_place(k):
            return True  # "датой основания Берлина": the place's name, in any case form
    subject = _founding_subject(s, a)
    return subject is not None and toks.span(*subject).casefold() in s.names


def _opening_subject(s: Sentence, q: Quantity) -> bool:
    """Whether the subject after ``Founded in 1938,`` is the place.

    ``Founded in 1938, the settlement grew`` is; ``Established in 1920, the
    University of Pretoria Faculty …`` is not. A proper name is taken when no
    names are given.
    """
    toks = s.toks
    for k in range(q.last + 1, min(len(toks), q.last + 4)):
        if toks.raw[k] == ",":
            break
        if toks.boundary(k):
            return True
    else:
        return True
    phrase = s.phrase_after(k + 1)
    if phrase is None:
        return True
    start, rules = phrase[0], s.rules
    if any(rules.own_place.at(toks.low, i) is not None for i in range(start, start + 3)):
        return True
    text = toks.span(*phrase).casefold()
    if any(text == name or text.startswith(name + " ") for name in s.names):
        return True
    # Without names, a proper name with no article: "Founded in 1938, Jezkazgan grew".
    return (
        not s.names
        and start == k + 1
        and toks.raw[start][:1].isupper()
        and toks.low[start] not in rules.language.stopwords
    )


def _founding_subject(s: Sentence, verb: int) -> tuple[int, int] | None:
    """The subject of a founding verb; after a relative pronoun, its antecedent.

    ``Jezkazgan, which was founded`` is about Jezkazgan; ``a teaching hospital in
    Islamabad that was founded`` is about the hospital, not Islamabad.
    """
    toks, rules = s.toks, s.rules
    j, relative = verb - 1, False
    for _ in range(2):
        if j < 0 or toks.kind[j] != WORD:
            break
        if rules.relatives.ending(toks.low, j) is not None:
            relative, j = True, j - 1
            break
        if toks.low[j] not in rules.stops:
            break
        j -= 1
    if j >= 0 and relative and toks.raw[j] == ",":
        j -= 1
    if j < 0:
        return None
    phrase = s.phrase_before(j)
    if phrase is not None and relative:
        k = phrase[0] - 1
        while k >= 0 and toks.low[k] in rules.articles:
            k -= 1
        if k >= 0 and toks.kind[k] == WORD and toks.low[k] in rules.stops:
            return None  # "… hospital in Islamabad that": the antecedent is the hospital
    return phrase


def _founded_as_place(s: Sentence, q: Quantity, a: int, b: int) -> bool:
    """Unless the founding says what was founded, and it is not a place.

    ``It was founded in 1726 as the village of Belovo`` and ``Основан в 1954
    году как посёлок`` found the place; ``It was established in 1985 as a
    teaching institute`` founds something else (unless the subject is one of the
    names: ``Karatal was founded in 1929 as a station``).
    """
    toks, rules = s.toks, s.rules
    k = max(q.last, b - 1) + 1
    if k == q.last + 1:
        after = rules.year_after.at(toks.low, k)
        if after is not None:
            k = after[0]
    found = rules.as_words.at(toks.low, k)
    if found is None:
        return True
    for i in range(found[0], min(len(toks), found[0] + 6)):
        if toks.boundary(i):
            break
        if rules.own_place.at(toks.low, i) is not None:
            return True
    subject = _founding_subject(s, a)
    return subject is not None and toks.span(*subject).casefold() in s.names


def _founded_far(s: Sentence) -> None:
    """A founding verb tied to the place, its year farther on in the same clause.

    ``Pilsētu nodibināja bīskaps Alberts no Buksthēvdenes kopā ar saviem
    bruņiniekiem 1212. gadā``, ``Bishop Albert of Buxhoeveden founded the city
    together with his knights in 1201``, ``Город основал князь … в 1212 году``:
    the place is the verb's object or subject, written right next to it (an
    own-place noun or one of the names, before the verb or at most an article
    after it; a pronoun may stand for anything: ``It was established by an act
    of parliament in 1945``, said of a university, is not taken); the year is
    the first one after the verb within :data:`_ACTIVE_REACH` tokens, with no
    clause boundary, relative pronoun or other number before it.
    """
    if all(q.year is None for q in s.quantities):
        return  # no year to found the place in
    toks, rules = s.toks, s.rules
    for j in range(len(toks)):
        hit = rules.founding.at(toks.low, j) if toks.kind[j] == WORD else None
        if hit is None or not _tied_to_place(s, j, hit[0]):
            continue
        for k in range(hit[0], min(len(toks), hit[0] + _ACTIVE_REACH)):
            if toks.boundary(k) or rules.relatives.at(toks.low, k) is not None:
                break
            q = s.by_tok.get(k)
            if q is None:
                continue
            if q.year is None or q.tok in s.used_years or q.bound or q.approximate:
                break  # another number first: the year may be its
            if q.tok in s.ranged or rules.date_bounds.ending(toks.low, q.first - 1) is not None:
                break
            if not _dated(s, q):
                break  # "Coubertin created the modern pentathlon for the 1912 Olympics"
            if negated(s, j, q.last) or not _founded_as_place(s, q, j, hit[0]):
                break
            s.used_years.add(q.tok)
            s.fact("founded", q.year, None, {}, toks.start[q.tok], toks.end[q.tok])
            return


def _tied_to_place(s: Sentence, a: int, end: int) -> bool:
    """Whether the place stands right next to the founding verb in tokens ``a`` … ``end - 1``.

    Right before it (``Pilsētu nodibināja``, ``Город основал``, ``The city was
    founded``, an auxiliary between) or right after it, past an article
    (``founded the city``).
    """
    toks, rules = s.toks, s.rules
    pronouns = rules.language.facts.pronouns
    k, auxiliary = a - 1, False
    if k >= 0 and toks.kind[k] == WORD and toks.low[k] in rules.stops:
        k, auxiliary = k - 1, True  # "The city was founded"
    if k >= 0 and toks.low[k] not in pronouns:
        if rules.own_place.ending(toks.low, k) is not None:
            return True
        if auxiliary and _named(s, k):
            return True  # "Riga was founded"; but "Coubertin created" names the founder
    k = end
    while k < len(toks) and toks.low[k] in rules.articles:
        k += 1
    if k >= len(toks) or toks.low[k] in pronouns:
        return False
    return rules.own_place.at(toks.low, k) is not None or _named(s, k)


def _dated(s: Sentence, q: Quantity) -> bool:
    """Whether a year is written as a date: ``in 1201``, ``1212. gadā``, ``(1201)``.

    A year word before it (``in``, ``в``) or after it (``gadā``, ``году``), or a
    bracket; ``the 1912 Olympics`` names an event.
    """
    toks, rules = s.toks, s.rules
    if rules.year_before.ending(toks.low, q.first - 1) is not None:
        return True
    if rules.year_after.at(toks.low, q.last + 1) is not None:
        return True
    return q.first > 0 and toks.raw[q.first - 1] == "("


def _named(s: Sentence, k: int) -> bool:
    """Whether token ``k`` is a word of the place's names, capitalised."""
    toks = s.toks
    return toks.kind[k] == WORD and toks.raw[k][:1].isupper() and toks.low[k] in s.name_words
