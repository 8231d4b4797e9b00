"""Reader: bytes or str -> a `Source` (working title, dateline, blocks of text).

The reader only cleans and shapes text; it never drops words of the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import InputError
from .model import DEFAULT_MAX_WORDS
from .text import HAS_ALNUM, lower_as_searched, normalize, word_count, words

MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
# A month as a dateline writes it, in full or cut (« oct. »), with or without
# its accent: the canonical name of each.
_MONTH_FORMS = {
    "janvier": "janvier", "janv": "janvier", "février": "février", "fevrier": "février", "févr": "février",
    "fevr": "février", "fév": "février", "fev": "février", "mars": "mars", "avril": "avril", "avr": "avril",
    "mai": "mai", "juin": "juin", "juillet": "juillet", "juil": "juillet", "août": "août", "aout": "août",
    "septembre": "septembre", "sept": "septembre", "octobre": "octobre", "oct": "octobre",
    "novembre": "novembre", "nov": "novembre", "décembre": "décembre", "decembre": "décembre",
    "déc": "décembre", "dec": "décembre",
}
# Press agencies credited in a dateline (« Paris (AFP) – »): a closed list,
# so that a place's own bracket (« Kinshasa (RDC) ») is never taken for one.
_AGENCIES = ("AFP", "AP", "Reuters", "ANSA", "ATS", "Keystone-ATS", "ATS-Keystone", "Belga", "DPA", "EFE",
             "Bloomberg", "Xinhua", "Kyodo", "UPI", "ANP", "APA", "PAP", "TASS", "Anadolu", "Presse canadienne",
             "Relaxnews", "ETX")
_AGENCY = "(?:{0})(?:\\s*(?:[/,]|et)\\s*(?:{0}))*".format("|".join(map(re.escape, _AGENCIES)))
_CAP = "A-ZÀ-ÖØ-ÞŒ"
_WEEKDAY = "(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# A place: up to six capitalised names joined by spaces or hyphens, lower-case
# particles between them (« Le Havre », « Aix-en-Provence »,
# « Villeneuve-d'Ascq », « PORT-AU-PRINCE »). A day or « Hier » is no place,
# nor a preposition's phrase (« À Nîmes, … » opens a sentence).
_PLACE_NAME = rf"[{_CAP}][^\W\d_]*(?:['’][{_CAP}][^\W\d_]*)?"
_PLACE = (rf"(?!(?:{_WEEKDAY}|(?i:hier|demain|aujourd)|À|Au|Aux|A|En|Dans)\b)"
          rf"{_PLACE_NAME}(?:(?:-|\s)(?:(?:de|du|des|la|le|les|lès|lez|sur|sous|en|à|au|aux|d['’]|l['’])"
          rf"(?:-|\s|(?<=['’])))*{_PLACE_NAME}){{0,5}}")
_DATE = (rf"(?:(?P<weekday>{_WEEKDAY})\s+)?(?P<day>(?i:1er)|\d{{1,2}})\s+"
         rf"(?P<month>(?i:{'|'.join(sorted(_MONTH_FORMS, key=len, reverse=True))}))(?![^\W\d_])\.?\s+(?P<year>\d{{4}})")
_DASH = r"[-–—]+\s*"
# The dateline that opens a wire story's first paragraph and ends on a dash:
# « 22 avril 2017. – », « Nîmes, 14 octobre 2026. – », « Lyon, le 6 juin 2026 – »,
# « PARIS, 14 oct. 2026 (AFP) - », « Nîmes (Gard), 14 octobre 2026 — »; a
# bracket after the place is its region or country, or an agency
# (`_AGENCIES`). A comma and a date without the dash are no dateline: the line
# may be a sentence.
_DATELINE = re.compile(
    rf"^\s*(?:(?P<place>{_PLACE})(?:\s*\((?P<bracket>[^()\d]{{1,40}})\))?\s*,\s*(?i:le\s+)?)?"
    rf"{_DATE}\s*\.?\s*(?:\((?P<agency>{_AGENCY})\)\s*\.?\s*)?{_DASH}")
# Without a date, a place and the agency's credit: « Paris (AFP) – ».
_DATE_AFTER_DASH = re.compile(r"(?:1er|\d{1,2})\s+[^\W\d_]+\.?\s+\d{4}|\d{4}\b", re.I)
_UNDATED_DATELINE = re.compile(rf"^\s*(?P<place>{_PLACE})\s*\((?P<agency>{_AGENCY})\)\s*\.?\s*{_DASH}")


@dataclass
class Dateline:
    """A dateline read at the head of the first paragraph: its date
    (« 14 octobre 2026 », the month in full, lower case), place (« Nîmes
    (Gard) », as written) and agency (« AFP »), each None when absent;
    `end`, where the text after it starts."""

    date: str | None
    place: str | None
    agency: str | None
    end: int


def read_dateline(line: str) -> Dateline | None:
    """The dateline opening `line` (see `_DATELINE`), or None."""
    m = _DATELINE.match(line) or _UNDATED_DATELINE.match(line)
    if m is None or _DATE_AFTER_DASH.match(line, m.end()):
        # (« Marie Curie, 7 novembre 1867 – 4 juillet 1934, … »: a date after
        # the dash makes the two a span, a life's or an event's, not a dateline.)
        return None
    groups = m.groupdict()
    date = None
    if groups.get("day"):
        date = f"{groups['day'].lower()} {_MONTH_FORMS[lower_as_searched(groups['month'])]} {groups['year']}"
        if groups["weekday"]:
            date = f"{lower_as_searched(groups['weekday'])} {date}"
    place, agency = groups["place"], groups["agency"]
    bracket = groups.get("bracket")
    if bracket is not None:
        bracket = " ".join(bracket.split())
        if re.fullmatch(_AGENCY, bracket):
            agency = agency or bracket
        else:
            place = f"{place} ({bracket})"
    return Dateline(date, place, agency, m.end())


# A headline or intertitre: short, no final sentence punctuation.
HEADLINE_MAX_WORDS = 16
# An unpunctuated line between paragraphs, opening on a capital: the author's
# intertitre (« Les objectifs stratégiques de l'intégration des capacités
# militaires russes avec la Biélorussie », 12 words; the seed's longest has 17).
INTERTITRE_MAX_WORDS = 18
HEADLINE_MAX_CHARS = 130
# A first line without final punctuation, followed by a longer paragraph that
# ends as a sentence, is the headline up to this length: news headlines with a
# rubric run to 20 words and more (« Grève chez les contrôleurs aériens : la
# DGAC demande aux compagnies d'annuler un vol sur deux à Marseille jeudi »,
# 19 words), while a lead paragraph, even one that lost its full stop, runs
# longer (30 to 60 words).
LONG_HEADLINE_MAX_WORDS, LONG_HEADLINE_MAX_CHARS = 28, 200
# An intertitre ending in « ? » has at most this many words (see `read`).
INTERTITRE_QUESTION_MAX_WORDS = 8


@dataclass
class Block:
    kind: str  # "heading" (an intertitre of the author) or "para"
    text: str


@dataclass
class Source:
    title: str | None
    dateline: str | None
    blocks: list[Block] = field(default_factory=list)
    # The title is the author's own, set apart by the format (a front matter's
    # `title`, a Markdown `#`, an HTML <h1>, a Word Title), not a first line.
    title_given: bool = False
    # Opening lines in another language, left out (see `read`): (language, line).
    left_out: list[tuple[str, str]] = field(default_factory=list)
    # The wire's notes on the dispatch itself, left out (see `_wire_notes`).
    wire_notes: list[str] = field(default_factory=list)
    # The place and the agency of the dateline (« Nîmes, 14 octobre 2026. – »,
    # « Paris (AFP) – »), as written; the date is `dateline`.
    location: str | None = None
    agency: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "para"]

    @property
    def body_text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    @property
    def words(self) -> int:
        return sum(word_count(b.text) for b in self.blocks if b.kind == "para")


# --- raw input -> text ----------------------------------------------------------------

FORMATS = ("txt", "md", "html", "docx")
EXTENSIONS = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".mdown": "md", ".mkd": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx",
}
# A « word » longer than this is no word of an article (a pasted data blob, a
# base64 image): refused, as spaCy's tokenizer would crawl through it.
MAX_WORD_CHARS = 1_000


class Document(str):
    """The text of an input: a `str` (the plain text, title first, one block
    a line), so any code that wants text has it, plus what the format told:
    its blocks with their kind (heading, paragraph, or None for « decide as
    for plain text »), the title, the keyword and the date of a front matter.
    `read` and `api.rewrite` use these when they are there."""

    format: str
    encoding: str | None
    title: str | None
    keyword: str | None
    date: str | None
    blocks: tuple[tuple[str | None, str], ...] | None

    def __new__(cls, text: str, *, format: str = "txt", encoding: str | None = None, title: str | None = None,
                keyword: str | None = None, date: str | None = None,
                blocks: tuple[tuple[str | None, str], ...] | None = None) -> "Document":
        self = super().__new__(cls, text)
        self.format, self.encoding, self.title, self.keyword, self.date = format, encoding, title, keyword, date
        self.blocks = blocks
        return self

    def __reduce__(self):  # pickles (a batch may hand documents to other processes)
        return (_document, (str(self), dict(self.__dict__)))


def _document(text: str, attrs: dict) -> Document:
    return Document(text, **attrs)


def load(data: bytes, name: str | None = None, options=None) -> Document:
    """The one entry point from raw input (a file's bytes, or stdin's) to
    text: every command, and the batch, read through it. `name` is the path
    when there is one (its extension tells the format); `options`
    (`model.Options`) may force the format (`input_format`).

    Detects the format (a .docx by its content; a full HTML page by its
    content; otherwise the extension; otherwise Markdown or HTML when the
    text plainly is), the encoding (see `decoding`), extracts the text
    (see `formats`) and refuses, with InputError, what gives no text:
    binary data, a damaged file, an empty input."""
    from . import formats
    from .decoding import ZIP_MAGIC, decode

    fmt = options.input_format if options is not None else None
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown input format {fmt!r}; use one of {', '.join(FORMATS)}")
    ext = EXTENSIONS.get(_suffix(name)) if name else None
    if fmt is None and (data.startswith(ZIP_MAGIC) or ext == "docx"):
        fmt = "docx"
    if fmt == "docx":
        if not data.startswith(ZIP_MAGIC):
            raise InputError("the input is not a Word .docx (not a ZIP archive); give the file Word saved, "
                             "or the text with --from txt")
        return _document_of(formats.docx(data), "docx", None)
    html_like = fmt == "html" or (fmt is None and ext in (None, "html"))
    decoded = decode(data, declared=formats.declared_charset(data) if html_like else None)
    text = decoded.text
    if fmt is None:
        fmt = _sniff(text, ext)
    if fmt == "html":
        return _document_of(formats.html(text), "html", decoded.encoding)
    if fmt == "md":
        return _document_of(formats.markdown(text), "md", decoded.encoding)
    if not text.strip():
        raise _empty()
    return Document(text, format="txt", encoding=decoded.encoding)


def _suffix(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return "." + base.rsplit(".", 1)[1] if "." in base else ""


# Marks that plain text does not have by chance (a « ----- » separator or an
# e-mail's « > » quotes it may well have): an ATX heading, a link, bold, a fence.
_MD_SIGNS = re.compile(r"^ {0,3}#{1,6}[ \t]+\S|\[[^\]\n]+\]\([^)\n]*\)|\*\*\S[^*\n]*\*\*|^```", re.M)


def _sniff(text: str, ext: str | None) -> str:
    """The format of a text: a full HTML page is HTML whatever its name;
    otherwise the extension says; otherwise HTML for a page or fragment,
    Markdown for front matter or Markdown marks, plain text for the rest."""
    from . import formats

    if formats.is_html_document(text):
        return "html"
    if ext:
        return ext
    if formats.looks_like_html(text):
        return "html"
    if formats.front_matter_match(text) or _MD_SIGNS.search(text[:100_000]):
        return "md"
    return "txt"


def _document_of(ex, fmt: str, encoding: str | None) -> Document:
    title = ex.title
    blocks = tuple(ex.blocks)
    if not any(words(t) for _, t in blocks):
        if title:
            raise InputError(f"the {_FORMAT_NAMES[fmt]} holds only a title ({title[:60]!r}); give the article text too")
        raise _empty(fmt)
    text = "\n".join(([title] if title else []) + [t for _, t in blocks])
    return Document(text, format=fmt, encoding=encoding, title=title, keyword=ex.keyword, date=ex.date, blocks=blocks)


_FORMAT_NAMES = {"txt": "input", "md": "Markdown input", "html": "HTML page", "docx": "Word document"}


def _empty(fmt: str = "txt") -> InputError:
    if fmt == "html":
        return InputError("the HTML page holds no article text (only markup, scripts, styles or navigation); "
                          "give the page of the article, or its text")
    if fmt == "docx":
        return InputError("the Word document holds no text; give the article's document")
    return InputError("the input is empty; give a French news text (a file path, or text on stdin)")


# What a file may weigh before it is read, by the words it may hold
# (`--max-words`): plain text takes at most about 60 bytes a word (long
# words, wide spacing, four-byte characters); markup (HTML, Word) more, its
# tags, styles and scripts around the words (a news page: 50 to 300 bytes a
# word; the floor takes heavier pages of a usual length). Below the floor,
# any size.
BYTES_PER_WORD = {"txt": 60, "markup": 400}
SIZE_FLOOR = {"txt": 1 << 20, "markup": 16 << 20}
MARKUP_SUFFIXES = (".html", ".htm", ".xhtml", ".docx")


def too_large(size: int, name: str, max_words: int) -> str | None:
    """Why a file of `size` bytes is refused without being read, or None."""
    if not max_words:
        return None
    kind = "markup" if name.lower().endswith(MARKUP_SUFFIXES) else "txt"
    if size <= size_limit(kind, max_words):
        return None
    return (f"the file is {size / (1 << 20):.1f} MiB, too large for --max-words {thousands(max_words)} (refused unread); "
            "split it, or raise the limit with --max-words")


def size_limit(kind: str, max_words: int) -> int:
    """The most bytes an input of `kind` (« txt », « markup ») may weigh to
    hold `max_words` words."""
    return max(SIZE_FLOOR[kind], BYTES_PER_WORD[kind] * max_words)


def _more_words_than(text: str, limit: int) -> bool:
    """Whether `text` holds more than `limit` words (`words`), counted one
    by one and stopped past the limit: no list of a huge text's words."""
    n = 0
    has_alnum = HAS_ALNUM.search
    for m in _NON_SPACE.finditer(text):
        w = m.group()
        if w[0].isalnum() or has_alnum(w):
            n += 1
            if n > limit:
                return True
    return False


_NON_SPACE = re.compile(r"\S+")
# A text longer than this many characters a word of the limit is counted
# word by word first (`_more_words_than`): below, its list of words is small.
_LIST_CHARS_PER_WORD = 8


def over_word_limit(text: str, limit: int) -> str | None:
    """Why `text` is refused for holding over `limit` words (`words`; 0:
    no limit), or None. A long text is counted only up to the limit."""
    if not limit:
        return None
    if len(text) > _LIST_CHARS_PER_WORD * limit and _more_words_than(text, limit):
        return (f"the input is over the limit of {thousands(limit)} words (counted no further); split it, "
                "or raise the limit with --max-words")
    n = len(words.cached(text))
    if n > limit:
        return (f"the input has {thousands(n)} words, over the limit of {thousands(limit)}; split it, "
                "or raise the limit with --max-words")
    return None


def check_input(text: str, options=None) -> None:
    """What `api.rewrite` refuses before any work, with InputError: an empty
    text, one over `options.max_words` (or with a « word » too long to be
    one), and one that is not French unless `options.force_lang`. Cheap:
    a word count, and a language guess on at most 200,000 characters."""
    limit = options.max_words if options is not None else DEFAULT_MAX_WORDS
    refused = over_word_limit(text, limit)
    if refused:
        raise InputError(refused)
    ws = words.cached(text)  # (read only: no copy)
    if not ws:
        raise _empty()
    if max(map(len, ws)) > MAX_WORD_CHARS:  # (the word itself, the first that long, only to say it)
        longest = max(ws, key=len)
        raise InputError(f"the input holds a « word » of {thousands(len(longest))} characters without a space "
                         f"(it begins {longest[:20]!r}); that is data, not prose: remove it")
    if not (options is not None and options.force_lang):
        from .language import require_french

        require_french(text)


def thousands(number: int) -> str:
    """« 50 000 »: a count as the messages write it, its thousands apart."""
    return f"{number:,}".replace(",", " ")


# --- text -> Source -------------------------------------------------------------------

# Line and paragraph separators of every kind become line feeds; every
# Unicode space a plain space (a word never merges with the next).
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_LINE_BREAK_CHARS = "\r\u2028\u2029\x85\x0b\x0c"  # what _LINE_BREAKS needs
_UNICODE_SPACE_CHARS = "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000"
_UNICODE_SPACES = dict.fromkeys(map(ord, _UNICODE_SPACE_CHARS), " ")  # (str.translate is slow: only when needed)
# Reference markers of an encyclopedia or a footnoted text, stuck to the
# word or sign before them: « tué[1] », « en 2017.[12][13] », « [réf. nécessaire] ».
_REFERENCE = re.compile(
    r"(?<=\S) ?\[(?:\d{1,3}|[a-z]|(?:note|n)\s?\d{1,3}|réf\.? (?:nécessaire|souhaitée)|citation nécessaire|"
    r"source insuffisante|(?:qui|quoi|quand|où|lequel|laquelle|lesquels|combien|pourquoi) \?|pas clair|"
    r"non neutre|à préciser|à vérifier|lien brisé|évasif|interprétation personnelle)\]", re.I)
# A quotation in single quotes, curly or straight (« il ajoute : ‘c’est
# inédit’ »): « … », as for double quotes. The opening quote follows no letter
# and precedes one; an apostrophe inside is followed by a letter (« c’est »,
# « aujourd'hui »); the closing one follows a letter or a final stop and
# precedes no letter. « l'homme », « les années '80 », « 5' 30'' » hold no such pair.
# (The assertions on the character before come after the quote is matched:
# a pattern that opens on a quote is searched for quickly, one that opens on
# a look-behind is tried at every position.)
_SINGLE_QUOTED = re.compile(r"[‘'](?<![\w'’‘][‘'])(?=[^\W\d_])((?:[^‘’'\n]|[’'](?=[^\W_]))*?(?:[^\W\d_]|[.!?…]))[’'](?![^\W_])")
_SPACED_DOTS = re.compile(r"(?<!\.)\. \. \.(?!\.)")
# A full stop with no space after it, between a word and a sentence
# (« blessés.12 000 morts », « la fin.Le lendemain »): the space is put back,
# or « blessés.12 » would read as one word and « 12 000 » lose its head.
# After a closing quote or bracket too (« qualifié de « barbare ».12 000 »).
# Not in « 3.5 », « U.S. », « www.site.fr » or « fichier.PDF ».
_MISSING_SPACE = re.compile(r"\.(?:(?<=[a-zà-ÿœæ]{2}\.)|(?<=[»)]\.))(?=[A-ZÀ-ÝŒ][a-zà-ÿœæ]|\d)")


def clean(text: str) -> str:
    """The typographic noise of pasted text out, no word lost: every line
    break as a line feed, every space as a space (normalize: no-break and
    thin spaces, soft hyphens, zero-width characters, curly quotes, « … »;
    a quotation in single quotes as « »),
    invisible and control characters dropped, reference markers like [1]
    removed, « . . . » as « … », the missing space after a full stop put
    back. Editorial brackets like [...] stay, as […]."""
    if any(map(text.__contains__, _LINE_BREAK_CHARS)):  # (each test a fast scan; most texts have none)
        text = _LINE_BREAKS.sub("\n", text)
    # (Whether one is there: one « in » each, no scan at all of a text with
    # no character past U+00FF, which cannot hold them; a regex class is
    # tried at every character.)
    if any(map(text.__contains__, _UNICODE_SPACE_CHARS)):
        text = text.translate(_UNICODE_SPACES)
    if "‘" in text or "'" in text:
        text = _SINGLE_QUOTED.sub(r"“\1”", text)
    text = normalize(text)
    if not text.replace("\n", "").isprintable():  # else every character is kept anyway
        text = "".join(ch for ch in text if ch == "\n" or ch.isprintable())
    if "[" in text:
        text = _REFERENCE.sub("", text)
    if ". ." in text:
        text = _SPACED_DOTS.sub("…", text)
    if "." in text:
        text = _MISSING_SPACE.sub(". ", text)
    if "A " in text:
        text = _CAPITAL_A.sub(_accent_capital_a, text)
    return text


# « A Breezy Point, dans le Queens, … »: a sentence never opens on the verb
# « a », so a capital A alone there is « À » typed without its accent.
# (The A of (?:^|(?<=[.!?] ))A (?=[\w«]), the assertions on what comes
# before it after it: a pattern that opens on a letter is searched for
# quickly, one that opens on an assertion is tried at every position.)
_CAPITAL_A = re.compile(r"A(?:(?<=^A)|(?<=[.!?] A)) (?=[\w«])", re.M)


def _accent_capital_a(m: re.Match) -> str:
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]
    return m.group(0) if line.count("«") > line.count("»") else "À "  # a quotation stays as it is


def looks_like_headline(line: str, max_words: int = HEADLINE_MAX_WORDS, question: bool = False,
                        max_chars: int = HEADLINE_MAX_CHARS) -> bool:
    """A line short enough for a headline, without the final punctuation of a
    sentence; with `question`, a question mark may end it (« Une Commission
    sous influence ? »)."""
    line = line.strip()
    if not line or len(line) > max_chars:
        return False
    if not 0 < word_count(line) <= max_words:  # « — » or « 🙂 » alone is no headline
        return False
    if question and re.search(r"\w\s*\?$", line):
        return True
    return not re.search(r"[.;,…]\s*$", line) and not re.search(r"[.!?…]\s*»?\s*$", line)


def read(text: str) -> Source:
    """Shape a text into title, dateline and blocks.

    Paragraphs are lines (blank lines optional). A first line that is plainly
    a headline becomes the working title; later short lines without final
    punctuation, between paragraphs, are the author's own intertitres. A
    `Document` from `load` says more: its title, date and the kind of each
    block when its format knew it (the rules above decide the rest).
    """
    given = getattr(text, "blocks", None)
    if given is None:
        lines: list[tuple[str | None, str]] = [(None, ln) for ln in clean(text).split("\n")]
        title = None
    else:
        lines = [(kind, ln) for kind, t in given for ln in clean(t).split("\n")]
        title = " ".join(clean(text.title or "").split()) or None
    lines = [(kind, ln.strip()) for kind, ln in lines]
    lines = [(kind, ln) for kind, ln in lines if ln and not _SEPARATOR.match(ln)]
    if not lines or not any(word_count(ln) for _, ln in lines):
        raise InputError("the input is empty; give a French news text (a file path, or text on stdin)")

    left_out = _foreign_opening(lines)
    kind0, first = lines[0]
    date, location, agency = getattr(text, "date", None), None, None
    # A dateline on a line of its own (« Nîmes, 14 octobre 2026. – ») is no
    # headline: read, then the headline may follow it.
    found = read_dateline(first) if kind0 is None and len(lines) > 1 else None
    dated = found is not None and found.end == len(first)
    if dated:
        date, location, agency = date or found.date, found.place, found.agency
        lines.pop(0)
        kind0, first = lines[0]
    if (kind0 is None and (looks_like_headline(first) or _long_headline(lines))
            or title is None and kind0 == "heading" and not re.search(r"[.;,…]\s*»?\s*$", first)):
        # A plain headline first, or a document's first heading before any
        # text (a Word title set in Heading 1, a CMS fragment's <h2>) unless
        # it is a sentence (« Le 22 avril, … fois. » underlined with ---).
        if len(lines) == 1:
            raise InputError("the input holds only a headline; give the article text too")
        if title is None:
            title = lines.pop(0)[1]

    kind0, first = lines[0]
    found = read_dateline(first) if kind0 != "heading" and not dated else None
    if found:
        date, location, agency = date or found.date, found.place, found.agency
        first = first[found.end :]
        first = first[:1].upper() + first[1:]
        if first.strip():
            lines[0] = (kind0, first)
        else:
            lines.pop(0)

    blocks: list[Block] = []
    for k, (kind, ln) in enumerate(lines):
        is_last = k == len(lines) - 1
        if kind is None:
            # An intertitre may ask a question when it is short and a
            # paragraph of more words follows it: a one-line question among
            # paragraphs is the author's intertitre, not a paragraph.
            heading = (bool(blocks) and not is_last and ln.lstrip()[:1].isupper()
                       and looks_like_headline(ln, INTERTITRE_MAX_WORDS, question=(
                           word_count(ln) <= INTERTITRE_QUESTION_MAX_WORDS and lines[k + 1][0] is None
                           and word_count(lines[k + 1][1]) > 2 * INTERTITRE_QUESTION_MAX_WORDS)))
            kind = "heading" if heading else "para"
        blocks.append(Block(kind, ln))
    if not any(b.kind == "para" and word_count(b.text) for b in blocks):
        raise InputError("the input holds only a headline; give the article text too")
    wire_notes = _wire_notes(blocks)
    _check_sentences(blocks)
    # (A plain str's .title is a method: only a Document has a title of its own.)
    given_title = given is not None and bool(text.title) and title == " ".join(clean(text.title).split())
    return Source(title=title, dateline=date, blocks=blocks, title_given=given_title, left_out=left_out,
                  wire_notes=wire_notes, location=location, agency=agency)


def _long_headline(lines: list[tuple[str | None, str]]) -> bool:
    """The first line is a headline longer than most (`LONG_HEADLINE_MAX_WORDS`):
    no final punctuation, and a paragraph follows it that has more words and
    ends as a sentence (« Séisme dans le sud de l'Albanie : au moins 27 morts,
    les secours redoutent un bilan plus lourd », 17 words, was read as the
    lead: its words became facts of the article and its title was lost)."""
    if len(lines) < 2 or lines[1][0] not in (None, "para"):
        return False
    first, following = lines[0][1], lines[1][1]
    return (looks_like_headline(first, LONG_HEADLINE_MAX_WORDS, max_chars=LONG_HEADLINE_MAX_CHARS)
            and word_count(following) > word_count(first) and bool(re.search(r"[.!?…]\s*»?\s*$", following)))


def _foreign_opening(lines: list[tuple[str | None, str]]) -> list[tuple[str, str]]:
    """Take out of `lines` (in place) the opening lines written in another
    language than the French text after them: a note to the editor, a request
    (« Make this article seo compatible, … »), an agency's English slug line.
    A line goes only when it is surely foreign (`language.foreign_line`), and
    only while French text remains after it. Returns (language, line) of each."""
    from .language import foreign_line, guess

    out: list[tuple[str, str]] = []
    while len(lines) > 1:
        lang = foreign_line(lines[0][1])
        if lang is None or not guess("\n".join(ln for _, ln in lines[1:])).french:
            break
        out.append((lang, lines.pop(0)[1]))
    return out


# A wire's note on the dispatch itself (« Cette dépêche corrige une version
# précédente qui attribuait par erreur … », « Une version précédente de cette
# dépêche indiquait par erreur que … », « Rectificatif : dans une précédente
# version, nous avons indiqué à tort … »): the text speaking of itself (the
# dispatch named with a demonstrative, a former version of it, the writer in
# the first person) and an error said; or a note's own heading. The article is
# not the dispatch and had no earlier version: no news of the story. (Not
# « Cet article, réécrit en commission, corrige … » of a bill, nor « La
# version initiale, transmise par erreur aux sénateurs, … »: an article or a
# version of something else, whose correction is news.)
_THE_DISPATCH = re.compile(r"\b(?:cette|la présente) dépêche\b|"
                           r"\b(?:une|la|cette) (?:version (?:précédente|antérieure)|(?:précédente|ancienne) version)\b"
                           r"(?:,? (?:de (?:cette|la présente) dépêche|de (?:cet|ce|le présent) (?:article|texte))\b|"
                           r"(?! (?:de|du|des|d['’])\b))|"
                           # (the writer's first person with a verb of writing, not a speaker's
                           # « nous avons corrigé le tir, a expliqué le maire »)
                           r"\bnous (?:avons|avions) (?:indiqué|écrit|annoncé|affirmé|attribué|mentionné|présenté|"
                           r"publié|rapporté|cité|titré|donné)\b", re.I)
_ERROR = re.compile(r"\b(?:corrig|rectifi)|\bpar erreur\b|\bà tort\b|\berron", re.I)
# A note's heading (« Rectificatif : », « Erratum : »): the note opens on it.
_NOTE_HEADING = re.compile(r"^\s*(?:rectificatif|erratum|correctif)\s*[:.—–-]", re.I)
# (Pieces of the words any note holds, in either case: most paragraphs hold
# none, and a substring test is cheaper than a search.)
_NOTE_HINTS = ("orrig", "ectifi", "erreur", "tort", "rron", "rratum", "orrectif")


def _is_wire_note(sentence: str) -> bool:
    """Whether a sentence is a note of the wire on the dispatch itself: a
    note's heading (`_NOTE_HEADING`), or `_THE_DISPATCH` and an error said
    (`_ERROR`), both out of any quotation."""
    if _NOTE_HEADING.match(sentence):
        return True

    def outside(pattern):
        return any(sentence.count("«", 0, m.start()) == sentence.count("»", 0, m.start())
                   for m in pattern.finditer(sentence))

    return outside(_THE_DISPATCH) and outside(_ERROR)


def _wire_notes(blocks: list[Block]) -> list[str]:
    """Take the wire's notes on the dispatch itself (`_is_wire_note`) out of
    the paragraphs of `blocks` (in place; a paragraph left empty goes), as
    long as some text remains. Returns the sentences taken out."""
    from .text import split_sentences

    notes: list[str] = []
    texts = {}  # block index -> its text without the notes
    for k, b in enumerate(blocks):
        if b.kind != "para":
            continue
        # (Most paragraphs hold no such words, in either case: not searched,
        # nor cut into sentences.)
        t = b.text
        if not any(h in t for h in _NOTE_HINTS):
            continue
        found = [x for x in split_sentences(b.text) if _is_wire_note(x)]
        if found:
            text = b.text
            for x in found:
                text = " ".join(text.replace(x, " ", 1).split())
            texts[k] = text
            notes += found
    if not notes or not any(b.kind == "para" and word_count(texts.get(k, b.text)) for k, b in enumerate(blocks)):
        return []  # (a text that is a note alone is left as it is)
    for k, text in texts.items():
        blocks[k].text = text
    blocks[:] = [b for b in blocks if b.kind != "para" or b.text]
    return notes


# A line of rule marks (« --- », « *** », « * * * », « ==== »): a separator
# of the layout, no text (as a title or an intertitre it would print « --- »).
_SEPARATOR = re.compile(r"^(?:[-_*=~#+•·–—]\s*){3,}$")
# The longest sentence the analysis takes. A news sentence runs to a hundred
# words at most; a « sentence » of thousands is a transcript or a paste
# without its full stops (or a « quotation » never closed), and the analysis
# slows down with the square of a sentence's length (a 49,000-word sentence:
# minutes). 1,000-word sentences up to --max-words cost 3.5 times the time of
# ordinary ones.
MAX_SENTENCE_WORDS = 1_000


def _check_sentences(blocks: list[Block]) -> None:
    from .text import split_sentences

    for b in blocks:
        if word_count(b.text) <= MAX_SENTENCE_WORDS:
            continue
        for s in split_sentences(b.text):
            n = word_count(s)
            if n > MAX_SENTENCE_WORDS:
                unclosed = s.count("«") > s.count("»")
                raise InputError(
                    f"the input has a sentence of {thousands(n)} words (it begins {s[:40]!r}); "
                    + ("close its « quotation »" if unclosed else "put back its full stops")
                    + f" (at most {thousands(MAX_SENTENCE_WORDS)} words a sentence)")
