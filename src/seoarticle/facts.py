"""Facts of a text — numbers, dates, named entities, « quotations » — and
their comparison between an article and its source.

An item of the article that the source lacks is an invention (the check
fails); an item of the source that the article lacks is a loss (it warns).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .analysis import ENTITIES_KEY, LEADING_DETERMINER, NOT_NAME_WORDS, TRAILING_TIME, dates_in, quotes_in
from .arrays import words_of
from .reuse import Line
from .reuse import _entities as _entities_of_columns
from .text import normalize, number_form, numbers_by_line

ENTITY_LABELS = ("PER", "ORG", "LOC")


@dataclass
class Facts:
    numbers: dict[str, str] = field(default_factory=dict)  # canonical -> as written
    dates: dict[tuple, str] = field(default_factory=dict)  # (day, month, year) -> as written
    entities: dict[str, str] = field(default_factory=dict)  # folded -> as written
    quotations: dict[str, str] = field(default_factory=dict)  # folded -> as written
    # Names the parse cut short, as written whole: an entity with the
    # adjective after it (« Bocage » tagged, « Bocage vivant » written).
    longer_names: list[str] = field(default_factory=list)
    # The text the facts are of, and its normal form (`extract` makes it
    # already): `compare` searches its lower case, and its `fold` if need be.
    text: str | None = field(default=None, repr=False, compare=False)
    norm: str | None = field(default=None, repr=False, compare=False)

    @functools.cached_property
    def lowered(self) -> str:
        return self.norm.lower()

    @functools.cached_property
    def folded(self) -> str:
        """`fold(text)` (made of `lowered`, which `compare` reads too)."""
        return _folded_lower(self.lowered)


def fold(text: str) -> str:
    """Comparison form: normalised, lower case, spaces collapsed."""
    return _folded_norm(normalize(text))


def _folded_norm(norm: str) -> str:
    """`fold` of a text already normalized."""
    return _folded_lower(norm.lower())


def _folded_lower(low: str) -> str:
    """`fold` of a text normalized and in lower case."""
    # A text of lines whose only spaces are single plain ones, none at a
    # line's ends (an article's, a source's), is its fold once each line
    # break is a space: every other space character is not printable
    # (isprintable is True of no character that isspace, but « »). Told by
    # two scans that cost a fifth of splitting and joining its words.
    folded = low.replace("\n", " ")
    if "  " in folded or folded[:1] == " " or folded[-1:] == " " or not folded.isprintable():
        # str.split() cuts at the characters \s matches (the same 29), and
        # drops them at the ends: the runs collapsed, without a pattern's scan.
        folded = " ".join(low.split())
    if "–" in folded or "−" in folded or "- " in folded:
        folded = _same_signs(folded)
    return folded


# The typography writes a spaced hyphen as an en dash (« – ») and a minus
# sign before a figure glued to it (« à - 6 °C » is « à −6 °C »): the same
# words. So a fold writes each en dash and minus sign as a hyphen, and a
# sign that opens a word glued to the figure after it.
# (A hyphen that opens a word, at the start or after a space or « ( », then
# a space and a figure: the hyphen found first, a literal sre scans for
# quickly, then what is before it; the match « - » is written « - ».)
_SIGN_SPACE = re.compile(r"-(?<![^ (]-) (?=\d)")


def _same_signs(folded: str) -> str:
    """A folded text with its signs as `_folded_norm` writes them."""
    # (str.replace, not str.translate: translate looks every character of a
    # whole text up in its table, a few milliseconds an article.)
    if "–" in folded:
        folded = folded.replace("–", "-")
    if "−" in folded:
        folded = folded.replace("−", "-")
    return _SIGN_SPACE.sub("-", folded) if "- " in folded else folded


def _clean_entity(text: str) -> str | None:
    t = text.strip(" ,.;:«»()\"'’")
    t = LEADING_DETERMINER.sub("", t)
    if " " in t:
        t = TRAILING_TIME.sub("", t)  # « Vigicrues samedi » is Vigicrues
    if len(t) < 2 or not t[0].isupper() or any(map(str.isdigit, t)) or "«" in t or "»" in t \
            or t.lower() in NOT_NAME_WORDS:
        return None
    return t


def extract(text: str, docs: list | None = None) -> Facts:
    """Facts of a text; `docs` are its parsed sentences (for the entities):
    spaCy Docs or `reuse.Line`s."""
    norm = normalize(text)
    f = Facts(text=text, norm=norm)
    # Each number as written, and its canonical form (text.numbers). (The
    # input's paragraphs, its lines, were searched by the analysis: see
    # `text.numbers_by_line`.)
    for said in numbers_by_line(norm):
        f.numbers.setdefault(number_form(said), said)
    for d in dates_in(norm):
        if d.day is None and d.month is None:
            continue  # a bare year is already a number
        f.dates.setdefault((d.day, d.month, d.year), d.text)
    for q in quotes_in(norm):
        f.quotations.setdefault(fold(q), q)
    # An entity met again (a name the text repeats) would add nothing.
    seen: set[str] = set()
    for doc in docs or []:
        f.longer_names.extend(_name_wholes(doc))
        for text, label in _entities(doc):
            if label in ENTITY_LABELS and text not in seen:
                seen.add(text)
                entry = _entity_entry(text)
                if entry:
                    f.entities.setdefault(*entry)
    return f


@functools.lru_cache(maxsize=1 << 14)  # pure; the article names again most of the source's entities
def _entity_entry(text: str) -> tuple[str, str] | None:
    """(folded, as written) of the name an entity's text stands for, or None."""
    name = _clean_entity(text)
    return (fold(name), name) if name else None


def _name_wholes(doc) -> list[str]:
    """Each entity of a parsed sentence (a spaCy Doc or a `reuse.Line`)
    followed by a lower-case adjective hung on it (amod, flat), the two as
    written: « Bocage vivant » of « l'association Bocage[ORG] vivant »."""
    if type(doc) is Line:
        words, dep, head = doc.words, doc.dep, doc.head
        spans = [(a, b) for a, b, _ in doc.ents]
    else:
        w = words_of(doc)  # (the sentence's words as lists, read once per Doc)
        if 3 not in w.ent_iob:  # (3: spaCy's code of an entity's start)
            return []
        # (Read from the words' columns as `Doc.ents` reads them, without its Spans.)
        spans = [(a, b) for a, b, _ in _entities_of_columns(w.ent_iob, w.ent_type, doc.vocab.strings)]
        words, dep, head = w.text, w.dep, w.head
    out = []
    for a, b in spans:
        if b < len(words) and words[b].isalpha() and words[b].islower() and dep[b] in ("amod", "flat", "flat:name") \
                and a <= head[b] < b:
            name = _clean_entity(" ".join(words[a:b]))
            if name:
                out.append(f"{name} {words[b]}")
    return out


def _entities(doc) -> list[tuple[str, str]]:
    """(text, label) of each entity of a parsed sentence: a spaCy Doc or a
    `reuse.Line`. (`analysis.analyse` leaves a Doc's in its user_data.)"""
    if type(doc) is Line:
        return doc.entities()
    found = doc.user_data.get(ENTITIES_KEY)
    return [(e.text, e.label_) for e in doc.ents] if found is None else found


def _date_matches(a: tuple, b: tuple) -> bool:
    """Same date where both say something: « le 5 avril » is « le 5 avril 2023 »."""
    return all(x is None or y is None or x == y for x, y in zip(a, b))


@dataclass
class Comparison:
    kind: str
    invented: list[str]  # in the article, not in the source
    missing: list[str]  # in the source, not in the article


def _searched(text: str, facts: Facts) -> Facts:
    """What `compare` searches of `text`: the facts of that text, which keep
    its forms, or forms made for it."""
    return facts if facts.norm is not None and facts.text == text else Facts(text=text, norm=normalize(text))


def _written(key: str, f: Facts) -> bool:
    """Whether `key` (a `fold`) is in the fold of `f`'s text, the fold made
    only if need be (few texts need it). The fold of a text is its lower
    case with each run of spaces made one space, and none at the ends: so a
    key with no space at either end, and single spaces within, found in the
    lower case is in the fold too."""
    if key in f.lowered and key.isprintable() and "  " not in key and key[:1] != " " and key[-1:] != " ":
        return True  # (isprintable: no space but « » in it)
    return key in f.folded


# A quantity in two parts, « 1 minute 48 secondes », « 2 h 30 »: its unit,
# then the second number. (Its first digit, then what is before it: « \d(?<![\w,.]\d)\d* »
# is « (?<![\w,.])\d+ », and sre scans for a digit instead of trying every position.)
_TWO_PART = re.compile(
    r"(\d(?<![\w,.]\d)\d*) (h|heures?|min|minutes?|mn|s|secondes?|ans?|mois|semaines?|jours?|m|mètres?|cm|km|kg|"
    r"kilos?|kilogrammes?|g|grammes?|l|litres?|pieds?|pouces?|livres?|tonnes?|t)(?= (\d+)(?![\d,.]\d))")


def _ends_at(text: str, at: int) -> bool:
    return at >= len(text) or not (text[at].isalnum() or text[at] in "-’'")


def _occurrences(text: str, part: str):
    """The starts of `part` in `text` as whole words."""
    at = text.find(part)
    while at >= 0:
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and _ends_at(text, at + len(part)):
            yield at
        at = text.find(part, at + 1)


def _cut_short(art: str, src: str, longer: list[str]) -> list[str]:
    """The parts of the source's longer quantities and names (`longer`, and
    its two-part quantities) that the article writes alone, where the source
    never does: « 1 minute » of « 1 minute 48 secondes », « Bocage » of
    « Bocage vivant ». (Texts folded.) Each as « part (source: whole) »."""
    out = []
    pairs = {(m.group(0) + " " + m.group(3), m.group(0)) for m in _TWO_PART.finditer(src)}
    for name in longer:  # (as written: a part ends on a capitalized word)
        words = name.split()
        for k in range(1, len(words)):
            if words[k - 1][:1].isupper():
                pairs.add((fold(name), fold(" ".join(words[:k]))))
    # (Each part with its wholes: the part alone is cut short when the
    # source writes it only inside them.)
    parts: dict[str, list[str]] = {}
    for whole, part in sorted(pairs):
        parts.setdefault(part, []).append(whole)
    for part, whole_list in parts.items():
        if part not in whole_list and _alone(art, part, whole_list) and not _alone(src, part, whole_list):
            out.append(f"{part} (source: {' | '.join(sorted(whole_list))})")
    return out


def _alone(text: str, part: str, wholes: list[str]) -> bool:
    """Whether `text` writes `part` somewhere as a whole word that opens none of `wholes`."""
    return any(not any(text.startswith(w, at) and _ends_at(text, at + len(w)) for w in wholes)
               for at in _occurrences(text, part))


def compare(article_text: str, article: Facts, source_text: str, source: Facts) -> list[Comparison]:
    art, src = _searched(article_text, article), _searched(source_text, source)
    # Cut short: the first part of a longer quantity or name of the source.
    cut = _cut_short(art.folded, src.folded, [v for v in source.entities.values() if " " in v]
                     + source.longer_names)
    cut_numbers = [c for c in cut if c[:1].isdigit()]
    cut_names = [c for c in cut if not c[:1].isdigit()]
    out = []
    out.append(Comparison(
        "numbers",
        [v for k, v in article.numbers.items() if k not in source.numbers] + cut_numbers,
        [v for k, v in source.numbers.items() if k not in article.numbers],
    ))
    out.append(Comparison(
        "dates",
        [v for k, v in article.dates.items() if not any(_date_matches(k, s) for s in source.dates)],
        [v for k, v in source.dates.items() if not any(_date_matches(k, a) for a in article.dates)],
    ))
    # An entity the model finds in one text may be there, untagged, in the
    # other: what counts is whether the name is written there.
    out.append(Comparison(
        "named entities",
        [v for k, v in article.entities.items() if not _written(k, src)] + cut_names,
        [v for k, v in source.entities.items() if not _written(k, art)],
    ))
    out.append(Comparison(
        "quotations",
        [v for k, v in article.quotations.items() if not _written(k, src)],
        [v for k, v in source.quotations.items() if not _written(k, art)],
    ))
    return out
