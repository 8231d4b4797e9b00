"""Analysis: a `Source` -> an `Analysis` (sentences parsed by spaCy, entities,
facts: numbers, dates, quotations, people with their roles, acronyms).

Each sentence is parsed as its own spaCy Doc: the French model splits badly
around « » and line breaks, so sentence boundaries come from
`text.split_sentences`, which never cuts a quotation.
"""

from __future__ import annotations

import functools
import inspect
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field

from .fastload import import_spacy

import_spacy()  # (spaCy without its command-line package: a third of a second of every start)
from spacy.strings import get_string_id  # noqa: E402

from .arrays import strings, words_of
from .reader import MONTHS, Source
from .reuse import _entities
from .text import find_all, line_runs, number_form, number_matches
from .text import RELATIVE_PRONOUNS, has_odd_case, lower_as_searched, lower_for_search, opens_on_vowel, split_sentences, strip_accents, word_count

MONTH_NUM = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"

# Dates: « le 22 avril », « jeudi 20 avril », « les 5 et 6 avril », « le 31 décembre 1977 »,
# « en février », « en 1999 », « décembre 2015 », « de 2021 à 2023 ».
_DAY_MONTH = re.compile(
    rf"\b(?:(?:le|les|ce|du|au)\s+)?(?:(?:{WEEKDAYS})\s+)?(1er|\d{{1,2}})(?:\s+et\s+(?:1er|\d{{1,2}}))?\s+({MONTHS})(?:\s+(\d{{4}}))?\b",
    re.I,
)

_MONTH_YEAR = re.compile(rf"\b(?:(?:en|depuis|dès|de|d')\s*)?({MONTHS})\s+(\d{{4}})\b", re.I)
_YEAR_RANGE = re.compile(r"\b(?:de|entre)\s+(1[5-9]\d\d|20\d\d)\s+(?:à|et)\s+(1[5-9]\d\d|20\d\d)\b", re.I)
_YEAR = re.compile(r"\b(?:(?:en|depuis|dès|avant|après|d'ici|de|à|jusqu'en|fin|début)\s+)(1[5-9]\d\d|20\d\d)\b", re.I)
_DIGIT = re.compile(r"\d")
# Where the year of _YEAR_RANGE and _YEAR may be: those patterns search only
# a text or piece that holds one (this pattern scans faster, with no
# look-around).
_YEAR_DIGITS = re.compile(r"1[5-9]\d\d|20\d\d")
# The same, as its two branches: each opens on a literal, which sre finds by
# a fast search where the alternation is tried at every position (on an
# article, about 25 µs against 100). `dates_in` asks only which pieces hold
# a match: a piece holds one of the alternation's iff it holds one of a branch's.
_YEAR_DIGITS_BRANCHES = (re.compile(r"1[5-9]\d\d"), re.compile(r"20\d\d"))
_MONTH_NAMES = MONTHS.split("|")
_MONTH_ALONE = re.compile(rf"\b(?:en|depuis|dès|au mois de|le mois de)\s+({MONTHS})\b(?!\s+\d)", re.I)
# What a date may hold: letters, digits, spaces, apostrophes; any other
# character cuts the text into pieces (see `dates_in`).
_DATE_BREAK = re.compile(r"[^\w\s']")
_MONTH_NAME = re.compile(MONTHS, re.I)  # as the patterns read a month's name
_WORD_CHAR = re.compile(r"\w")


@dataclass
class DateMention:
    text: str  # as in the sentence, e.g. « le 22 avril »
    year: int | None
    month: int | None
    day: int | None
    start: int
    end: int

    @property
    def explicit(self) -> bool:
        return self.year is not None or (self.month is not None and self.day is not None)


@dataclass
class Sentence:
    id: int
    block: int
    text: str
    doc: object  # spacy.tokens.Doc
    quotes: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    entities: list[tuple[str, str]] = field(default_factory=list)  # (surface, label)
    # What an opening subject pronoun (« Il », « Elle », « Ils », « Elles »)
    # stands for, when the text leaves no doubt (see `resolve_subjects`).
    antecedent: str | None = None
    pronoun_at: int = 0  # where that pronoun is in `text`
    # « À compter de cette date, … » after a sentence with one date: that
    # date, and the text with it in place of « cette date » (see `resolve_date_anaphora`).
    date_anchor: DateMention | None = None
    anchored_text: str | None = None
    # Demonstratives inside the sentence whose noun an earlier sentence names
    # (« les études montrent que ce vaccin permet … »): (the demonstrative and
    # the next word, the same with the definite article), for derived lines.
    inner_definites: list[tuple[str, str]] = field(default_factory=list)
    # A saying verb with its subject pronoun after it (« », a-t-il affirmé »),
    # the same words with the speaker the text leaves no doubt about (« a
    # affirmé Thierry Gaudin »), the pronoun and the speaker (see
    # `resolve_inverted_speakers`).
    speaker_named: tuple[str, str, str, str] | None = None
    # An opening demonstrative resolved (`antecedent` an article): its noun
    # and the bare complement the text's latest mention of it before had
    # (« fonds », « de péréquation »: « Ce fonds » is « le fonds de
    # péréquation »; see `resolve_demonstratives`).
    named_in_full: tuple[str, str] | None = None
    # The names the text writes with a capital article in the middle of a
    # sentence (« a indiqué L'Oréal », « selon Le Parisien »), as (article,
    # word): the article is the name's own and keeps its capital wherever
    # the name goes (see `mark_titled_articles`).
    titled_articles: frozenset = frozenset()
    # What `per_sentence` functions derived from this sentence (see below).
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def words(self) -> int:
        return word_count(self.text)

    @property
    def is_quote_only(self) -> bool:
        return self.text.lstrip().startswith("«")


_MISSING = object()
_VARIADIC = inspect.CO_VARARGS | inspect.CO_VARKEYWORDS


def per_sentence(fn):
    """Memoize `fn(sentence, *args)` on the sentence: a sentence's text, parse
    and facts never change once analysed, and the stages ask for the same
    derived forms of the same sentences many times (profiled: `compress` ran
    three times per sentence). Lists are handed out as copies."""

    name = fn.__qualname__
    code = fn.__code__
    if code.co_argcount == 1 and not code.co_kwonlyargcount and not code.co_flags & _VARIADIC:
        # A function of the sentence alone (all but `compress`): its name is
        # the key, and the wrapper packs no arguments (about 1,100 calls per
        # article, half of them asked before).
        @functools.wraps(fn)
        def alone(s: Sentence):
            value = s.memo.get(name, _MISSING)
            if value is _MISSING:
                value = s.memo[name] = fn(s)
            return value[:] if isinstance(value, list) else value

        return alone

    @functools.wraps(fn)
    def wrapper(s: Sentence, *args, **kwargs):
        # (Most calls pass the sentence alone: the name is then the key.)
        key = (name, args, tuple(kwargs.items())) if kwargs else (name, args) if args else name
        value = s.memo.get(key, _MISSING)
        if value is _MISSING:
            value = s.memo[key] = fn(s, *args, **kwargs)
        return value[:] if isinstance(value, list) else value

    return wrapper


@dataclass
class Entity:
    name: str
    label: str
    count: int
    sentences: list[int]
    forms: list[str]
    roles: list[str] = field(default_factory=list)
    age: str | None = None


@dataclass
class Analysis:
    source: Source
    sentences: list[Sentence]
    title_doc: object | None
    entities: list[Entity]
    acronyms: dict[str, str]  # acronym -> expansion, as given by the text
    # What the stages derived once from the whole analysis (indexes), by name.
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def words(self) -> int:
        return self.source.words

    def entity(self, name: str) -> Entity | None:
        for e in self.entities:
            if e.name == name or name in e.forms:
                return e
        return None


def quotes_in(text: str) -> list[str]:
    """Quotations in « », outermost, word for word (inner text, stripped)."""
    if "«" not in text:
        return []  # (no quotation opens: a closing mark alone opens none; most sentences)
    out = []
    depth = 0
    start = 0
    # Only « and » matter: from one to the next, each found by str.find (a
    # memchr-like scan, where a pattern's class is tried at every position).
    opening, closing = text.find("«"), text.find("»")
    while opening >= 0 or closing >= 0:
        if closing < 0 or 0 <= opening < closing:
            if depth == 0:
                start = opening + 1
            depth += 1
            opening = text.find("«", opening + 1)
        else:
            if depth > 0:
                depth -= 1
                if depth == 0:
                    inner = text[start:closing].strip()
                    if inner:
                        out.append(inner)
            closing = text.find("»", closing + 1)
    return out


def dates_in(text: str, default_year: int | None = None) -> list[DateMention]:
    # A date holds only letters, digits, spaces and apostrophes: each run of
    # those (a piece of the text between two punctuation marks) is searched
    # on its own, and only a piece with a year or a month's name, which a
    # date needs (all patterns but the years need a month's name, and those
    # a year's digits). Each pattern finds in a piece what it finds there in
    # the whole text: a match never crosses a punctuation mark, which is to
    # the patterns (their \b, \s, lookahead) what the end of the text is. The
    # patterns scan a long text (an article) four times faster so, and a
    # sentence as fast as whole; the pieces' dates are memoized (see
    # `_piece_dates`): the checks' facts of the input and of the article
    # search again the pieces of the analysis' sentences.
    if "\n" not in text:
        digits, hints = _hints(text)
    else:
        # Neither a year's digits nor a month's name spans a line break,
        # which is no word character (what a name's hint asks of the
        # character after it): the hints of a text are those of its lines.
        # A line met before as a text of its own (the checks' facts of the
        # input search its paragraphs, which the analysis searched) takes
        # its hints from `_hints`; each run of the other lines is scanned
        # at once (an article's many short lines, each scanned on its own,
        # cost more).
        digits, hints = False, []
        for start, end, known in line_runs(text, _LINE_HINTS):
            digits = _add_hints(hints, _scan_hints(text[start:end]) if known is None else known, start) or digits
    if not hints:
        return []
    n = len(text)
    found: list[DateMention] = []
    backwards = text[::-1]
    k = 0
    while k < len(hints):
        at = hints[k][0]
        before = _DATE_BREAK.search(backwards, n - at)
        start = n - before.start() if before else 0
        stop = _DATE_BREAK.search(text, at)
        end = stop.start() if stop else n
        piece_years = piece_months = False
        while k < len(hints) and hints[k][0] < end:
            if hints[k][1]:
                piece_years = True
            else:
                piece_months = True
            k += 1
        piece_digits = piece_years or (digits and _DIGIT.search(text, start, end) is not None)
        # (Its spaces at either end taken off: a date neither starts nor ends
        # on one, and they are to the patterns what the end of a text is.
        # The same words after a line break or after a sentence's end.)
        piece = text[start:end]
        core = piece.strip()
        start += len(piece) - len(piece.lstrip())
        for said, year, month, day, a, b in _piece_dates(core, piece_digits, piece_years, piece_months):
            if year is None and day is not None:
                year = default_year  # a day and month without a year
            found.append(DateMention(said, year, month, day, start + a, start + b))
    return sorted(found, key=lambda d: d.start)


# The hints of the texts of one line `dates_in` was asked (see `_hints`).
_LINE_HINTS: dict[str, tuple[bool, tuple]] = {}


def _hints(text: str) -> tuple[bool, tuple]:
    """`_scan_hints(text)` of a text of one line, memoized in `_LINE_HINTS`
    (at most 4,096 texts: it is emptied when full)."""
    found = _LINE_HINTS.get(text)
    if found is None:
        if len(_LINE_HINTS) >= 4096:
            _LINE_HINTS.clear()
        found = _LINE_HINTS[text] = _scan_hints(text)
    return found


def _add_hints(hints: list, found: tuple[bool, tuple], offset: int) -> bool:
    """Add to `hints` those of `found` (`_scan_hints` of a line or lines at
    `offset`); whether those hold a digit."""
    if found[1]:
        hints += [(offset + at, year) for at, year in found[1]]
    return found[0]


def _scan_hints(text: str) -> tuple[bool, tuple]:
    """Whether `text` holds a digit, and where the years' four digits (what
    the year patterns need) and the months' names (what the others need)
    are, in order: (offset, is a year). A piece of a text with other digits
    but neither can hold no date (see `dates_in`)."""
    digits = _DIGIT.search(text) is not None
    # (Each branch of `_YEAR_DIGITS` on its own: what counts is which pieces
    # hold a year's digits, and a piece holds a match of the alternation iff
    # it holds one of a branch; the hints are sorted below.)
    hints = [(m.start(), True) for p in _YEAR_DIGITS_BRANCHES for m in p.finditer(text)] if digits else []
    # (The lower-case text as the other stages ask it of a sentence: memoized.)
    low = lower_for_search(text)
    if low is not None:
        # The names in the lower-case text, where it has the same offsets and
        # none of the letters that re.I takes for i or s (« İ », « ı », « ſ »).
        # (Each name looked for on its own: the pattern of the twelve scans
        # slower. A name holds only letters: a piece holds the pattern's
        # match wherever it holds a name.)
        # (Tested with « in » first: most texts hold few names, a sentence often none.)
        # Every pattern reads a name followed by no word character (a \b or
        # a space after it): a name inside a word (« mais », « jamais », «
        # semaine ») is no hint.
        word = _WORD_CHAR.match
        hints += [(at, False) for name in _MONTH_NAMES if name in low for at in find_all(low, name)
                  if word(text, at + len(name)) is None]
    else:
        low = text.lower()
        if any(m in low for m in _MONTH_NAMES) or _MONTH_NAME.search(text) is not None:
            # (A name spelt with letters that fold to i or s, « ſeptembre », is a
            # month's name to the case-insensitive patterns, not to the test of « in ».)
            hints += [(m.start(), False) for m in _MONTH_NAME.finditer(text)]
    hints.sort()
    return digits, tuple(hints)


dates_in.cache_clear = _LINE_HINTS.clear  # as the memoized functions: a fresh start forgets them


@functools.lru_cache(maxsize=4096)  # pure; asked again for the same pieces (see `dates_in`)
def _piece_dates(piece: str, digits: bool, years: bool, months: bool) -> tuple:
    """The dates of one piece of a text (see `dates_in`), as tuples of
    DateMention's fields, offsets in the piece, with no default year. (A
    piece alone is searched as within its text: what lies around it, a
    punctuation mark or nothing, is no word character, space or apostrophe.)"""
    return tuple((d.text, d.year, d.month, d.day, d.start, d.end)
                 for d in _dates_between(piece, digits, years, months))


def _month_num(name: str) -> int:
    """The month a name the date patterns matched stands for. Matching
    ignores case as Unicode folds it, so « ſeptembre » (long s) or « avrıl »
    (dotless i) match too: they are read as the letters they fold to."""
    return MONTH_NUM[lower_as_searched(name)]


# The date patterns, in their order of precedence, and the same read
# case-sensitively, for a text in lower case: in a text with no `ODD_CASE`
# letter, the matches of a pattern are those of its case-sensitive form in
# the text's lower case, at the same offsets. (The patterns' letters are all
# lower case; lowering any other character gives one character, which re.I
# takes for a letter of theirs iff it is that letter, and which is a word
# character, a space or a digit iff the character is: tests/test_dates.py
# checks it over every code point.) The case-sensitive scan is about twice
# as fast: re.I folds each character it compares.
_DATE_PATTERNS = (_DAY_MONTH, _MONTH_YEAR, _YEAR_RANGE, _YEAR, _MONTH_ALONE)
_LOWER_DATE_PATTERNS = tuple(re.compile(p.pattern) for p in _DATE_PATTERNS)


def _dates_between(text: str, digits: bool, years: bool, months: bool) -> list[DateMention]:
    """The dates of `text`, one piece of `dates_in`: each pattern in
    turn, a match kept where none of a pattern before it is. The patterns
    that need them are skipped when the piece has no digit, no year's digits
    (`_YEAR_DIGITS`), no month's name. (Searched in the lower-case text
    where it has no `ODD_CASE` letter, see `_LOWER_DATE_PATTERNS`; what a
    match says is cut from the text.)"""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    patterns, searched = (_DATE_PATTERNS, text) if has_odd_case(text) else (_LOWER_DATE_PATTERNS, text.lower())
    day_month, month_year, year_range, year_after, month_alone = patterns
    none = ()
    for m in day_month.finditer(searched) if digits and months else none:
        a, b = m.span()
        day = 1 if m.group(1).lower() == "1er" else int(m.group(1))
        year = int(m.group(3)) if m.group(3) else None  # (`dates_in` fills it in)
        found.append(DateMention(text[a:b], year, _month_num(m.group(2)), day, a, b))
        taken.append((a, b))
    for m in month_year.finditer(searched) if digits and months else none:
        a, b = m.span()
        if free(a, b):
            found.append(DateMention(text[a:b], int(m.group(2)), _month_num(m.group(1)), None, a, b))
            taken.append((a, b))
    for m in year_range.finditer(searched) if years else none:
        a, b = m.span()
        if free(a, b):
            found.append(DateMention(text[a:b], int(m.group(1)), None, None, a, b))
            taken.append((a, b))
    for m in year_after.finditer(searched) if years else none:
        a, b = m.span()
        if free(a, b):
            found.append(DateMention(text[a:b], int(m.group(1)), None, None, a, b))
            taken.append((a, b))
    for m in month_alone.finditer(searched) if months else none:
        a, b = m.span()
        if free(a, b):
            found.append(DateMention(text[a:b], None, _month_num(m.group(1)), None, a, b))
            taken.append((a, b))
    return found


_BAD_ENTITY = re.compile(r"^(?:[a-zà-ÿ]|[A-ZÀ-Ý]['’]?$|.*\d)")
ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")
# Where `analyse` leaves a sentence's entities, (text, label) as `Span.text`
# and `Span.label_` give them, in the Doc's user_data.
ENTITIES_KEY = "seoarticle.ents"
LEADING_DETERMINER = re.compile(r"^(?:[Ll]e|[Ll]a|[Ll]es|[Ll]'|[Dd]u|[Dd]es|[Dd]e|[Dd]')\s*")
# Words that are no name though a capital opens them where they open a
# sentence or a question, and the model tags them: the question words
# (« Combien de mètres la Loire a-t-elle atteints ? »), the weekdays.
NOT_NAME_WORDS = frozenset(
    "combien comment pourquoi quand où qui que quoi quel quelle quels quelles lequel laquelle lesquels lesquelles".split()
    + WEEKDAYS.split("|"))


# A name going on after the tagger's end with a particle and a capitalised
# word: « Gwénaëlle[ Le Dantec] », « Anne[ de La Rochefoucauld] ». A capital
# particle inside a sentence is a name's; a small one (« de », « du ») may
# open a place (« Jean Dupont de Paris »): only after a first name alone.
_CAPITAL_PARTICLE = re.compile(r"(?: (?:Le|La|Les|Du|De|Des|Di|Da|Van|Von)(?= [A-ZÀ-Ý]))+ [A-ZÀ-Ý][\w-]*")
_SMALL_PARTICLE = re.compile(r" (?:de |du |des |d['’])(?:(?:La|Le) )?([A-ZÀ-Ý][\w-]*)")
# A name the tagger cut before its particle: « [Marine ]Le Pen ».
_OPENS_ON_CAPITAL_PARTICLE = re.compile(r"(?:Le|La|Les|Du|De|Des|Di|Da|Van|Von) [A-ZÀ-Ý]")


def _name_particle_after(text: str, end: int, first_name_only: bool, not_names: frozenset = frozenset()) -> str:
    """The rest of a person's name the entity at text[..end] left out, or "".
    A small particle opens a club or a place as well as a name (« Neymar du
    PSG », « Deschamps de Bayonne »): not when the word after it is an
    acronym (an organisation's) or opens a name of `not_names` (the places,
    organisations and other non-person entities the text names)."""
    m = _CAPITAL_PARTICLE.match(text, end)
    if m is None and first_name_only:
        m = _SMALL_PARTICLE.match(text, end)
        if m and (m.group(1).isupper() or any(n == m.group(1) or n.startswith(m.group(1) + " ") for n in not_names)):
            m = None
    return m.group(0) if m else ""


_PER = get_string_id("PER")  # (the hash of the label a person's entity carries)


def _first_name_before(w, a: int, text: str) -> str:
    """« Marine » when the tagger's person `text`, tokens a.. of the words
    `w`, is « Le Pen » in « Marine Le Pen »: a capitalised proper noun right
    before a name opening on a capital particle (inside a sentence a capital
    « Le » is a name's)."""
    if a == 0 or not _OPENS_ON_CAPITAL_PARTICLE.match(text):
        return ""
    j = a - 1
    word = w.text[j]
    # (An entity type's hash is 0 where the token has none.) A word the
    # tagger made an entity of its own, right before (« a déclaré
    # [Flavio][ Di Giacomo] », Flavio a place), is the first name too; not
    # after a preposition or an article (« à Rome Di Maio … »). A first
    # name known, a person's label, or right after a verb, where a place or a
    # demonym takes an article: not « l'ancien Madrilène Di Maria ».
    alone = w.ent_iob[j] == 3 and w.ent_iob[a] == 3 and (j == 0 or w.pos[j - 1] not in ("ADP", "DET")) and (
        first_name_gender(word) is not None or w.ent_type[j] == _PER
        or j > 0 and w.pos[j - 1] in ("VERB", "AUX"))
    if w.pos[j] != "PROPN" or w.ent_type[j] and not alone or not w.space[j] or not word[:1].isupper() or not word.replace("-", "").isalpha():
        return ""
    return word + " "


# What goes on after a name up to an acronym in brackets: « l'Institut
# national de recherche pour l'agriculture[, l'alimentation et
# l'environnement] (Inrae) ». (An acronym may be written as a word: Inrae.)
_RUNS_TO_ACRONYM = re.compile(r"((?:,? [\w'’-]+){1,8}) \(([A-ZÀ-Ý][A-Za-zÀ-ÿ0-9]{1,9})\)")


# A coordination then a capitalised word, its article between (« et la Cour
# de justice », « ou l'Agence »): a second name (the pattern
# `outline._names_joined` reads as two names), not the same name going on
# (« l'agriculture, l'alimentation et l'environnement »).
_SECOND_NAME = re.compile(r"\b(?:et|ou|ni)\s+(?:(?:la|le|les)\s+|l['’])?[A-ZÀ-Ý]")


def _name_up_to_acronym(text: str, w, z: int, name: str) -> str:
    """The words between the tagger's name ending on token z - 1 of the
    sentence `text` (words `w`) and an acronym in brackets after it, when
    the name stops short of the letters the acronym stands for and goes on
    to them (the tagger cut « l'Institut national de recherche pour
    l'agriculture, l'alimentation et l'environnement (Inrae) » at its
    comma); "" otherwise, or when a verb or a pronoun lies between."""
    end = w.end_char(z - 1)
    m = _RUNS_TO_ACRONYM.match(text, end)
    if m is None:
        return ""
    acro = strip_accents(m.group(2)).upper()
    if _initials_match(strip_accents(name), acro) or not _initials_match(strip_accents(name + m.group(1)), acro):
        return ""
    if _SECOND_NAME.search(m.group(1)) or _initials_match(strip_accents(m.group(1).strip(" ,")), acro):
        # A second name joined to the tagger's (« la Commission européenne et
        # la Cour de justice de l'Union européenne (CJUE) »), or words that
        # alone stand for the acronym: the acronym is theirs, not the name's.
        return ""
    stop = m.end(1)
    k = z
    while k < w.n and w.idx[k] < stop:
        if w.pos[k] in ("VERB", "AUX", "PRON", "SCONJ"):
            return ""
        k += 1
    return m.group(1)


def _entity_spans(w, store) -> list[tuple[int, int, str]]:
    """The entities of a sentence's words `w` as `Doc.ents` reads them,
    (first token, end token, label): read from the ENT_IOB and ENT_TYPE
    columns, no spaCy Span built (`store`: the Doc's StringStore)."""
    return _entities(w.ent_iob, w.ent_type, store) if 3 in w.ent_iob else []  # (3: spaCy's code of an entity's start)


# A noun of an office before « de la » (« le procureur de la République »,
# « la présidente de la République »: not « place de la République »).
_OFFICE_BEFORE = re.compile(r"\b[a-zàâçéèêëîïôûù]+(?:eur|euse|rice|ent|ente)s? de la $")
_AFTER_OFFICE = re.compile(r"^République(?: (?:de |du |d['’])| ?$)")
# Time words the model takes into a name before them (« Vigicrues samedi »).
# (Not after a preposition or an article: « Journal du dimanche » is a name.)
TRAILING_TIME = re.compile(rf"(?<!\bdu)(?<!\bde)(?<!\bdes)(?<!\bla)(?<!\ble)(?<!\bau)(?<!\baux)(?<!\bet)(?<!\bà)"
                           rf"(?: (?:{WEEKDAYS}|matin|soir|midi|après-midi))+$")


_TRAILING_ELISION = re.compile(r"\s+(?:[CcDdJjLlMmNnSsTt]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’]$")


# A name ending on an initial: « David L », « Jean-Marc V ».
_ENDS_ON_INITIAL = re.compile(r"\w[\s-][A-ZÀ-Ý]$")


def _clean_entity(text: str, label: str) -> str | None:
    """The name an entity (its text, its label) stands for, or None."""
    # An elided word ends no name: it opens the next words (« fiche S.
    # D'[après] »).
    text = _TRAILING_ELISION.sub("", text)
    stripped = text.strip(" ,.;:«»()\"'")
    if label == "PER" and _ENDS_ON_INITIAL.search(stripped):
        # « David L. »: the period of an initial is the name's (an
        # abbreviation), not the punctuation after it.
        end = len(text) - len(text.lstrip(" ,.;:«»()\"'")) + len(stripped)
        if text[end : end + 1] == ".":
            stripped += "."
    text = stripped
    # Drop a leading determiner the model sometimes includes.
    if label != "PER":
        text = LEADING_DETERMINER.sub("", text)
    elif text[:1].islower() or text[:3] in ("Le ", "La ", "L'"):
        # A rank or a title the model took into the name (« capitaine
        # Morel »): the name is the rest (a capital title, « Me », « M. », stays).
        text = _RANK_BEFORE_NAME.sub("", text)
    if " " in text:
        text = TRAILING_TIME.sub("", text)
    if len(text) < 2 or _BAD_ENTITY.match(text) or "«" in text or "»" in text or text.lower() in NOT_NAME_WORDS:
        return None
    return text


def _units(source: Source) -> list[tuple[int, str]]:
    """(block index, sentence) for every sentence of the body's paragraphs."""
    return [(b, s) for b, block in enumerate(source.blocks) if block.kind == "para" for s in split_sentences(block.text)]


def _numbers_and_dates(source: Source, units: list[tuple[int, str]], default_year: int | None) -> tuple[list, list]:
    """The numbers (canonical forms, `text.numbers`) and the dates
    (`dates_in` with the default year) of each sentence of `units`
    (`_units(source)`), found in each paragraph whole and dealt to its
    sentences by offset: what each sentence alone gives. (A sentence ends on
    a mark, . ! ? … or a closing one, which no number or date crosses and
    which is to the patterns what the end of a text is; only spaces lie
    between two sentences.) The paragraphs' numbers and dates' hints are
    memoized: the checks' facts of the input ask them again, as its lines."""
    numbers: list[list[str]] = []
    dates: list[list[DateMention]] = []
    k = 0
    while k < len(units):
        b = units[k][0]
        paragraph = source.blocks[b].text
        found_numbers, found_dates = number_matches(paragraph), dates_in(paragraph, default_year)
        i = j = 0
        at = 0
        while k < len(units) and units[k][0] == b:
            s = units[k][1]
            at = paragraph.find(s, at)
            end = at + len(s)
            said: list[str] = []
            while i < len(found_numbers) and found_numbers[i][0] < end:
                said.append(number_form(found_numbers[i][1]))
                i += 1
            numbers.append(said)
            mentions: list[DateMention] = []
            while j < len(found_dates) and found_dates[j].start < end:
                d = found_dates[j]
                mentions.append(DateMention(d.text, d.year, d.month, d.day, d.start - at, d.end - at))
                j += 1
            dates.append(mentions)
            at = end
            k += 1
    return numbers, dates


def texts_to_parse(source: Source, units: list | None = None) -> list[str]:
    """What `analyse` parses, in order: each sentence of the body (`units`,
    when `_units(source)` is at hand), then the title. A batch parses these
    for many inputs in one `nlp.pipe` call and hands each input its own Docs
    (`analyse(source, docs=...)`)."""
    units = _units(source) if units is None else units
    return [s for _, s in units] + ([source.title] if source.title else [])


def analyse(source: Source, nlp=None, docs: list | None = None) -> Analysis:
    """The analysis of `source`. `docs`, when given, are the parses of
    `texts_to_parse(source)`, in that order (by the same pipeline)."""
    units = _units(source)
    if docs is None:
        if nlp is None:
            from .nlp import get_nlp

            nlp = get_nlp()
        docs = list(nlp.pipe(texts_to_parse(source, units)))
    else:
        docs = list(docs)
        if len(docs) != len(units) + bool(source.title):
            raise ValueError(f"analyse: {len(docs)} docs given for {len(units) + bool(source.title)} texts")
    default_year = int(source.dateline.split()[-1]) if source.dateline else None
    title_doc = docs.pop() if source.title else None

    sentences: list[Sentence] = []
    # Each parse read into arrays now, with the text it was parsed from: its
    # words are cut from the text (see `arrays.words_of`); every stage reads them.
    if title_doc is not None:
        words_of(title_doc, source.title)
    words = [words_of(doc, s) for (_, s), doc in zip(units, docs)]
    # Each sentence's entities, (first token, end token, label), read from
    # its words, and (text, label): the text cut from the sentence's (a Span
    # builds its text token by token), kept with the Doc: `facts` reads them too.
    spans = [_entity_spans(w, doc.vocab.strings) for w, doc in zip(words, docs)]
    named = [[(s[w.idx[a] : w.end_char(z - 1)], label) for a, z, label in found]
             for (_, s), w, found in zip(units, words, spans)]
    for doc, found in zip(docs, named):
        doc.user_data[ENTITIES_KEY] = found
    numbers, dates = _numbers_and_dates(source, units, default_year)
    not_names = None  # (read when a person is found)
    for k, ((b, s), doc, w, found, texts) in enumerate(zip(units, docs, words, spans, named)):
        ents = []
        for (a, z, _), (text, label) in zip(found, texts):
            if label in ENTITY_LABELS:
                if label == "PER":
                    if not_names is None:
                        # The names of the places, organisations and other
                        # entities not persons of all sentences, without a
                        # leading determiner.
                        not_names = frozenset(LEADING_DETERMINER.sub("", t.strip(" ,.;:«»()\"'"))
                                              for found_ in named for t, lab in found_ if lab != "PER")
                    first_name = _first_name_before(w, a, text)
                    if first_name and ents and ents[-1][0] == first_name.strip():
                        ents.pop()  # (the tagger's entity of the first name alone: « Flavio » a place)
                    text = first_name + text + _name_particle_after(
                        s, w.end_char(z - 1), " " not in text.strip(), not_names)
                    first = text.split(" ", 1)[0]
                    if first != text and _SMALL_PARTICLE.match(text, len(first)) and not _name_particle_after(
                            text, len(first), True, not_names):
                        text = first  # the tagger's « Zidane du Real Madrid », the Real Madrid named elsewhere
                elif text.startswith("République") and _OFFICE_BEFORE.search(s, 0, w.idx[a]):
                    # « le procureur de la République[ de Rouen] »: the
                    # office's word, no place; the place is what follows.
                    text = _AFTER_OFFICE.sub("", text)
                elif "(" in s:
                    text += _name_up_to_acronym(s, w, z, text)
                name = _clean_entity(text, label)
                if name:
                    ents.append((name, label))
        sentences.append(
            Sentence(
                id=k, block=b, text=s, doc=doc, quotes=quotes_in(s), numbers=numbers[k],
                dates=dates[k], entities=ents,
            )
        )
    add_titled_surnames(sentences)
    mark_titled_articles(sentences)
    resolve_subjects(sentences)
    resolve_inverted_speakers(sentences)
    resolve_demonstratives(sentences)
    resolve_date_anaphora(sentences)
    apart = separate_titled_persons(sentences)
    acronyms = find_acronyms(sentences)
    entities = aggregate_entities(sentences, acronyms, apart)
    attach_roles(sentences, entities)
    return Analysis(source, sentences, title_doc, entities, acronyms)


# --- a name whose article is its own -----------------------------------------

# A capital article after a word, in the middle of a sentence (« de L'Oréal »,
# « a révélé Le Parisien »): the article belongs to the name.
_TITLED_ARTICLE = re.compile(r"(?<=[\w,)] )(L['’]|Le |La |Les )([A-ZÀ-ÖØ-Ý][\w-]*)")


def mark_titled_articles(sentences: list[Sentence]) -> None:
    """Set each sentence's `titled_articles`: the names the whole text writes
    with a capital article in the middle of a sentence (« le groupe
    L'Oréal »), so that a line that moves « L'Oréal » from the start of its
    sentence (« selon L'Oréal ») keeps that capital, where « L'entreprise »,
    « L'Élysée » (« l'Élysée » in the text) take a small letter."""
    found = set()
    for s in sentences:
        if "L" in s.text:
            found.update((m.group(1).strip().replace("’", "'"), m.group(2)) for m in _TITLED_ARTICLE.finditer(s.text))
    if found:
        titled = frozenset(found)
        for s in sentences:
            s.titled_articles = titled


# --- a person called by a title and the surname ------------------------------

# Titles of address and ranks said before a surname alone (« le capitaine
# Mathieu », « le docteur Ribes », « Me Fabre », « M. Santoso »). Not the
# family words (« son frère Laurent » names a brother by his first name).
_SURNAME_TITLES = (
    "capitaine|commandant|colonel|lieutenant-colonel|lieutenant|général|générale|adjudant-chef|adjudant|major|"
    "brigadier|sergent|caporal|amiral|commissaire|docteur|professeur|maître|abbé|monseigneur|monsieur|madame|"
    "mademoiselle")
TITLE_WORD = re.compile(rf"(?i:{_SURNAME_TITLES})|Me|Mgr|Dr|Pr|M\.|Mme|Mlle")
_RANK_BEFORE_NAME = re.compile(rf"^(?:(?:[Ll]e|[Ll]a) |[Ll]')?(?:{_SURNAME_TITLES}) (?=[A-ZÀ-Ý])")


def bare_name(name: str) -> str:
    """A person's name without the titles before it: « Julien Fabre » of
    « Me Julien Fabre »; the name itself when it is all titles but one word."""
    words = name.split(" ")
    k = 0
    while k < len(words) - 1 and TITLE_WORD.fullmatch(words[k]):
        k += 1
    return " ".join(words[k:]) if k else name


def add_titled_surnames(sentences: list[Sentence]) -> None:
    """A title or a rank before the surname of a person the text names in
    full, and of no other person (« le capitaine Mathieu » after « le
    capitaine Laurent Mathieu »): a mention of that person, which the tagger
    often misses; added to the sentence's entities as the surname, which
    `aggregate_entities` joins to the full name."""
    full: dict[str, set[str]] = {}
    for s in sentences:
        for name, label in s.entities:
            if label == "PER" and " " in name:
                bare = bare_name(name)  # « Me Julien Fabre » is Julien Fabre
                last = bare.rpartition(" ")[2]
                if last != bare and last[:1].isupper():
                    full.setdefault(last, set()).add(bare)
    surnames = [n for n, names in full.items() if len(names) == 1]
    if not surnames:
        return
    for s in sentences:
        text = s.text
        if not any(n in text for n in surnames):
            continue  # (a quick test: most sentences name none of them)
        # The matches of (?<![\w.])(?:title) (surname|surname|…)(?![\w-]),
        # left to right, found without compiling that pattern (a new one for
        # each text: about a millisecond in a fresh process): a title and
        # its space, then the first surname, in order, that the text goes on
        # with and that no word character or hyphen continues. (No title
        # holds a space, so a title at a given place ends at one space at
        # most; a title that opens inside another, « colonel » of «
        # lieutenant-colonel », ends at the same one.)
        m = _TITLE_THEN_SPACE.search(text)
        while m is not None:
            at = m.end()
            n = next((n for n in surnames if text.startswith(n, at) and not _NAME_GOES_ON.match(text, at + len(n))),
                     None)
            if n is None:
                m = _TITLE_THEN_SPACE.search(text, at)
                continue
            if not any(name == n or name.endswith(" " + n) for name, _ in s.entities):
                s.entities.append((n, "PER"))
            m = _TITLE_THEN_SPACE.search(text, at + len(n))


# A title before a surname, and its space (see `add_titled_surnames`).
_TITLE_THEN_SPACE = re.compile(rf"(?<![\w.])(?:{TITLE_WORD.pattern}) ")
_NAME_GOES_ON = re.compile(r"[\w-]")



# --- a title and a surname that name another person ----------------------------

# Kin (« son épouse, Mme Dupont », « son fils, le lieutenant Morel »): a
# relative of someone, with that person's surname: another person.
_KIN = (r"(?:ex-|demi-|beau-|belle-|grand-|petite?-)?(?:épou(?:x|se)|mari|femme|fils|fille|père|mère|frère|sœur|"
        r"oncle|tante|neveu|nièce|cousine?|compagne|compagnon|conjointe?|gendre|bru|veuve?|veuf|enfant|fiancée?|"
        r"aînée?|cadette?)s?")
_KIN_BEFORE = re.compile(rf"(?:(?<![\w'])(?:[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?|[Mm]on|[Mm]a|[Nn]otre|[Vv]otre) (?:[\w-]+ )?{_KIN}"
                         rf"|(?<![\w'])(?:[Ll]a|[Ll]e|[Ll]') ?{_KIN} (?:de|d'|du|des) [^,;:«»]+)(?: [\w-]+)?,? $")
_KIN_AFTER = re.compile(rf"^, (?:(?:son|sa|ses|leurs?) (?:[\w-]+ )?{_KIN}\b|(?:la |le |l'){_KIN} (?:de|d'|du|des)\b)")
# Courtesy titles (gendered) and forms of address: how a person is called,
# no role (« le docteur Martin » may be any doctor's title).
_COURTESY = {"m.": "Masc", "monsieur": "Masc", "mme": "Fem", "madame": "Fem", "mlle": "Fem", "mademoiselle": "Fem"}
_ADDRESS = {*_COURTESY, "docteur", "professeur", "maître", "me", "mgr", "monseigneur", "abbé", "père", "sœur", "frère", "dr", "pr"}
# A nominal apposition before a name (« Un de ses patients, Kevin Martin »).
_APPOS_BEFORE = re.compile(r"(?:^|[,;:(] )([^,;:«»()]{2,80}), $")


def _noun_key(word: str) -> str:
    """A noun compared across mentions: lower case, no plural ending."""
    word = word.lower()
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def _appos_head(s: Sentence, start: int, end: int, role: bool = False) -> str | None:
    """The head noun of a nominal apposition at characters start..end of s
    (the first common noun; none when the words hold a finite verb or a
    person's name, or, for a `role`, are not one: `_is_role_words`)."""
    span = _char_span(s.doc, start, end)
    if span is None or role and not _is_role_words(s.doc, *span):
        return None
    w = words_of(s.doc)
    types = _entity_types(s.doc)
    toks = range(*span)
    if any(w.verb_finite[i] or types[i] == "PER" for i in toks):
        return None
    return next((_noun_key(w.text[i]) for i in toks if w.pos[i] == "NOUN" and w.text[i][:1].islower()), None)


def _mention_roles(s: Sentence, start: int, end: int, role_before: bool = True) -> set[str]:
    """The head nouns of what s says a person is, around the mention at
    start..end: an apposition after (« , médecin généraliste, ») or before
    (« Un de ses patients, »), or (`role_before`) a role right before (« le
    maire X »)."""
    roles = set()
    ap = _APPOS_AFTER.match(s.text[end:])
    if ap and not _AGE.match(s.text[end:]):
        roles.add(_appos_head(s, end + ap.start(1), end + ap.end(1), role=True))
    before = _APPOS_BEFORE.search(s.text, 0, start)
    if before:
        roles.add(_appos_head(s, before.start(1), before.end(1)))
    role = _role_before(s, start) if role_before else None
    if role:
        at = s.text.rfind(role[1:], 0, start)
        if at > 0:
            roles.add(_appos_head(s, at - 1, at + len(role) - 1))
    roles.discard(None)
    return roles - _ADDRESS


def _title_before(s: Sentence, start: int) -> tuple[int, str, str | None] | None:
    """The title or role right before a surname at `start` (« Mme », « le
    docteur », « la capitaine », « l'institutrice »): (where it starts,
    the title, its article in lower case)."""
    w = words_of(s.doc)
    i = w.token_at(start)
    if not i:
        return None
    t = i - 1
    word = w.text[t]
    if not (TITLE_WORD.fullmatch(word) or (w.pos[t] == "NOUN" and word[:1].islower())):
        return None
    art = w.lower[t - 1] if t and w.lower[t - 1] in ("le", "la", "l'", "un", "une") else None
    return (w.idx[t - 1] if art else w.idx[t]), word, art


def _title_gender(title: str, article: str | None, s: Sentence, end: int) -> str | None:
    """The gender a title shows (« Mme », « M. », « la capitaine »,
    « l'institutrice », « Mme Dupont, institutrice retraitée »); not « le
    docteur »: a woman's title too."""
    from .engines.questions import paired_gender

    low = title.lower()
    if low in _COURTESY:
        return _COURTESY[low]
    if article in ("la", "une"):
        return "Fem"
    if low not in _ADDRESS and paired_gender(low) == "Fem":
        return "Fem"
    m = re.match(r", ([a-zà-ÿœ-]+)", s.text[end:])
    return "Fem" if m and paired_gender(m.group(1)) == "Fem" else None


# The forms of « être » before a participle that agrees with its subject.
_ETRE = {"est", "était", "sera", "serait", "été", "fut", "soit", "sont", "étaient"}
# Adjectives before a role that show its gender (« l'ancien maire »).
_GENDERED_ADJECTIVES = {"ancien": "Masc", "ancienne": "Fem", "nouveau": "Masc", "nouvel": "Masc", "nouvelle": "Fem",
                        "premier": "Masc", "première": "Fem", "dernier": "Masc", "dernière": "Fem", "futur": "Masc",
                        "future": "Fem", "seul": "Masc", "seule": "Fem"}
# Common first names of one gender (not those of both: Camille, Dominique,
# Claude, Sacha…); a compound (« Jean-Marie ») has its first part's.
_MALE_NAMES = set("""Jean Pierre Michel André Philippe Alain Jacques Bernard Patrick Daniel Nicolas Christophe Éric
Eric Laurent Stéphane Frédéric Olivier David Thierry Pascal Sébastien Julien Thomas Alexandre Antoine Paul Louis
François Gérard Marcel Henri Robert Georges Roger René Guy Yves Didier Vincent Franck Bruno Gilles Serge Denis Marc
Luc Hervé Fabrice Arnaud Cédric Jérôme Guillaume Maxime Romain Kevin Kévin Hugo Lucas Théo Mathieu Matthieu Benoît
Emmanuel Xavier Yannick Ludovic Lionel Raymond Roland Gabriel Raphaël Léo Nathan Enzo Arthur Jules Mohamed Mohammed
Ahmed Karim Rachid Mehdi Youssef Samir Bertrand Benjamin Damien Florian Jonathan Anthony Jordan Quentin Adrien
Baptiste Bastien Clément Valentin Victor Édouard Étienne Joseph Lucien Fernand Maurice Albert Hubert Régis Gaël Loïc
Erwan Yann Ronan Tristan Mickaël Michaël Jean-Pierre Vladimir Volodymyr Sergueï Dmitri Igor Ivan Boris""".split())
_FEMALE_NAMES = set("""Marie Anne Sophie Isabelle Catherine Nathalie Sylvie Christine Françoise Monique Valérie
Sandrine Véronique Céline Stéphanie Julie Aurélie Émilie Emilie Laura Léa Manon Chloé Emma Inès Sarah Laure Claire
Hélène Jeanne Élise Elise Alice Louise Juliette Pauline Charlotte Lucie Caroline Virginie Delphine Florence Martine
Nicole Brigitte Jacqueline Danielle Chantal Patricia Corinne Karine Laurence Agnès Béatrice Mathilde Margaux Marine
Anaïs Audrey Mélanie Élodie Elodie Fanny Amandine Marion Océane Zoé Nadia Fatima Leïla Yasmine Agathe Ségolène
Rachida Élisabeth Elisabeth Geneviève Odile Colette Simone Suzanne Madeleine Yvonne Denise Thérèse Gisèle Annie
Évelyne Muriel Myriam Nadine Pascale Sabine Carole Cécile Gaëlle Solène Clémence Justine Eva Ève Anna Clara Sandra
Jessica Vanessa Jennifer Mélissa Laetitia Sonia Magali Estelle Noémie Coralie Marianne Irène Olga Tatiana Svetlana
Natalia Ursula Angela Kamala Giorgia""".split())


def first_name_gender(full: str) -> str | None:
    """The gender of a person's first name (« Jacques Delors » -> « Masc »)
    when it is one of the common names of one gender; None for any other."""
    first = full.split(" ")[0].split("-")[0]
    return "Masc" if first in _MALE_NAMES else "Fem" if first in _FEMALE_NAMES else None


def role_gender(w, role: int) -> str | None:
    """The gender a role noun (token `role`) shows: its article, an adjective
    before it (« l'ancien maire »), or the noun (« agricultrice »)."""
    from .engines.questions import paired_gender

    for c in w.children(role):
        if c < role and w.dep[c] == "det" and w.lower[c] in _GENDERED_ARTICLES:
            return _GENDERED_ARTICLES[w.lower[c]]
        if c < role and w.lower[c] in _GENDERED_ADJECTIVES:
            return _GENDERED_ADJECTIVES[w.lower[c]]
    return paired_gender(w.lower[role])


def _agreeing(w, h: int) -> str | None:
    """The gender of a participle after « être » (token h), which agrees
    with its subject (« est porté », « a été retrouvée »)."""
    if w.pos[h] != "VERB" or "Part" not in w.morph(h, "VerbForm") or not any(
            w.lower[c] in _ETRE for c in w.children(h) if w.dep[c].startswith("aux")):
        return None
    word = w.lower[h]
    return "Fem" if word.endswith(("e", "es")) and not word.endswith("és") else "Masc"


def _gender_shown(sentences: list[Sentence], full: str) -> str | None:
    """A person's gender as the text tells it: the first name, a title or a
    role's article (`_person_gender`), a role in apposition (« Claire Ribes,
    agricultrice », « l'ancien maire de Saint-Malo, Yves Kerbrat »), a
    participle that agrees (« Jean Dupont … est porté disparu », « Yves
    Kerbrat, qui avait été condamné »), a pronoun resolved to the person
    (« Il »); None when the text tells none, or both."""
    first = full.split(" ")[0].split("-")[0]
    shown = {"Masc" if first in _MALE_NAMES else "Fem" if first in _FEMALE_NAMES else None}
    for s in sentences:
        if s.antecedent and bare_name(s.antecedent) == full:
            shown.add(_PRONOUN_FEATURES.get(s.text[s.pronoun_at :].split(" ", 1)[0].lower(), (None,))[0])
        if full not in s.text:
            continue
        for name, label in s.entities:
            if label != "PER" or bare_name(name) != full:
                continue
            shown.add(_person_gender(s, name))
            at = s.text.find(name)
            span = _char_span(s.doc, at, at + len(name))
            if span is None:
                continue
            w = words_of(s.doc)
            a, b = span
            for i in range(a, b):
                h = w.head[i]
                if h < a or h >= b:
                    if w.dep[i] in ("nsubj", "nsubj:pass"):
                        shown.add(_agreeing(w, h))  # « Jean Dupont … est porté disparu »
                    elif w.dep[i] in ("appos", "conj") and w.pos[h] == "NOUN" and h < a and w.text[a - 1] == ",":
                        shown.add(role_gender(w, h))  # « l'ancien maire de Saint-Malo, Yves Kerbrat »
                for c in w.children(i):
                    if c >= b and w.pos[c] == "NOUN" and w.dep[c] == "appos":
                        shown.add(role_gender(w, c))  # « Claire Ribes, agricultrice »
                    elif c >= b and w.dep[c] == "acl:relcl" and any(w.lower[d] == "qui" for d in w.children(c)):
                        shown.add(_agreeing(w, c))  # « Yves Kerbrat, qui avait été condamné »
    shown.discard(None)
    return shown.pop() if len(shown) == 1 else None


def separate_titled_persons(sentences: list[Sentence]) -> set[str]:
    """A title and a surname (« Mme Dupont », « le docteur Martin ») name
    the one person the text names in full with that surname only when
    nothing tells them apart: the names of those that are another person,
    which `aggregate_entities` joins to no one. Another person when the
    title shows a gender the full-named person does not have as the text
    tells it (or the text tells none: in doubt, apart), when an apposition
    of kin names the mention (« son épouse, Mme Dupont »: a relative), or
    when the two have roles and none in common (« le docteur Martin, médecin
    généraliste » and « Un de ses patients, Kevin Martin »). A bare surname
    after a courtesy title becomes the titled form (« Mme Dupont »); after
    a rank, the bare surname stays apart wherever it is said."""
    full: dict[str, set[str]] = {}
    for s in sentences:
        for name, label in s.entities:
            if label == "PER" and " " in name:
                bare = bare_name(name)
                last = bare.rpartition(" ")[2]
                if last != bare and last[:1].isupper():
                    full.setdefault(last, set()).add(bare)
    surnames = {n: next(iter(names)) for n, names in full.items() if len(names) == 1}
    # The mentions of a title and one of those surnames: (sentence, its
    # entity's index, title key, surname, whether it is another person).
    mentions = []
    known: dict[str, tuple] = {}  # full name -> (its gender, its roles)
    for s in sentences:
        for k, (name, label) in enumerate(s.entities):
            surname = bare_name(name)
            if label != "PER" or surname not in surnames:
                continue
            person = surnames[surname]
            for start, end in _literal_matches(name, s.text):
                if name != surname:
                    title, at = name.split(" ")[0], start
                    art = next((a for a in ("le", "la", "l'") if s.text[:start].lower().endswith((a + " ", a))), None)
                else:
                    found = _title_before(s, start)
                    if found is None:
                        continue
                    at, title, art = found
                if person not in known:
                    known[person] = (_gender_shown(sentences, person), _full_roles(sentences, person))
                gender, roles = known[person]
                shown = _title_gender(title, art, s, end)
                own = _mention_roles(s, at, end, role_before=False)  # (« leur chef Loukachenko »: a word, no apposition)
                if title.lower() not in _ADDRESS and TITLE_WORD.fullmatch(title):
                    own.add(_noun_key(title))  # a rank: « le lieutenant Morel »
                apart = bool(_KIN_BEFORE.search(s.text, 0, at) or _KIN_AFTER.match(s.text[end:])
                             or shown and shown != gender or own and roles and not own & roles)
                mentions.append((s, k, title.lower(), surname, apart, title))
    apart_keys = {(m[2], m[3]) for m in mentions if m[4]}
    out: set[str] = set()
    for s, k, key, surname, _, title in mentions:
        if (key, surname) not in apart_keys:
            continue
        name = s.entities[k][0]
        if name == surname and title[:1].isupper():
            name = f"{title} {surname}"  # « Dupont » of « Mme Dupont »: her name
            s.entities[k] = (name, "PER")
        out.add(name)
    return out


def _full_roles(sentences: list[Sentence], full: str) -> set[str]:
    """`_mention_roles` of each mention of a full name."""
    roles = set()
    for s in sentences:
        if full not in s.text:
            continue
        for name, label in s.entities:
            if label == "PER" and bare_name(name) == full:
                for start, end in _literal_matches(name, s.text):
                    roles |= _mention_roles(s, start, end)
                    if name != full:
                        roles |= {_noun_key(t) for t in name.split()[:-2] if t.lower() not in _ADDRESS}
    return roles


# --- opening subject pronouns ------------------------------------------------------

_PRONOUN_FEATURES = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"), "elles": ("Fem", "Plur")}
# Verbs whose « il » is impersonal: « Il faudrait quatre jours », « il y a ».
IMPERSONAL_LEMMAS = {"falloir", "agir", "sembler", "paraître", "rester", "suffire", "pleuvoir", "neiger", "valoir",
                     "exister", "manquer", "arriver", "advenir", "importer", "convenir"}


def _agreement(g: list, n: list, gender: str, number: str) -> bool:
    """A word of the genders `g` and numbers `n` (its morphology's values)
    agrees with a pronoun of `gender` and `number`."""
    if n and number not in n:
        return False
    if gender == "Fem":
        return "Fem" in g
    return not g or "Masc" in g  # « ils » takes a masculine or a mixed group


def _agrees(tok, gender: str, number: str) -> bool:
    return _agreement(tok.morph.get("Gender"), tok.morph.get("Number"), gender, number)


def _agrees_at(w, i: int, gender: str, number: str) -> bool:
    """`_agrees` of token i of the words `w`."""
    return _agreement(w.morph(i, "Gender"), w.morph(i, "Number"), gender, number)


def _antecedent_of(span, gender: str, number: str, core_only: bool = False) -> str | None:
    """The subject of `span` (the previous sentence's Doc, or the clause
    before a comma), when it opens the span, is a plain nominal group
    agreeing with the pronoun, and no other noun of the span agrees too.
    With `core_only`, nouns inside a prepositional group (« pour la deuxième
    journée », « les opérations de secours ») are no rivals: that is for the
    pronoun subject of the next clause of the same sentence, which French
    reads as the same subject. (Read in the sentence's words as arrays: a
    spaCy token only for the subject's edges.)"""
    doc = span.doc
    a, b = span.start, span.end
    w = words_of(doc)
    pos, dep, head, lower = w.pos, w.dep, w.head, w.lower
    root = next((i for i in range(a, b) if head[i] == i or not (a <= head[i] < b)), None)
    if root is None:
        return None
    subj = next((c for c in w.children(root) if dep[c].startswith("nsubj") and a <= c < b), None)
    if subj is None or subj > root or pos[subj] not in ("NOUN", "PROPN"):
        return None
    ga, gb = doc[subj].left_edge.i, doc[subj].right_edge.i + 1  # the subject's group
    commas = [i for i in range(ga, gb) if w.text[i] == "," and i < subj]
    if core_only and commas:  # the parse may hang a leading adverbial on the subject
        ga = commas[-1] + 1
    if gb - ga > 8 or pos[ga] not in ("DET", "PROPN") or any(
            w.punct[i] or pos[i] in ("VERB", "AUX", "PRON", "CCONJ") for i in range(ga, gb)):
        return None
    if ga > a and not (core_only and w.text[ga - 1] == "," and all(pos[i] != "VERB" for i in range(a, ga))):
        return None  # the subject must open the span (after a leading adverbial, for a clause)
    if pos[subj] == "PROPN":  # names often carry no gender: only a feminine pronoun needs one
        n = w.morph(subj, "Number")
        if (gender == "Fem" and not w.morph(subj, "Gender")) or (n and number not in n):
            return None
    elif not w.morph(subj, "Number") or not _agrees_at(w, subj, gender, number):
        return None
    for i in range(a, b):
        if (pos[i] in ("NOUN", "PROPN") and not ga <= i < gb
                and dep[i] not in ("flat:name", "fixed") and _agrees_at(w, i, gender, number)
                and (w.morph(i, "Gender") or pos[i] == "PROPN")
                and not (core_only and any(dep[c] == "case" for c in w.children(i)))
                and not (i == root and any(dep[c] == "cop" for c in w.children(i)))  # « X est le premier vaccin »
                and lower[i] not in TIME_NOUNS):  # « lundi soir » is no antecedent
            return None  # another noun agrees: a rival
    return w.span_text(ga, gb)


_DEFINITE_ARTICLES = {"le", "la", "les", "l'"}
_SEQUENCE_OPENERS = {"puis", "ensuite", "enfin"}
_RELATIVE_OR_SUBORDINATING = RELATIVE_PRONOUNS | {"si", "quand", "lorsque", "lorsqu'", "puisque", "comme"}


def _opening_subject(doc, gender: str, number: str) -> str | None:
    """When the parse of the previous sentence is broken (« Le vaccin
    Dengvaxia de Sanofi Pasteur est le premier vaccin … » parsed as two
    roots), its subject read off the word order: a definite nominal group
    opening the sentence right before its first verb, agreeing with the
    pronoun, and no agreeing noun after the verb outside a prepositional
    group (a copula's attribute aside; an apposition is a rival)."""
    # (Read in the sentence's words as arrays: no spaCy token built.)
    w = words_of(doc)
    n, pos, lower, text = w.n, w.pos, w.lower, w.text
    # (« Puis l'appareil spatial … changera »: a connective of sequence may open the sentence.)
    start = 1 if n > 1 and lower[0] in _SEQUENCE_OPENERS else 0
    verb = next((i for i in range(start, n) if pos[i] in ("VERB", "AUX")), None)
    if verb is None or verb < start + 2 or lower[start] not in _DEFINITE_ARTICLES:
        return None
    if verb - start > 8 or any(w.punct[i] or pos[i] in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ") for i in range(start, verb)):
        return None
    head = next((i for i in range(start, verb) if pos[i] == "NOUN"), None)
    if head is None or not w.morph(head, "Number") or not _agrees_at(w, head, gender, number):
        return None
    group_end = verb  # (the group: tokens start..group_end)
    if "Part" in w.morph(verb, "VerbForm"):
        # « l'appareil spatial mis au point par la NASA, l'ESA et l'Agence
        # spatiale italienne, changera … »: a participle right after the group
        # opens an incise of it, closed by the comma before the finite verb,
        # when no finite verb nor subordinating word comes before that comma
        # (« Le juge saisi par le procureur a estimé que le dossier, transmis
        # en janvier, était incomplet » has none). The incise's nouns are its
        # complements, no rivals; without such a comma the participle is the verb.
        close = next((i for i in range(verb + 1, n - 1) if text[i] == "," and "Fin" in w.morph(i + 1, "VerbForm")), None)
        if close is not None and not any(
                "Fin" in w.morph(i, "VerbForm") or pos[i] == "SCONJ" or lower[i] in _RELATIVE_OR_SUBORDINATING
                for i in range(verb + 1, close)):
            verb = close + 1
    copula = _lemma(doc, verb) == "être" and not (verb + 1 < n and pos[verb + 1] == "VERB")
    attribute_seen = False
    for i in range(verb + 1, n):
        if text[i] == "«":
            break  # a quotation's nouns are not the narrative's
        if pos[i] not in ("NOUN", "PROPN") or w.dep[i] in ("flat:name", "fixed") or lower[i] in TIME_NOUNS:
            continue
        k = i - 1
        while k > verb and pos[k] in ("DET", "ADJ", "NUM", "ADV"):
            k -= 1
        if pos[k] == "ADP" or lower[k] in ("du", "des", "au", "aux"):
            continue  # inside a prepositional group
        if copula and not attribute_seen:
            attribute_seen = True
            continue
        if _agrees_at(w, i, gender, number) and (w.morph(i, "Gender") or pos[i] == "PROPN"):
            return None
    return w.span_text(start, group_end)


TIME_NOUNS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "midi", "soir",
              "soirée", "nuit", "jour", "journée", "semaine", "week-end", "mois", "an", "année"} | set(MONTHS.split("|"))


def _personal_pronoun_features(span) -> tuple[str, str] | None:
    """Gender and number of the pronoun opening `span` when it is the subject
    of a personal verb (« il faudrait », « il y a » are impersonal). (Read in
    the sentence's words as arrays: no spaCy token built.)"""
    a, b = span.start, span.end
    w = words_of(span.doc)
    lower = w.lower
    if b - a < 3 or lower[a] not in _PRONOUN_FEATURES:
        return None
    v = next((i for i in range(a + 1, b) if lower[i] not in _CLITICS), None)
    if v is None:
        return None
    if w.pos[v] not in ("VERB", "AUX") and "Fin" not in w.morph(v, "VerbForm") and not _mistagged_verb(w.pos[v], w.text[v]):
        return None  # the parse does not see a verb after the pronoun: leave it
    if _lemma(span.doc, v) in IMPERSONAL_LEMMAS or lower[a + 1] == "y" or _IMPERSONAL.match(w.span_text(a, b)):
        return None
    gender, number = _PRONOUN_FEATURES[lower[a]]
    verb_number = w.morph(v, "Number")
    if verb_number and number not in verb_number:
        return None
    return gender, number


def _mistagged_verb(pos: str, text: str) -> bool:
    """« Il nécessite trois injections » comes out of the small model with
    « nécessite » as a preposition: right after a subject pronoun, a lower-case
    word in a verb's present or past ending that the parse calls a preposition
    or a noun is that verb. (`pos` and `text`: the word's.)"""
    return (pos in ("ADP", "NOUN") and text.isalpha() and text.islower()
            and re.search(r"(?:e|ent|ait|aient|it|ut|a)$", text) is not None
            and text not in ("de", "à", "dans", "entre", "contre", "comme", "outre", "sauf", "selon")
            and not re.match(r"(?:fa[ul]|agi|sembl|suffi|rest|manqu|exist|arriv|import|conv[ie]n|va[ul]|pleu)", text))


def clause_pronoun_antecedent(first, second) -> str | None:
    """What the opening subject pronoun of the clause `second` stands for,
    when it is the subject of the clause `first` before it in the same
    sentence: « la Bourse de New York est fermée, elle devrait rouvrir
    mercredi » -> « la Bourse de New York ». Spans of one Doc."""
    features = _personal_pronoun_features(second)
    return _antecedent_of(first, *features, core_only=True) if features else None


def _opening_at(doc, words, subordinate_too: bool = True) -> int | None:
    """Index of a word of `words` (lower case) opening the sentence, or the
    main clause after a leading adjunct (« Disponible depuis décembre 2015,
    il est autorisé … »): not after a clause before the comma (a finite
    verb, a quotation, a parenthesis or, with `subordinate_too`, a
    subordinating word), whose own subject the word may stand for."""
    w = words_of(doc)
    lower = w.lower
    if lower[0] in words:
        return 0
    if w.lower_set.isdisjoint(words):
        return None  # (none of the words anywhere: most sentences; the set is built once for all stages)
    try:
        comma = w.text.index(",", 0, 12)  # the first comma among the first 12 words
    except ValueError:
        return None
    if comma + 1 >= w.n or lower[comma + 1] not in words:
        return None
    if any(text in "«»()" or "Fin" in w.morph(i, "VerbForm") or (subordinate_too and lower[i] in SUBORDINATE_OPENERS)
           for i, text in enumerate(w.text[:comma])):
        return None
    return comma + 1


def _subject_pronoun_at(doc) -> int | None:
    """Index of the subject pronoun of a sentence (see `_opening_at`)."""
    return _opening_at(doc, _PRONOUN_FEATURES)


# A leading subordinate clause holds a subject of its own the pronoun may stand for.
SUBORDINATE_OPENERS = {"si", "s'", "quand", "lorsque", "lorsqu'", "comme", "puisque", "puisqu'", "même", "bien",
                       "alors", "tandis", "parce", "qui", "que", "qu'", "dont", "où"}


def resolve_subjects(sentences: list[Sentence]) -> None:
    """« L'ouragan a perdu de sa puissance. Il se déplacerait … » -> the second
    sentence's « Il » is « L'ouragan ». Only a subject pronoun of a personal
    verb, opening the sentence or its main clause after a leading adjunct, in
    the same paragraph as its antecedent: the previous sentence's subject,
    agreeing in gender and number, with no other noun among its subject,
    objects and attributes that agrees too; or, when the previous sentence
    had the same pronoun as subject, that pronoun's antecedent."""
    for k, s in enumerate(sentences):
        doc = s.doc
        if k == 0 or len(doc) < 3:
            continue
        at = _subject_pronoun_at(doc)
        features = _personal_pronoun_features(doc[at:]) if at is not None else None  # (a Span: few sentences)
        if features is None:
            continue
        prev = sentences[k - 1]
        prev_at = _subject_pronoun_at(prev.doc)
        if prev.block != s.block:
            ante = None
        elif prev_at is not None and words_of(prev.doc).lower[prev_at] == words_of(doc).lower[at] and prev.antecedent:
            ante = prev.antecedent
        else:
            ante = (_antecedent_of(prev.doc[:], *features, core_only=True) or _opening_subject(prev.doc, *features)
                    or _cleft_focus(prev.doc, *features, person_verb=_says_or_thinks(doc, at)))
        if not ante and features[1] == "Sing":
            ante = _only_person(sentences, k, features[0])
        if ante:
            s.antecedent, s.pronoun_at = ante, words_of(doc).idx[at]


_CLEFT_COPULAS = {"est", "était", "fut", "sont", "étaient"}


def _says_or_thinks(doc, at: int) -> bool:
    """Whether the verb of the subject pronoun at `at` (past clitics,
    « ne », an auxiliary and adverbs, to its participle) is a verb of saying
    or thinking (« Il a assuré mardi qu'aucune maison … », « Elle estime
    … »): its subject is a person, which a cleft's focus (« C'est ce projet
    de rocade qui … ») need not be; the cleft's thing is then no antecedent
    to give it, and in doubt the pronoun stays unresolved."""
    from .rephrase import SAYING  # (rephrase imports this module)

    w = words_of(doc)
    v = next((i for i in range(at + 1, min(w.n, at + 4)) if w.lower[i] not in _CLITICS), None)
    if v is None:
        return False
    lemma = _lemma(doc, v)
    if lemma in ("avoir", "être") or w.pos[v] == "AUX":
        nxt = next((i for i in range(v + 1, min(w.n, v + 5)) if w.pos[i] not in ("ADV", "PART")
                    and w.lower[i] not in ("pas", "plus", "jamais", "rien")), None)
        if nxt is None or w.pos[nxt] not in ("VERB", "AUX"):
            return False
        lemma = _lemma(doc, nxt)
    return lemma in SAYING or lemma in _INCISE_VERBS


def _cleft_focus(doc, gender: str, number: str, person_verb: bool = False) -> str | None:
    """The noun group a cleft sentence puts first (« C'est ce rapport de
    l'Igas, remis au ministre du Travail en septembre 2023, qui avait révélé
    l'affaire. Il pointait … » -> « le rapport de l'Igas »), a demonstrative
    read as the definite article: the subject of its relative, which the
    next sentence's pronoun goes on with. Only a plain nominal group right
    after « c'est », agreeing with the pronoun, up to a comma or the « qui »
    of a relative on it; and no other noun agreeing among the subjects and
    objects of the sentence; and, when the pronoun's verb says or thinks
    (`person_verb`: « Il a assuré … »), a focus naming a person (« C'est le
    maire qui … », not « C'est ce projet de rocade qui … »: a thing does not
    assure). (Read in the sentence's words as arrays.)"""
    w = words_of(doc)
    n, lower, pos, dep = w.n, w.lower, w.pos, w.dep
    if n < 6 or lower[0] not in ("c'", "ce") or lower[1] not in _CLEFT_COPULAS or pos[2] != "DET":
        return None
    end = next((i for i in range(3, n) if w.punct[i] or lower[i] in ("qui", "que", "qu'")), None)
    if end is None or end - 2 > 8 or any(pos[i] in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ") for i in range(2, end)):
        return None
    focus = next((i for i in range(3, end) if dep[i] == "ROOT" and pos[i] == "NOUN"), None)
    if focus is None or not any(dep[c] == "cop" for c in w.children(focus)):
        return None
    if person_verb and not _names_person(w.text[focus]):
        return None
    if not w.morph(focus, "Number") or not _agrees_at(w, focus, gender, number) or (
            gender == "Masc" and not w.morph(focus, "Gender")):
        return None
    if not _cleft_relative(w, focus, end):
        return None
    if any(i != focus and dep[i] in ("nsubj", "nsubj:pass", "obj") and pos[i] in ("NOUN", "PROPN")
           and _agrees_at(w, i, gender, number) and (w.morph(i, "Gender") or pos[i] == "PROPN") for i in range(n)):
        return None  # a rival
    group = w.span_text(2, end)
    if lower[2] in _DEMONSTRATIVE_TO_DEFINITE:
        rest = w.span_text(3, end)
        article = _definite_for(lower[2], w.text[3])
        group = article + ("" if article.endswith("'") else " ") + rest
    return group


def _names_person(noun: str) -> bool:
    """Whether `noun` names a person (« fondeur », « maire »: see
    offline._names_a_person), not a thing (« rapport », « projet »)."""
    from .engines.offline import _names_a_person  # (it imports this module)

    return _names_a_person(noun)


def _cleft_relative(w, focus: int, start: int = 0) -> bool:
    """Whether the words `w` hold, from `start`, the cleft's relative on the
    noun at `focus`: « qui » opening a clause on it."""
    return any(w.lower[i] == "qui" and w.dep[w.head[i]] == "acl:relcl" and w.head[w.head[i]] == focus
               for i in range(start, w.n))


_GENDER_TITLES = {"m.": "Masc", "mm.": "Masc", "monsieur": "Masc", "mme": "Fem", "mmes": "Fem", "madame": "Fem",
                  "mlle": "Fem", "mademoiselle": "Fem"}
_GENDERED_ARTICLES = {"le": "Masc", "un": "Masc", "la": "Fem", "une": "Fem"}


def _person_gender(s: Sentence, name: str) -> str | None:
    """A person's gender as the sentence shows it: the article of a role
    right before the name (« La photographe Jeanne Lefort »), a title (« Mme
    Lefort », « M. Durand »), or the article of a role in apposition, as the
    parse attaches it (« Anne Martin, la maire de Cahors, », « La maire de
    Cahors, Anne Martin, »: the parse may read a coordination there). Not
    the tagger's gender of a first name: a guess (the small model reads «
    Camille » as masculine); a person the text shows no gender of has none."""
    at = s.text.find(name)
    span = _char_span(s.doc, at, at + len(name)) if at >= 0 else None
    if span is None:
        return None
    # (Read in the sentence's words as arrays: no spaCy token built.)
    a, b = span
    w = words_of(s.doc)
    n, lower, pos, head = w.n, w.lower, w.pos, w.head
    det = next((i for i in range(max(0, a - 3), a) if lower[i] in ("le", "la", "un", "une")), None)
    if det is not None and all(pos[i] in ("NOUN", "ADJ") for i in range(det + 1, a)) and det < a - 1:
        return "Fem" if lower[det] in ("la", "une") else "Masc"
    title = next((_GENDER_TITLES[lower[i]] for i in ((a, a - 1) if a else (a,)) if lower[i] in _GENDER_TITLES), None)
    if title:
        return title
    if b + 2 < n and w.text[b] == "," and lower[b + 1] in _GENDERED_ARTICLES and pos[b + 2] == "NOUN" and \
            a <= head[b + 2] < b:
        return _GENDERED_ARTICLES[lower[b + 1]]  # « Anne Martin, la maire »
    role = head[a]
    if a and w.text[a - 1] == "," and w.dep[a] in ("appos", "conj") and role < a and pos[role] == "NOUN":
        article = next((lower[c] for c in w.children(role) if w.dep[c] == "det" and c < role), None)
        return _GENDERED_ARTICLES.get(article)  # « La maire de Cahors, Anne Martin »
    return None


def _char_span(doc, start: int, end: int) -> tuple[int, int] | None:
    """(first token, end token) of `doc.char_span(start, end,
    alignment_mode="expand")` (None where it gives None), found in the
    sentence's words by bisection: no Span built. (Empty only for a text
    of white space: never a name.)"""
    w = words_of(doc)
    a, b = _token_by_char(w, start), _token_by_char(w, end - 1)
    if a < 0 or b < 0:
        return None
    if start == w.end_char(a):
        a += 1  # (the trailing space is not part of the token before it)
    return a, b + 1


def _token_by_char(w, char: int) -> int:
    """The index of the token whose text or trailing space holds character
    `char`, or -1 (spaCy's `token_by_char`)."""
    i = bisect_right(w.idx, char) - 1
    return i if i >= 0 and char < w.end_char(i) + w.space[i] else -1


def _only_person(sentences: list[Sentence], k: int, gender: str) -> str | None:
    """« Figure majeure …, elle avait couvert … » in an obituary: the one
    person of the pronoun's gender the text has named so far, when every
    other person named has a gender the text shows, the other one, and the
    sentence before has no noun of the pronoun's gender and number among
    its subject and objects (« La mesure coûtera … Elle sera … »). Across a
    paragraph too: the text has no one else it may be."""
    # (The sentence before read in its words as arrays: no spaCy token built.)
    prev = sentences[k - 1].doc
    w = words_of(prev)
    dep, pos = w.dep, w.pos
    types = _entity_types(prev)
    # (A noun predicate counts as a subject: « C'est ce rapport de l'Igas, …,
    # qui avait révélé l'affaire. Il pointait … », the report the cleft puts
    # first, « C'est un rapport accablant. Il pointait … »; not one naming a
    # person outside a cleft: « C'était un fondeur expérimenté » in a portrait
    # is the person the text tells of.)
    if any((dep[i] in ("nsubj", "nsubj:pass", "obj") or (dep[i] == "ROOT" and any(dep[c] == "cop" for c in w.children(i))
                                                        and (_cleft_relative(w, i) or not _names_person(w.text[i]))))
           and pos[i] in ("NOUN", "PROPN") and _agrees_at(w, i, gender, "Sing")
           and (w.morph(i, "Gender") or pos[i] == "PROPN") and types[i] != "PER"
           and not any(types[c] == "PER" for c in w.children(i)) for i in range(w.n)):  # (« La photographe Jeanne Lefort »)
        return None
    found: dict[str, str | None] = {}
    for s in sentences[:k]:
        for name, label in s.entities:
            if label == "PER" and name not in found:
                found[name] = _person_gender(s, name)
    # (A name said again in part, « Lefort » or « Mme Lefort » for « Jeanne
    # Lefort », is the same person: the genders its forms show are that person's.)
    bare = {n: n.split(" ", 1)[1] if " " in n and n.split(" ", 1)[0].lower() in _GENDER_TITLES else n for n in found}
    people = []
    for n in found:
        if not any(bare[o].endswith(" " + bare[n]) for o in found) and all(bare[p] != bare[n] for p in people):
            people.append(n)
    genders = {}
    for n in people:
        shown = {found[o] for o in found if (bare[o] == bare[n] or bare[n].endswith(" " + bare[o])) and found[o]}
        genders[n] = shown.pop() if len(shown) == 1 else None
    same = [n for n in people if genders[n] == gender]
    others = [n for n in people if n not in same]
    if len(same) != 1 or any(genders[n] is None for n in others):
        return None
    # A pronoun opening a sentence goes on with the subject of the one
    # before: when that subject is another name (« Nexa, fondée en 2019, a
    # vendu … Elle reste … », a company the tagger reads as a person), no
    # resolution.
    if any(dep[i] in ("nsubj", "nsubj:pass") and types[i] == "PER" and w.text[i] not in same[0].split() for i in range(w.n)):
        return None
    return same[0]


def _entity_types(doc) -> list[str]:
    """Each token's entity type (`token.ent_type_`), read from the words'
    hashes (kept in their `derived`)."""
    w = words_of(doc)
    types = w.derived.get("analysis.ent_types")
    if types is None:
        types = w.derived["analysis.ent_types"] = strings(w.ent_type, doc.vocab.strings)
    return types


# A saying verb after the statement, its subject pronoun inverted:
# « …, a-t-il affirmé », « …, explique-t-elle ».
_INVERTED_PRONOUN = re.compile(r", (\w+)-(?:t-)?(il|elle|ils|elles)\b")
# Verbs of speech that open an incise after a quotation (« », poursuit-il »,
# « », a-t-elle lancé »), besides rephrase.SAYING's (verbs that report a
# statement): the usual French verbs introducing reported speech.
_INCISE_VERBS = {"ajouter", "poursuivre", "continuer", "insister", "raconter", "confier", "lancer", "prévenir",
                 "nuancer", "promettre", "répondre", "répliquer", "rétorquer", "commenter", "témoigner", "admettre",
                 "avouer", "regretter", "déplorer", "dénoncer", "résumer", "conclure", "détailler", "marteler",
                 "ironiser", "souffler", "glisser", "plaider", "demander", "interroger", "soutenir", "concéder",
                 "démentir", "alerter", "jurer", "garantir", "certifier", "reprendre", "trancher", "lâcher", "tempérer"}


def _saying_incise(s: Sentence, m: re.Match, saying: set[str]) -> tuple[str, str] | None:
    """For a match of _INVERTED_PRONOUN: the incise's words from the verb to
    its participle as the sentence has them (« a-t-il toutefois affirmé »),
    and the same without the pronoun (« a toutefois affirmé »), when the
    verb is one of `saying` (read from the parse: its lemma, or after « avoir
    » the lemma of the participle, past adverbs); else None. Never an
    impersonal verb (« semble-t-il », « paraît-il ») nor a passive (« est-il
    écrit »: with « être » the pronoun is no speaker)."""
    # (Read in the sentence's words as arrays: no spaCy token built.)
    doc = s.doc
    w = words_of(doc)
    v = bisect_left(w.idx, m.start(1))  # the first word at or after the verb's start
    if v == w.n or w.idx[v] != m.start(1):
        return None
    verb_lemma = lemma = _lemma(doc, v)
    low = w.lower[v]
    if lemma not in saying and low.endswith(("e", "ent")):
        # A word before an inverted subject pronoun is a verb, whatever the
        # tagger read (« nuance-t-elle » as a noun): ending in « e » or «
        # ent », a first-group verb's present, its infinitive in « er ».
        lemma = low[: -3 if low.endswith("ent") else -1] + "er"
    if lemma in IMPERSONAL_LEMMAS or lemma == "être" or verb_lemma == "être":
        return None
    if verb_lemma != "avoir":
        if lemma not in saying:
            return None
        return s.text[m.start(1) : m.end(2)], m.group(1)
    # « a-t-il affirmé », « a-t-il toutefois affirmé »: the participle may
    # come after adverbs, which stay where they are.
    first = part = bisect_left(w.idx, m.end(2))  # the first word after the pronoun
    while part < w.n and part - first < 3 and w.pos[part] == "ADV":
        part += 1
    if part == w.n:
        return None
    # (The tagger may read a participle as an adjective: « a-t-il encore ajouté ».)
    if _lemma(doc, part) not in saying or not ("Part" in w.morph(part, "VerbForm") or w.pos[part] == "ADJ"):
        return None
    end = w.end_char(part)
    return s.text[m.start(1) : end], m.group(1) + s.text[m.end(2) : end]


_SOURCE_OPENING = re.compile(r"\b(?:[Ss]elon|[Dd]'après) ")


def _source_of(s: Sentence, gender: str, number: str) -> str | None:
    """The one source a sentence names (« …, selon le SIE. »): a nominal
    group after « selon » or « d'après », outside quotations, agreeing with
    the pronoun."""
    found = [m for m in _SOURCE_OPENING.finditer(s.text) if s.text.count("«", 0, m.start()) == s.text.count("»", 0, m.start())]
    if len(found) != 1:
        return None
    span = s.doc.char_span(found[0].end(), len(s.text), alignment_mode="expand")
    if span is None:
        return None
    group = []
    for t in span:
        if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ", "ADP"):
            break
        group.append(t)
    nouns = [t for t in group if t.pos_ in ("NOUN", "PROPN")]
    if not group or len(group) > 6 or group[0].pos_ not in ("DET", "PROPN") or not nouns:
        return None
    head = nouns[0]
    if head.pos_ == "NOUN" and not (head.morph.get("Number") and _agrees(head, gender, number)):
        return None
    if head.pos_ == "PROPN" and (gender == "Fem" or number == "Plur"):
        return None  # a name's gender and number are not known
    return s.doc[group[0].i : group[-1].i + 1].text


# A sentence's opening role before an apposed name (see `_opening_role_and_name`).
_OPENING_ROLE = re.compile(r"(?:(?:Le|Un) |L['’])[^,«»]{1,60}")
_OPENING_FEM_ROLE = re.compile(r"(?:(?:La|Une) |L['’])[^,«»]{1,60}")
_COORDINATION = re.compile(r"(?:et|ou|ni)\b")


def _opening_role_and_name(s: Sentence, gender: str) -> str | None:
    """« Le maire de Cahors, Jean-Marc Vayssouze-Faure, se montre plus
    sévère. »: a sentence opening on a role, its article of the pronoun's
    gender, and the one person it names, in apposition (the parse may read a
    coordination there): that person. Read off the words."""
    people = [n for n, label in s.entities if label == "PER" and "«" not in s.text[: s.text.find(n)] and n in s.text]
    if len(people) != 1:
        return None
    # re.match(r"(?:(?:Le|Un) |L['’])[^,«»]{1,60}, " + re.escape(person) + ", ", text), without
    # compiling that pattern for each text: the run of [^,«»] (greedy, and
    # no comma inside it) can only end where the text's first comma, « or »
    # stands (or at its 60th character), and the comma must be there.
    text = s.text
    role = (_OPENING_FEM_ROLE if gender == "Fem" else _OPENING_ROLE).match(text)
    apposed = f", {people[0]}, "
    if role is None or not text.startswith(apposed, role.end()):
        return None
    end = role.end() + len(apposed)
    if _COORDINATION.match(text, end):
        return None  # « Le maire, X, et le préfet … »: two people
    if text[1] in "'’":
        # « L'adjoint au maire, X, »: the elided article shows no gender; the
        # role noun's, as the tagger reads it, must be the pronoun's.
        noun = next((t for t in s.doc[1:4] if t.pos_ == "NOUN"), None)
        if noun is None or not noun.morph.get("Gender") or not _agrees(noun, gender, "Sing"):
            return None
    return people[0]


def resolve_inverted_speakers(sentences: list[Sentence]) -> None:
    """« Thierry Gaudin a reconnu sa défaite. « Nous avons progressé … »,
    a-t-il affirmé. »: the inverted pronoun of a saying verb (see
    `_saying_incise`) is the speaker
    of the sentence before (a paragraph may open on the pronoun: it has no
    other referent to take than the nearest speaker): the one source it names
    (« …, selon le SIE. »), or else its subject as `resolve_subjects` finds
    it (the same rules: agreeing, no rival), or the pronoun's own antecedent
    when that sentence opened on the same pronoun. Only when the sentence
    names nobody outside its quotations before the pronoun."""
    from .rephrase import SAYING  # (rephrase imports this module)

    saying = SAYING | _INCISE_VERBS
    for k, s in enumerate(sentences):
        if k == 0 or ", " not in s.text:
            continue
        m = incise = None
        for found in _INVERTED_PRONOUN.finditer(s.text):
            if s.text.count("«", 0, found.start()) == s.text.count("»", 0, found.start()):
                incise = _saying_incise(s, found, saying)
                if incise:
                    m = found
                    break
        if m is None:
            continue
        w, types = words_of(s.doc), _entity_types(s.doc)
        if any(types[i] == "PER" and w.idx[i] < m.start() and s.text.count("«", 0, w.idx[i]) == s.text.count("»", 0, w.idx[i])
               for i in range(w.n)):
            continue
        gender, number = _PRONOUN_FEATURES[m.group(2)]
        prev = sentences[k - 1]
        ante = _source_of(prev, gender, number)
        if ante is None:
            prev_at = _subject_pronoun_at(prev.doc)
            if prev_at is not None and words_of(prev.doc).lower[prev_at] == m.group(2) and prev.antecedent:
                ante = prev.antecedent
            elif prev.speaker_named and prev.speaker_named[2] == m.group(2):
                ante = prev.speaker_named[3]
            else:
                ante = (_antecedent_of(prev.doc[:], gender, number, core_only=True) or _opening_subject(prev.doc, gender, number)
                        or _opening_role_and_name(prev, gender))
        if not ante:
            continue
        if ante[:1].isupper() and ante.split(" ", 1)[0].lower() in _DEFINITE_ARTICLES | {"un", "une"}:
            ante = ante[0].lower() + ante[1:]  # « Le maire » after its verb: « a lancé le maire »
        said, verb = incise
        s.speaker_named = (said, f"{verb} {ante}", m.group(2), ante)


_THIS_DATE = re.compile(r"\b(?:(de|d') )?cette date\b", re.I)


def resolve_date_anaphora(sentences: list[Sentence]) -> None:
    """« La nouvelle série … sera diffusée … à partir du mois de mai 2013. À
    compter de cette date, les nouveaux billets de 5 euros seront mis en
    circulation » : « cette date » is the one date of the sentence before,
    in the same paragraph; the text with it in place reads « À compter de mai
    2013, … »."""
    for k, s in enumerate(sentences):
        if k == 0 or sentences[k - 1].block != s.block:
            continue
        # (Searched only where « cette date » is, in lower case: its letters
        # have no other form re.I takes for them but their capitals.)
        low = lower_for_search(s.text)
        m = _THIS_DATE.search(s.text) if low is None or "cette date" in low else None
        if m is None:
            continue
        dates = [d for d in sentences[k - 1].dates if d.explicit]
        if len(dates) != 1 or "«" in s.text[: m.start()]:
            continue
        d = dates[0]
        bare = re.sub(r"^(?:(?:à partir|à compter|au cours|lors)\s+)?(?:du|de|d'|le|en|depuis|dès)\s+(?:mois\s+de\s+)?",
                      "", d.text, flags=re.I)
        if not bare or not bare[0].isalnum():
            continue
        if m.group(1):  # « de cette date »: « de mai 2013 », « du 10 janvier 2013 »
            phrase = ("du " if bare[0].isdigit() and d.day else ("d'" if opens_on_vowel(bare) else "de ")) + bare
        else:
            phrase = ("le " if bare[0].isdigit() and d.day else "") + bare
        s.date_anchor = d
        s.anchored_text = s.text[: m.start()] + phrase + s.text[m.end() :]


_DEMONSTRATIVE_TO_DEFINITE = {"ce": "le", "cet": "l'", "cette": "la", "ces": "les"}
_NOT_BACK_REFERENCES = {"dernier", "dernière", "derniers", "dernières", "même", "mêmes"}


def resolve_demonstratives(sentences: list[Sentence]) -> None:
    """« Cette nouvelle série est baptisée « Europe » … » after « La nouvelle
    série de billets sera diffusée … »: a demonstrative opening the sentence
    (or its main clause after a leading adjunct) whose noun an earlier
    sentence of the text already names (see _EarlierNouns.names) reads the
    same with the definite article, and then stands on its own. Recorded like a resolved pronoun:
    `antecedent` is the article, `pronoun_at` the demonstrative. Not for time
    nouns (« ce mardi soir ») nor « ce dernier »."""
    earlier = _EarlierNouns(sentences)
    for k, s in enumerate(sentences):
        if k == 0:
            continue
        w = words_of(s.doc)
        # (The set of the words first: most sentences hold no demonstrative at all.)
        if not _DEMONSTRATIVE_TO_DEFINITE.keys().isdisjoint(w.lower_set) and not (
                _DEMONSTRATIVE_TO_DEFINITE.keys().isdisjoint(w.lower[1:])):
            s.inner_definites = _inner_definites(s, earlier, k)
        if s.antecedent:
            continue
        doc = s.doc
        at = _opening_at(doc, _DEMONSTRATIVE_TO_DEFINITE, subordinate_too=False)
        if at is None or at + 1 >= w.n:
            continue
        # (Read in the sentence's words as arrays: no spaCy token built.)
        pos, lower, head = w.pos, w.lower, w.head
        noun = next((i for i in range(at + 1, min(at + 5, w.n)) if pos[i] == "NOUN"), None)
        if (noun is None or head[noun] != noun and head[at] != noun or lower[noun] in TIME_NOUNS
                or any(lower[i] in _NOT_BACK_REFERENCES or pos[i] in ("VERB", "AUX", "PUNCT")
                       for i in range(at + 1, noun + 1))):
            continue
        if not earlier.names(k, _lemma(doc, noun).lower()):
            continue
        s.antecedent, s.pronoun_at = _definite_for(lower[at], w.text[at + 1]), w.idx[at]
        if noun + 1 >= w.n or lower[noun + 1] not in _DE_FORMS:
            complement = _latest_complement(sentences, k, _lemma(doc, noun).lower())
            if complement:
                s.named_in_full = (w.text[noun], complement)


_DE_FORMS = frozenset(("de", "d'", "d’", "du", "des"))


def _latest_complement(sentences: list[Sentence], k: int, lemma: str) -> str | None:
    """The bare complement (« de » and a noun with no article, its
    adjectives, or a name in full) of the latest mention of the noun `lemma`
    before sentence k, out of quotations (« le montant du fonds de
    péréquation »: « de péréquation »), when it is sure to be the noun the
    demonstrative takes up: the noun's only mention in its sentence, in the
    paragraph of sentence k or the one before, and every mention of the noun
    before carries the same complement (not « Le dispositif remplace le plan
    d'urgence de 2023. Ce plan … » after « un nouveau plan de soutien », nor
    a name cut, « de New [York] »); None for any other."""
    complement, latest = None, None
    for j in range(k):
        d = sentences[j].doc
        w = words_of(d)
        found = [i for i, p in enumerate(w.pos) if p == "NOUN" and _lemma(d, i).lower() == lemma]
        for i in found:
            here = _complement_at(sentences[j], w, i)
            if here is None or complement is not None and here.lower() != complement.lower():
                return None
            complement = here
        if found:
            latest = j if len(found) == 1 else None
    if latest is None or sentences[latest].block < sentences[k].block - 1:
        return None
    return complement


def _complement_at(s: Sentence, w, i: int) -> str | None:
    """The bare complement of the noun token i (see `_latest_complement`);
    None when it has none, it is in a quotation, or a name's words go on
    after it."""
    if (i + 2 >= w.n or w.lower[i + 1] not in ("de", "d'", "d’") or w.pos[i + 2] not in ("NOUN", "PROPN")
            or s.text.count("«", 0, w.idx[i]) > s.text.count("»", 0, w.idx[i])):
        return None
    end = i + 3
    if w.ent_iob[i + 2] in (1, 3):
        while end < w.n and w.ent_iob[end] == 1:
            end += 1  # (the whole name: « de Météo France », « de New York »)
    while end < w.n and end < i + 6 and w.pos[end] == "ADJ" and w.text[end][:1].islower():
        end += 1  # (« de présence postale territoriale »)
    if end < w.n and (w.text[end][:1].isupper() or w.text[end][:1].isdigit() or w.pos[end] == "NUM"):
        return None  # (a name's words go on: « de Ligue 1 », « de Saint Denis »)
    return s.text[w.idx[i + 1] : w.idx[end - 1] + len(w.text[end - 1])]


class _EarlierNouns:
    """The noun lemmas of the sentences before a given one, read from the
    parses only when a demonstrative first asks for them (most texts open
    few sentences on one, and most inner demonstratives are refused on
    cheaper tests), and then once for all."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences, self.lemmas, self.gathered = sentences, set(), 0
        self.last: dict[int, set[str]] = {}

    def before(self, k: int) -> set[str]:
        """The noun lemmas of sentences[:k]."""
        while self.gathered < k:
            self.lemmas.update(_noun_lemmas(self.sentences[self.gathered].doc))
            self.gathered += 1
        return self.lemmas

    def names(self, k: int, lemma: str) -> bool:
        """Whether a sentence before sentence k names the noun `lemma`, as a
        demonstrative before it in sentence k can stand for: the sentence
        right before, for a noun of an act (`_ACT_NOUNS`): « cette décision »
        is the act that sentence tells (« En mai 2016, la Commission avait
        renoncé à lancer une telle procédure. Cette décision … »), not « la
        décision de lancer la procédure » three sentences before."""
        if lemma not in _ACT_NOUNS:
            return lemma in self.before(k)
        last = self.last.get(k)
        if last is None:
            last = self.last[k] = set(_noun_lemmas(self.sentences[k - 1].doc)) if k else set()
        return lemma in last


# Nouns of an act or a change, which a demonstrative uses to sum up what the
# sentence before told (see _EarlierNouns.names).
_ACT_NOUNS = {"décision", "mesure", "annonce", "choix", "initiative", "démarche", "geste", "réaction", "déclaration",
              "annulation", "action", "intervention", "changement", "évolution", "hausse", "baisse", "augmentation",
              "diminution", "chute", "progression", "recul", "refus", "renoncement", "victoire", "défaite",
              "revirement", "départ", "arrivée", "nomination", "report", "fermeture", "suspension", "suppression",
              "rejet", "abandon", "reprise", "vote", "sanction", "interdiction", "condamnation"}


def _noun_lemmas(doc) -> list[str]:
    """The lemmas (lower case) of a sentence's nouns, read from the words'
    lemma hashes (no spaCy token built)."""
    w = words_of(doc)
    lemmas = w.lemma_hash
    return [lemma.lower() for lemma in strings([lemmas[i] for i, pos in enumerate(w.pos) if pos == "NOUN"], doc.vocab.strings)]


def _lemma(doc, i: int) -> str:
    """`doc[i].lemma_`, read from the words' lemma hashes."""
    return strings([words_of(doc).lemma_hash[i]], doc.vocab.strings)[0]


# Nouns a demonstrative points with at what was said, not at a thing named
# before: « pour cette raison » is no « pour la raison ».
_ABSTRACT_NOUNS = {"raison", "fait", "sujet", "question", "point", "cas", "façon", "manière", "moment", "occasion",
                   "situation", "contexte", "égard", "propos", "effet", "titre", "fin", "but", "problème", "idée",
                   "période", "délai", "date", "époque", "stade", "niveau", "sens", "type", "genre", "étape"}


def _definite_for(demonstrative: str, next_word: str) -> str:
    """The definite article for a demonstrative before `next_word`: « ce »
    -> « le », « cette » -> « la », elided before a vowel (« l'hologramme »
    for « cet hologramme »)."""
    article = _DEMONSTRATIVE_TO_DEFINITE[demonstrative]
    if article in ("le", "la") and opens_on_vowel(next_word):
        article = "l'"
    return article


def _inner_definites(s: Sentence, earlier: _EarlierNouns, k: int) -> list[tuple[str, str]]:
    """The demonstratives inside `s` (not opening it) right before a noun of
    the sentences before it (`earlier.before(k)`, `s` being sentence k), as
    (« ce vaccin », « le vaccin »); never in a quotation, before a number
    (« ces deux pays » stays a pointer back), a time noun or « dernier »."""
    # (Read in the sentence's words as arrays: no spaCy token built.)
    doc, out = s.doc, []
    w = words_of(doc)
    lower, pos = w.lower, w.pos
    for i in range(1, w.n - 1):
        if lower[i] not in _DEMONSTRATIVE_TO_DEFINITE or pos[i] != "DET":
            continue
        j = i + 1
        if pos[j] != "NOUN" or lower[j] in TIME_NOUNS or lower[j] in _NOT_BACK_REFERENCES:
            continue
        lemma = _lemma(doc, j).lower()
        before = s.text[: w.idx[i]]
        if lemma in _ABSTRACT_NOUNS or before.count("«") > before.count("»") or not earlier.names(k, lemma):
            continue  # (the earlier nouns, read from the parses, asked last)
        article = _definite_for(lower[i], w.text[j])
        joined = f"{article}{w.text[j]}" if article.endswith("'") else f"{article} {w.text[j]}"
        out.append((f"{w.text[i]} {w.text[j]}", joined))
    return out


_CLITICS = {"ne", "n'", "se", "s'", "en", "le", "la", "l'", "les", "lui", "leur", "me", "m'", "te", "t'", "nous", "vous"}
_IMPERSONAL = re.compile(r"^Il (?:est|était|sera|serait|a été|avait été|semble|paraît) [\w-]+ (?:de|d'|que|qu')", re.I)


_ACRO_AFTER = re.compile(r"((?:[A-ZÉÈ][\w'-]*|[Ll]'[A-ZÉ][\w'-]*)(?:\s+(?:[\w'-]+)){0,7}?)\s+\(([A-Z][A-Z0-9]{1,7})\)")
_ACRO_BEFORE = re.compile(r"\b([A-Z][A-Z0-9]{1,7})\s+\(((?:[A-ZÉ]|l')[^()]{5,80})\)")


def find_acronyms(sentences: list[Sentence]) -> dict[str, str]:
    """Acronyms the text itself spells out: « Institut pour l'étude de la guerre (ISW) »."""
    found: dict[str, str] = {}
    for s in sentences:
        if "(" not in s.text:
            continue  # (both patterns need the parenthesis: most sentences have none)
        for m in _ACRO_AFTER.finditer(s.text):
            long, acro = m.group(1), m.group(2)
            long = re.sub(r"^[Ll]'", "", long)
            words = long.split()
            # Keep the shortest tail that starts with a capital and covers the acronym's letters.
            best = None
            for i in range(len(words)):
                cand = " ".join(words[i:])
                if cand[0].isupper() and _initials_match(cand, acro):
                    best = cand
            spelt = best is not None
            if best is None:
                # e.g. « État islamique (EI) »: capitals of the tail match the letters;
                # the tail opens on the acronym's first letter (not « Selon le
                # rapport des Nations unies (ONU) », nor « Nations unies pour
                # l'alimentation (FAO) »: no line rather than a wrong one).
                for i in range(len(words)):
                    cand = " ".join(words[i:])
                    if cand[0].isupper() and len(words) - i <= 6 and strip_accents(cand[0]) == acro[0]:
                        best = cand
                        break
            if best and best == long and m.group(1) == long:
                best = _past_sentence_opener(s, m.start(1), long, acro)
            if best and _person_labelled(s, m.group(1), best, spelt):
                continue  # « Bernard Lacombe (LR) »: a person's party, not what the letters stand for
            if best and acro not in found and best != acro:
                found[acro] = best
        for m in _ACRO_BEFORE.finditer(s.text):
            acro, long = m.group(1), m.group(2).strip()
            if acro not in found and _initials_match(long, acro):
                found[acro] = re.sub(r"^l'", "", long)
    return found


# A determiner after the word that opens a sentence (« Seuls les services … »).
_LEADING_DETERMINER = re.compile(r"^(?:les|le|la|des|du)\s+|^l'", re.I)


def _past_sentence_opener(s: Sentence, start: int, long: str, acro: str) -> str:
    """`long`, the expansion found of `acro`, when it opens at `start`, the
    sentence's first word, without that word if it is no noun nor name and
    the letters are those of the words after it (« Seuls les services
    d'incendie et de secours (SDIS) »: « Seuls » has its capital of the
    sentence's opening, and « les services d'incendie et de secours » spell
    SDIS); those words after their determiner, as the text writes them. The
    word is kept when its letter is needed (« Haute Autorité de santé
    (HAS) »)."""
    if any(c.isalnum() for c in s.text[:start]):
        return long
    w = words_of(s.doc)
    first = next((k for k in range(w.n) if w.idx[k] >= start), None)
    if first is None or w.pos[first] in ("NOUN", "PROPN") or " " not in long:
        return long
    tail = long.split(" ", 1)[1]
    tail = tail[_LEADING_DETERMINER.match(tail).end():] if _LEADING_DETERMINER.match(tail) else tail
    letters = iter("".join(x[0].upper() for x in re.split(r"[\s'-]+", tail) if x and x[0].isalpha()))
    if tail and strip_accents(tail[0]).upper() == acro[0] and all(c in letters for c in acro):
        return tail
    return long


def _person_labelled(s: Sentence, before: str, best: str, spelt: bool) -> bool:
    """Whether the words `before` an acronym in brackets end on a person's
    name (a PER entity of the sentence, each word capitalised but its
    particles): the brackets give that person's party or group (« Bernard
    Lacombe (LR) », « La sénatrice Pauline Garnier (LR) »), which no words
    spell out; unless the expansion `best` found spells the letters out
    (`spelt`, by its initials) with more words than the name (« l'agence
    Lacroix Martin (ALM) »)."""
    return any(label == "PER" and before.endswith(name)
               and all(x[:1].isupper() or x in _NAME_PARTICLES for x in name.split())
               and not (spelt and len(best) > len(name))
               for name, label in s.entities)


_NAME_PARTICLES = frozenset(("de", "du", "des", "d'", "d’", "le", "la", "van", "von", "der", "den", "di", "da", "y"))


def _initials_match(phrase: str, acro: str) -> bool:
    initials = "".join(w[0].upper() for w in re.split(r"[\s'-]+", phrase) if w and w[0].isalpha())
    significant = "".join(w[0].upper() for w in re.split(r"[\s'-]+", phrase) if w and w[0].isupper())
    it = iter(initials)
    return all(c in it for c in acro) and (significant.startswith(acro[0]))


# The prepositions (a closed class), one list for every reader of the word
# before a name. Where, or to whom, something is done or said (« a-t-il
# déclaré à Setúbal », « a-t-il lancé devant Jean Dupuis », « a-t-elle
# assuré auprès de Jean Dupuis »): a name after one is not who spoke.
PREPOSITIONS_WHERE_OR_TO_WHOM = ("à", "au", "aux", "chez", "dans", "en", "vers", "depuis", "sur", "sous", "avec", "contre",
                                 "sans", "devant", "derrière", "envers", "entre", "parmi", "face à")
# Those of two words and more that end on « de » (« auprès de », « auprès
# du », « auprès d'elle »).
PREPOSITIONS_WHERE_OR_TO_WHOM_DE = ("auprès", "en présence", "aux côtés", "à l'adresse", "à l'égard", "à l'intention",
                                    "à l'encontre", "au sujet", "près", "loin", "autour", "en face")
# Of whom, by whom, for whom: a name after one is another noun's complement
# (« L'avocat de Petrochim »).
PREPOSITIONS_OF = ("de", "du", "des", "par", "pour")
# A source: the name after one is who says (« selon EDF »).
PREPOSITIONS_SOURCE = ("selon", "d'après")


def _prepositions_before(words: tuple[str, ...], with_de: tuple[str, ...] = ()) -> str:
    """A pattern of one of `words`, or of `with_de` then « de », « du »,
    « des » or « d' », right at the end of a text (then a space, or no space
    after an apostrophe): the word before a name."""
    def alt(ws):
        return "|".join(re.escape(x).replace("\\ ", r"\s+").replace("'", "['’]") for x in sorted(ws, key=len, reverse=True))

    parts = [rf"(?:{alt([x for x in words if not x.endswith(chr(39))])})\s+"]
    if any(x.endswith("'") for x in words):
        parts.append(rf"(?:{alt([x for x in words if x.endswith(chr(39))])})")
    if with_de:
        parts.append(rf"(?:{alt(with_de)})\s+(?:(?:de|du|des)\s+|d['’])")
    return rf"(?<![\w'’-])(?:{'|'.join(parts)})$"


# The preposition before a name where, or to whom, something was said.
AFTER_PLACE_OR_ADDRESSEE = re.compile(_prepositions_before(PREPOSITIONS_WHERE_OR_TO_WHOM, PREPOSITIONS_WHERE_OR_TO_WHOM_DE),
                                      re.I)
# Any preposition but a source's before a name (« d'EDF » too).
AFTER_PREPOSITION = re.compile(_prepositions_before(PREPOSITIONS_WHERE_OR_TO_WHOM + PREPOSITIONS_OF + ("d'",),
                                                    PREPOSITIONS_WHERE_OR_TO_WHOM_DE),
                               re.I)
# A preposition right before an acronym: the text writes it with no article
# (« la présidente de DAH », « selon EDF »; not « du », « aux »: an article in them).
_BARE_BEFORE = frozenset(x for x in PREPOSITIONS_WHERE_OR_TO_WHOM + PREPOSITIONS_OF + PREPOSITIONS_SOURCE
                         if " " not in x and x not in ("du", "des", "au", "aux"))


def _written_bare(text: str, acro: str) -> bool:
    """Whether `text` writes `acro` right after a preposition, with no
    article (« de DAH », « d'EDF »), as a word of its own."""
    i = text.find(acro)
    while i >= 0:
        after = text[i + len(acro) : i + len(acro) + 1]
        if not after or not (after.isalnum() or after in "-_"):
            before = text[max(0, i - 8) : i]
            if before[-2:] in ("d'", "d’", "D'", "D’") and not before[-3:-2].isalnum():
                return True
            words = before.split()
            if before.endswith(" ") and len(words) >= 1 and words[-1].lower() in _BARE_BEFORE and (
                    len(words) > 1 or i - len(before) == 0 or not text[i - len(before) - 1].isalnum()):
                return True
        i = text.find(acro, i + 1)
    return False


# An article's gender and number: "?" for « l' », either gender.
_ARTICLE_KIND = {"l'": "?", "l’": "?", "la": "f", "le": "m", "du": "m", "au": "m", "les": "p", "des": "p", "aux": "p"}


def class_noun_of(sentences: list[Sentence], acro: str, long: str, noun: str) -> bool:
    """Whether the common noun the text writes between an article and an
    acronym's expansion is the class the name is of (« l'organisation État
    islamique (EI) »: « l'organisation État islamique »), and not the end of
    a longer common noun the name does not belong to (« l'office public de
    l'habitat Drôme Aménagement Habitat (DAH) »: DAH is no « habitat »). Not
    when the text writes the acronym with no article (« la présidente de
    DAH »: a name said bare), nor when the parse attaches the name's first
    word to another word than the noun; nor when the text never writes the
    acronym after an article that agrees with the noun's (« L'EI a
    revendiqué … » after « l'organisation État islamique (EI) »; nothing of
    the kind after « le bailleur social de l'agglomération Grand Besançon
    Habitat (GBH) »: no sign that GBH is an « agglomération »)."""
    text = " ".join(s.text for s in sentences)
    if _written_bare(text, acro):
        return False
    m = re.search(rf"(?<![\w'’-])(l['’]|la(?=\s)|le(?=\s)|les(?=\s))\s*{re.escape(noun)} {re.escape(long)}", text, re.I)
    if m is None:
        return False
    kind = _ARTICLE_KIND.get(m.group(1).lower())
    kinds = {_ARTICLE_KIND[d.group(1).lower()] for d in re.finditer(
        rf"(?<![\w'’-])(l['’]|(?:la|le|les|du|au|des|aux)(?=\s))\s*{re.escape(acro)}(?![\w-])", text, re.I)}
    if not kinds or any(k != kind and "?" not in (k, kind) for k in kinds):
        return False
    first = long.split()[0]
    for s in sentences:
        k = s.text.find(f"{noun} {long}")
        if k < 0:
            continue
        doc = s.doc
        for i in range(len(doc) - 1):
            if doc[i].text == noun and doc[i + 1].text == first:
                return doc[i + 1].head.i == i
    return True


def _count(item: tuple) -> int:
    return item[1]


def aggregate_entities(sentences: list[Sentence], acronyms: dict[str, str], apart: set[str] = frozenset()) -> list[Entity]:
    """Group mentions: « Poutine » joins « Vladimir Poutine »; the label is the
    majority label; order is by first mention. The names `apart` (another
    person's: `separate_titled_persons`) join no one and no one joins them."""
    mentions: list[tuple[str, str, int]] = []
    for s in sentences:
        for name, label in s.entities:
            mentions.append((name, label, s.id))
    names = [m[0] for m in mentions]
    # (Counts in plain dicts: a Counter is slow to build, and most names have
    # one label. max returns the first label counted most, as most_common(1).)
    votes: dict[str, dict[str, int]] = {}
    for name, label, _ in mentions:
        c = votes.get(name)
        if c is None:
            c = votes[name] = {}
        c[label] = c.get(label, 0) + 1
    labels_of = {n: max(c.items(), key=_count)[0] for n, c in votes.items()}
    # Canonical name: for a person, the longest form ending with the same word.
    # Each distinct name is compared only with the names that end with
    # « " " + name » (or start with « name + " " »), found through an index of
    # their suffixes and prefixes at spaces, in order of first mention: the
    # choice is the one a scan of all mentions makes, without its n² cost.
    unique = list(dict.fromkeys(names))
    ends_with: dict[str, list[str]] = defaultdict(list)
    starts_with: dict[str, list[str]] = defaultdict(list)
    for other in unique:
        i = other.find(" ")  # (each space, left to right: not a loop over every character)
        while i >= 0:
            ends_with[other[i + 1 :]].append(other)
            starts_with[other[:i]].append(other)
            i = other.find(" ", i + 1)
    canon: dict[str, str] = {}
    for name in unique:
        best = name
        label = labels_of[name]
        if label == "PER":
            # (A title before a name is no part of it: « Monsieur Moulin » is
            # Gérard Moulin's; the name with more words than its titles wins.)
            bare = bare_name(name)
            candidates = ends_with.get(name, ())
            if bare != name:
                candidates = [*candidates, *ends_with.get(bare, ()), *([bare] if bare in labels_of else ())]
            candidates = [o for o in candidates if len(o.split()) <= 4 and labels_of[o] == label and o not in apart]
            if name in apart:
                candidates = ()
            fuller = {bare_name(o) for o in candidates} - {bare}
            if len(fuller) > 1 and not any(all(f.endswith(" " + g) or f == g for g in fuller) for f in fuller):
                candidates = ()  # « Morel » of Paul Morel and of Anne Morel: which, the text does not say
            for other in candidates:
                n_other, n_best = len(bare_name(other)), len(bare_name(best))
                if n_other > n_best or n_other == n_best and best != bare_name(best) and other == bare_name(other):
                    best = other
        else:
            for other in starts_with.get(name, ()) if label == "ORG" else ():
                if len(other) <= len(best) or len(other.split()) > 4 or labels_of[other] != label:
                    continue
                best = other
        canon[name] = best
    groups: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    order: list[str] = []
    for name, label, sid in mentions:
        c = canon[name]
        if c not in groups:
            order.append(c)
        groups[c].append((name, label, sid))
    entities = []
    for c in order:
        ms = groups[c]
        labels: dict[str, int] = {}
        for m in ms:
            labels[m[1]] = labels.get(m[1], 0) + 1
        # (Most entities have one label, one form and one sentence: no sort of those.)
        label = next(iter(labels)) if len(labels) == 1 else min(
            labels.items(), key=lambda kv: (-kv[1], ENTITY_LABELS.index(kv[0])))[0]
        if c in acronyms:
            label = "ORG"
        forms = {m[0] for m in ms}
        forms = list(forms) if len(forms) == 1 else sorted(forms, key=lambda f: (-len(f), f))
        sids = sorted({m[2] for m in ms}) if len(ms) > 1 else [ms[0][2]]
        entities.append(Entity(name=c, label=label, count=len(ms), sentences=sids, forms=forms))
    return entities


# Roles: « Gabe Newell, cofondateur et directeur de Valve Corporation, » ;
# « le président russe Vladimir Poutine » ; « L'assaillant, Karim Cheurfi, 39 ans ».
_AGE = re.compile(r"^,\s+(\d{1,3}\s+ans)\b")
_APPOS_AFTER = re.compile(r"^,\s+((?:le |la |l'|les |un |une )?[a-zàâçéèêëîïôûù][^,;:()«»]{2,90}?)\s*(?:,|\.$|\)|$)")
_POSSESSIVE = re.compile(r"\b(?:son|sa|ses|leur|leurs|mon|ma|mes|notre|nos|votre|vos)\b", re.I)
NON_ROLE_HEADS = {"cas", "fois", "passage", "partie", "part", "cours", "suite", "lors", "date", "face", "domaine", "plan", "état", "plans", "réunion", "rue",
                  "faute", "grâce"}  # (« faute de », « grâce à »: locutions, no role)
# French suffixes of nouns of agents (who does, who plays, who holds an
# office): « chanteuse », « joueur », « directrice », « pianiste »,
# « président », « gagnant », « historien » (not « -ment »: « gouvernement »).
_AGENT = re.compile(r"(?:eur|euse|rice|iste|ien|ienne|ant|ante|(?<!m)ent|(?<!m)ente)$")
ROLE_DETERMINERS = {"le", "la", "l'", "les", "un", "une"}
# French titles of address put before a name (« le docteur X », « le
# professeur Y », « Me Z »): how the person is called, not a role to state.
TITLES = {"docteur", "professeur", "maître", "me", "mgr", "monseigneur", "abbé", "père", "sœur", "frère", "dr", "pr"}


def attach_roles(sentences: list[Sentence], entities: list[Entity]) -> None:
    by_form: dict[str, Entity] = {}
    for e in entities:
        for f in e.forms:
            by_form[f] = e
    for s in sentences:
        for name, label in s.entities:
            e = by_form.get(name)
            if e is None or e.label != "PER":
                continue
            for start, end in _literal_matches(name, s.text):
                after = s.text[end:]
                am = _AGE.match(after)
                if am and not e.age:
                    e.age = am.group(1)
                ap = _APPOS_AFTER.match(after)
                if ap and not am:
                    role = ap.group(1).strip()
                    span = _span(s, role, end)
                    if span is not None and _is_role_span(span):
                        _add_role(e, role)
                role = _role_before(s, start)
                if role:
                    _add_role(e, role)


def _literal_matches(form: str, text: str):
    """(start, end) of each occurrence of `form` in `text`, left to right and
    not overlapping: the matches of `re.finditer(re.escape(form), text)`,
    without compiling a pattern per form (each one is new to a process)."""
    step = max(len(form), 1)  # (an empty form matches at every position)
    at = text.find(form)
    while at >= 0:
        yield at, at + len(form)
        at = text.find(form, at + step)


def _span(s: Sentence, text: str, offset: int):
    start = s.text.find(text, offset)
    if start < 0:
        return None
    return s.doc.char_span(start, start + len(text), alignment_mode="expand")


def _is_role_span(span) -> bool:
    """A role is a short nominal phrase: it opens on a determiner, noun or
    adjective, ends on a noun, adjective or name, has no finite verb, no
    possessive (« son homologue » needs its antecedent) and no quotation."""
    return _is_role_words(span.doc, span.start, span.end)


def _is_role_words(doc, a: int, b: int) -> bool:
    """`_is_role_span` of the tokens a..b of `doc`, read in its words as
    arrays (no spaCy token built)."""
    w = words_of(doc)
    pos = w.pos
    toks = [i for i in range(a, b) if not w.punct[i]]
    if not toks or len(toks) > 12:
        return False
    text = w.span_text(a, b)
    if "«" in text or _POSSESSIVE.search(text):
        return False
    if pos[toks[0]] not in ("DET", "NOUN", "ADJ") or pos[toks[-1]] not in ("NOUN", "ADJ", "PROPN"):
        return False
    if any(pos[i] in ("VERB", "AUX") and "Fin" in w.morph(i, "VerbForm") for i in toks):
        return False
    types = _entity_types(doc)
    if any(w.lower[i] in ("celui", "celle", "ceux") or types[i] == "PER" for i in toks):
        return False
    heads = [i for i in toks if pos[i] == "NOUN"]
    return bool(heads) and w.lower[heads[0]] not in NON_ROLE_HEADS


def _role_before(s: Sentence, char_start: int) -> str | None:
    """The nominal phrase right before a name: « le président russe » Vladimir
    Poutine, « L'assaillant, » Karim Cheurfi (an apposition opening the sentence).
    (Read in the sentence's words as arrays: no spaCy token built.)"""
    doc = s.doc
    w = words_of(doc)
    words, lower, pos = w.text, w.lower, w.pos
    idx = w.token_at(char_start)
    if idx is None or idx == 0:
        return None
    j = idx - 1
    comma = False
    if words[j] == ",":
        comma = True
        j -= 1
    k = j
    while k >= 0:
        low = lower[k]
        if pos[k] in ("ADJ", "NOUN") or (pos[k] == "PROPN" and _entity_types(doc)[k] != "PER") or low in ("de", "d'", "du", "des"):
            k -= 1
            continue
        if low in ("la", "l'", "le") and k > 0 and lower[k - 1] in ("de", "d'"):
            k -= 1
            continue
        break
    if k < 0 or lower[k] not in ROLE_DETERMINERS or k == j:
        return None
    if comma and k != 0:
        return None  # « X, Name » only when X opens the sentence
    if comma:
        from .engines.offline import person_of_a_complement  # (the engine's test of a person's noun)

        if person_of_a_complement([lower[t] for t in range(k, j + 1) if pos[t] == "NOUN"]):
            # « L'entourage du président du conseil départemental, Maël de Calan »:
            # the name is the president's, not the entourage's.
            return None
    # The innermost complement with an article (« du », « des », « de la »,
    # « de l' » before a common noun: « de l'Intérieur » names an office, part
    # of the role; a bare « de » joins a compound: « milieu de terrain »).
    inner = next((p for p in range(j - 1, k, -1) if lower[p] in ("du", "des")
                  or (lower[p] in ("la", "l'") and lower[p - 1] in ("de", "d'") and words[p + 1][:1].islower())), None)
    if inner is not None and not comma and all(pos[t] in ("NOUN", "ADJ", "PROPN") or lower[t] in ("de", "d'")
                                               for t in range(inner + 1, j + 1)):
        # The name hangs on the innermost phrase (« l'arrivée du milieu
        # brésilien X », « le concert de la chanteuse belge Y »: the outer head
        # is often an event or a thing, never the role), or on the whole
        # (« le tenant du titre X »), which only meaning tells apart. A
        # capitalised nationality (« du Britannique X ») or an agent noun
        # (French agent suffixes: chanteuse, joueur, président, pianiste…) is
        # the inner role; otherwise none.
        if not _is_role_words(doc, inner + 1, j + 1):
            return None
        if lower[inner] == "du" and words[inner + 1][:1].isupper():
            return "le " + w.span_text(inner + 1, j + 1)
        head = next((t for t in range(inner + 1, j + 1) if pos[t] == "NOUN"), None)
        if lower[inner] != "des" and head is not None and words[inner + 1][:1].islower() and _AGENT.search(lower[head]):
            det = {"du": "le ", "la": "la ", "l'": "l'"}[lower[inner]]
            return det + w.span_text(inner + 1, j + 1)
        return None
    # (spaCy's code 1 for ent_iob: inside an entity, « I ».)
    if not comma and (w.ent_iob[idx] == 1 or (pos[j] == "PROPN" and _entity_types(doc)[j] != "LOC")):
        return None  # « … de Sanofi Pasteur »: the name goes on, it has no role here (« de Paris » does)
    if lower[k] == "les":
        return None  # « Les Français Vincent Luis, Pierre le Corre … »: not one person's role
    if not comma and words[j][:1].isupper() and not (idx + 1 < len(words) and w.ent_iob[idx + 1] == 1):
        # A capitalised word right before a one-word name is part of the name:
        # « le Centre Pompidou » (the tagger's PER « Pompidou » has no role).
        # With a first name (« l'Américain John Smith ») it is a nationality.
        return None
    if not _is_role_words(doc, k, j + 1) or lower[j] in TITLES:
        return None  # « le docteur Antoine Ribes »: a form of address, not what the person does
    text = w.span_text(k, j + 1)
    return text[0].lower() + text[1:]


def _add_role(e: Entity, role: str) -> None:
    role = role.strip().rstrip(",.")
    if role and all(role.lower() != r.lower() for r in e.roles):
        e.roles.append(role)
