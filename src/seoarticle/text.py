"""Plain-text helpers shared by every stage: French sentence splitting, word
counting, number extraction and output typography.

Nothing here imports spaCy, so the helpers stay cheap to import and test.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# The relative pronouns (lower case), « qui » to « desquelles ».
RELATIVE_PRONOUNS = frozenset({"qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles",
                               "auquel", "auxquels", "auxquelles", "duquel", "desquels", "desquelles"})
# The letters a word opens on when « le », « la » before it elide to « l' » (h aside: some h do not).
VOWEL_INITIALS = "aeiouyéèêëàâîïôû"


def opens_on_vowel(word: str, h: bool = False) -> bool:
    """`word` opens on a vowel (`VOWEL_INITIALS`), or with `h` on an h too
    (« d'habitants », where the h is mute: most are)."""
    first = word[:1].lower()
    return bool(first) and (first in VOWEL_INITIALS or (h and first == "h"))


NBSP = "\u00a0"  # before : and inside « »
NNBSP = "\u202f"  # narrow no-break space: before ; ! ? %, and in 12 000
SPACES = " \u00a0\u202f\u2009\u2007"

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste",
    "av", "cf", "etc", "env", "hab", "min", "max", "no", "n°", "p", "vol", "éd", "ex",
}

HAS_ALNUM = re.compile(r"[^\W_]")  # a letter or a digit: what str.isalnum calls alphanumeric
# An apostrophe between two word characters: an elision (« l'homme », « aujourd’hui »).
INNER_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")


def memoize(fn):
    """Memoize a pure function of one string (an LRU cache of 16,384 results);
    a list result is handed out as a copy, so callers may change theirs.
    `fn.cached` is the cache itself: it hands out the cached value, which a
    caller that only reads it may take without a copy."""
    cached = functools.lru_cache(maxsize=1 << 14)(fn)

    @functools.wraps(fn)
    def wrapper(text):
        value = cached(text)
        return list(value) if isinstance(value, list) else value

    wrapper.cache_clear = cached.cache_clear
    wrapper.cached = cached
    return wrapper


def memoize_value(fn):
    """Memoize a pure function of one string whose results are never changed
    (an int, a str, None, a frozenset): the LRU cache of `memoize` itself, handed out
    with no wrapper to copy them; `fn.cached` is the same function."""
    cached = functools.lru_cache(maxsize=1 << 14)(fn)
    cached.cached = cached
    return cached


@memoize  # pure; every stage counts the same blocks and sentences again
def words(text: str) -> list[str]:
    """Whitespace-separated tokens that hold at least one letter or digit.

    « l’intégration » is one word, « – » and « » » are none. Non-breaking spaces
    separate words like ordinary spaces, so « 12 000 » counts as two, as it does
    in word processors.
    """
    # str.split() and the regex \S+ cut at the same characters (both use
    # Unicode whitespace, non-breaking spaces included); split() is faster.
    # (A word that opens on a letter or a digit holds one: most words, « l »,
    # « mars, », « l'homme »; testing that one character is quicker than the
    # search, and [^\W_] is what str.isalnum calls alphanumeric.)
    has_alnum = HAS_ALNUM.search
    return [w for w in text.split() if w[0].isalnum() or has_alnum(w)]


@memoize_value
def word_count(text: str) -> int:
    return len(words.cached(text))


# --- case ----------------------------------------------------------------------

# Letters that re.I (Unicode's simple case folding) reads as « i » or « s »
# but str.lower() does not lower to them (« İ » lowers to two characters):
# a test of « in » on a lower-cased text cannot stand for a re.I search of a
# text that holds one.
ODD_CASE_LETTERS = "\u0130\u0131\u017f"
ODD_CASE = re.compile("[" + ODD_CASE_LETTERS + "]")


def has_odd_case(text: str) -> bool:
    """`ODD_CASE.search(text) is not None`, as one « in » per letter: each a
    plain scan (no scan at all of a text with no character past U+00FF,
    which cannot hold them), where the pattern's class is tried at every
    position (on an article, about 25 µs against 0.5)."""
    for letter in ODD_CASE_LETTERS:
        if letter in text:
            return True
    return False


_AS_SEARCHED = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def lower_as_searched(word: str) -> str:
    """The lower case of a word a case-insensitive pattern matched, as the
    pattern read it: « ı » and « İ » are « i », « ſ » is « s » (re.I's simple
    case folding, which str.lower does not share: « mercredı » was matched as
    « mercredi » and is that weekday). For looking a matched name up in a
    table of lower-case forms."""
    return (word.translate(_AS_SEARCHED) if has_odd_case(word) else word).lower()


@memoize_value  # pure; asked again for the same sentences (481 calls, 186 texts a round of 11)
def lower_for_search(text: str) -> str | None:
    """The text in lower case, for quick « in » tests before a re.I search;
    None when it holds an `ODD_CASE` letter (search it, then)."""
    return None if has_odd_case(text) else text.lower()


# Literal searches, without a pattern per text. A pattern built from a
# text's word (re.search(rf"\b{re.escape(word)}\b", text)) is a new pattern
# for each text, compiled anew in a fresh process (0.1 to 2 ms each; re's
# cache only hides it when the same texts come again). Instead: the word's
# places by str.find, what surrounds it tested by patterns compiled once
# (`.match(text, at)` sees the characters before `at`; `.search(text, lo, at)`
# of a pattern ending in \Z, the text's end cut at `at`, tests what ends there).
WORD_BOUNDARY = re.compile(r"\b")          # .match(text, at): a \b at `at`
NOT_AFTER_WORD = re.compile(r"(?<![\w-])")  # .match(text, at): no word character or hyphen before `at`
NOT_BEFORE_WORD = re.compile(r"(?![\w-])")  # .match(text, at): none at `at`


def find_all(text: str, word: str):
    """Every place `word` starts in `text`, left to right, overlapping ones too."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


NOT_AFTER_WORD_OR_APOSTROPHE = re.compile(r"(?<![\w'’-])")  # .match(text, at): nor an apostrophe before `at`
NOT_BEFORE_WORD_OR_APOSTROPHE = re.compile(r"(?![\w'’-])")  # .match(text, at): nor one at `at`


def word_matches(text: str, word: str, endings: tuple[str, ...] = ("",)):
    r"""(start, end) of each match of re.finditer(r"(?<![\w'’-])" + re.escape(word)
    + "(?:" + "|".join(map(re.escape, endings)) + r")(?![\w-])", text), in
    order, without compiling a pattern for each word a text holds (a
    batch of different articles would compile them all). `endings` are
    tried in their order, as the alternation tries them."""
    n, last = len(word), 0
    if not n:
        raise ValueError("an empty word")
    for at in find_all(text, word):
        if at < last or not NOT_AFTER_WORD_OR_APOSTROPHE.match(text, at):
            continue  # (inside the match before, as finditer resumes after it)
        for ending in endings:
            end = at + n + len(ending)
            if text.startswith(ending, at + n) and NOT_BEFORE_WORD.match(text, end):
                yield at, end
                last = end
                break


def _case_key(c: str) -> str:
    """The character re.I takes `c` for: two characters match each other
    under re.I exactly when their keys are equal (checked over every code
    point against re's own tables: its simple lower case, and the letters it
    holds for one, « ſ » for « s », « µ » for « μ », « ı » for « i »)."""
    if c in _CASE_KEY_EXCEPTIONS:
        return _CASE_KEY_EXCEPTIONS[c]
    lo = c.lower()
    if len(lo) != 1:
        lo = c
    up = lo.upper()
    if len(up) == 1 and len(up.lower()) == 1:
        return up.lower()
    return lo


# (Where str's case mappings are no simple ones: « İ », lower-cased to two
# characters, and three that re pairs without a common upper case.)
_CASE_KEY_EXCEPTIONS = {"\u0130": "i", "\u1fd3": "\u0390", "\u1fe3": "\u03b0", "\ufb06": "\ufb05"}
# The characters whose key is not their lower case (« ſ », « µ », « ı »,
# « ς »…), and « Σ », which str.lower() writes « ς » at a word's end.
_CASE_ODD = {ord(c): _case_key(c) for c in (
    "\u00b5\u0130\u0131\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80\u1c81\u1c82\u1c83"
    "\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ufb06\u03a3")}
_CASE_ODD_FOUND = re.compile("[" + "".join(map(chr, _CASE_ODD)) + "]")


def case_folded(s: str) -> str:
    """`s`, each character replaced by its key under re.I (`_case_key`): one
    character for one, so that a word matches `s` at a place under re.I
    exactly where its folding starts there in the folding of `s`. (Its
    lower case, but for a few odd letters.)"""
    if _CASE_ODD_FOUND.search(s):
        s = s.translate(_CASE_ODD)
    return s.lower()



def same_ignoring_case(text: str, literal: str) -> bool:
    """Whether re.fullmatch(re.escape(literal), text, re.I) would match,
    without compiling that pattern: the same length, each character
    matching re.I's way (see `case_folded`)."""
    return text == literal or (len(text) == len(literal) and case_folded(text) == case_folded(literal))


# --- a text's own words in a fixed context -------------------------------------
#
# A pattern built from a text's own words (a figure, a name, an acronym) costs
# re a compile of 0.1 to 2 ms for each new text (its cache only helps when the
# same text comes again). These find the literal with str.find and test its
# context with patterns compiled once.


def find_literal(text: str, literal: str, before: re.Pattern | None = None, after: re.Pattern | None = None,
                 start: int = 0) -> int:
    """The first index i >= `start` where `literal` stands in `text` with
    `before` matching at i (lookbehinds only: they read the characters
    before i) and `after` matching at i + len(literal); -1 when none. The
    start of re.search(before.pattern + re.escape(literal) + after.pattern,
    text, start)'s match: that search, too, tries each start in turn."""
    end = len(literal)
    i = text.find(literal, start)
    while i >= 0:
        if (before is None or before.match(text, i)) and (after is None or after.match(text, i + end)):
            return i
        i = text.find(literal, i + 1)
    return -1


def count_literal(text: str, literal: str, before: re.Pattern | None = None, after: re.Pattern | None = None) -> int:
    """len(re.findall(before.pattern + re.escape(literal) + after.pattern,
    text)), `before` lookbehinds only and `after` lookaheads only (the
    matches are the literal itself): the search goes on after each match
    (one character on after an empty one)."""
    n = 0
    i = find_literal(text, literal, before, after)
    while i >= 0:
        n += 1
        i = find_literal(text, literal, before, after, i + (len(literal) or 1))
    return n


# --- normalisation -----------------------------------------------------------

_APOSTROPHES = "\u2019\u2018\u02bc\u2032`\u00b4"
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# One pass for what used to be one replace() per character: zero-width
# characters and soft hyphens dropped, apostrophes straightened, every space
# and the tab made a plain space (each character maps on its own, so the order
# of the replacements never mattered).
_NORMALIZE_CHARS = {
    **_ZERO_WIDTH,
    **dict.fromkeys(map(ord, _APOSTROPHES), "'"),
    **dict.fromkeys(map(ord, SPACES[1:] + "\t"), " "),
}
# The characters of that table and what each becomes: most texts hold only a
# few of them (the apostrophes), often none. Each is looked for with « in »
# (a memchr-like scan: on an article, the 17 take about 5 µs, where a
# pattern of their class, tried at every position, took 60) and replaced
# where present; str.translate looks every character up in the table
# (about 50 ns a character).
_TO_NORMALIZE = [(chr(c), to or "") for c, to in _NORMALIZE_CHARS.items()]
_ASCII_TO_NORMALIZE = [(ch, to) for ch, to in _TO_NORMALIZE if ch.isascii()]
_OPENING_QUOTES = re.compile(r"[\u201c\u201e]\s*")
_GUILLEMET_OPEN = re.compile(r"«\s*")
_MULTI_SPACE = re.compile(r" {2,}")


@functools.lru_cache(maxsize=8192)
def _close_up(text: str, mark: str, joined: str, spaces: str | None = None) -> str:
    r"""`text` with each `mark` and the run of spaces before it (`spaces`, or
    what str.isspace calls one, as \s) made `joined`: what
    re.sub(r"\s*" + mark, joined, text) makes, without a pattern tried at
    every position of the text."""
    parts = text.split(mark)
    return joined.join([p.rstrip(spaces) for p in parts[:-1]] + parts[-1:])


# Memoized: pure, and asked again for the same texts by several callers (each
# sentence the checks read by transitions_in and opening, the source by facts).
@functools.lru_cache(maxsize=1 << 14)
def normalize(text: str) -> str:
    """The form every analysis works on: NFC, straight apostrophes, plain
    spaces, no zero-width characters or soft hyphens, « » with plain spaces.

    spaCy's French model was trained on straight apostrophes: with ’ it tags
    « l’ » as a noun and breaks the parse, so analysis always sees '.
    """
    if text.isascii():
        # ASCII is NFC, and holds no quote or guillemet the steps below
        # change: only the table's ASCII characters (` and the tab), the three
        # dots and the double spaces, in the same order.
        for ch, to in _ASCII_TO_NORMALIZE:
            if ch in text:
                text = text.replace(ch, to)
        if "..." in text:
            text = text.replace("...", "…")
        if "  " in text:
            text = _MULTI_SPACE.sub(" ", text)
        return text
    text = unicodedata.normalize("NFC", text)
    # Each character of the table maps on its own to a string holding none of
    # them, so replacing those present one by one is the same as translating.
    for ch, to in _TO_NORMALIZE:
        if ch in text:
            text = text.replace(ch, to)
    # Each substitution runs only when its pattern can match (a cheap test for
    # the character it needs), in the same order as always.
    if "\u201c" in text or "\u201e" in text:
        text = _OPENING_QUOTES.sub("« ", text)
    if "\u201d" in text:  # (re.sub(r"\s*\u201d", " »", text), see _close_up)
        text = _close_up(text, "\u201d", " »")
    if "«" in text:
        text = _GUILLEMET_OPEN.sub("« ", text)
    if "»" in text:
        text = _close_up(text, "»", " »")  # (re.sub(r"\s*»", " »", text))
    if "..." in text:
        text = text.replace("...", "…")
    if "  " in text:
        text = _MULTI_SPACE.sub(" ", text)
    return text


# --- sentences ----------------------------------------------------------------

_END = re.compile(r"[.!?…]+")
_MARKS = re.compile(r"[«».!?…]")
_CLOSERS = "»)\"”]"


@memoize  # pure; the analysis splits each paragraph twice (`texts_to_parse`, then `analyse`)
def split_sentences(paragraph: str) -> list[str]:
    """Split a normalised paragraph into sentences.

    A sentence ends at . ! ? or … followed by a space and a capital, a digit or
    an opening quote, unless the full stop belongs to an abbreviation
    (« M. Dupont ») or the text is inside « … »: a quotation and its attribution
    stay one unit, so quotations are never cut.
    """
    sentences: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(paragraph)
    find = _MARKS.search
    while i < n:
        # Only « » . ! ? … act; jump from one to the next.
        m = find(paragraph, i)
        if m is None:
            break
        i = m.start()
        ch = paragraph[i]
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth = max(0, depth - 1)
        elif ch in ".!?…" and depth == 0:
            m = _END.match(paragraph, i)
            j = m.end()
            while j < n and (paragraph[j] in _CLOSERS or paragraph[j] == " " and j + 1 < n and paragraph[j + 1] in "»)"):
                if paragraph[j] == "»":
                    depth = max(0, depth - 1)
                j += 1
            k = j
            while k < n and paragraph[k] == " ":
                k += 1
            if k >= n:
                break
            nxt = paragraph[k]
            if k > j and (nxt.isupper() or nxt.isdigit() or nxt in "«\"(–-"):
                if not _is_abbreviation(paragraph, i):
                    sentences.append(paragraph[start:j].strip())
                    start = k
            i = j
            continue
        i += 1
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    # The word the dot ends: the run of non-space characters before it (or
    # before a newline right before it, as the regex (\S+)$ once found it),
    # found by walking back: a regex on text[:dot] costs the whole prefix.
    end = dot - 1 if dot > 0 and text[dot - 1] == "\n" else dot
    k = end
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    if k == end:
        return False
    word = text[k:end].lstrip("(«\"")
    if word in ABBREVIATIONS:
        return True
    # An initial: « Joseph J. Lhota ».
    return len(word) == 1 and word.isupper()


# --- numbers ------------------------------------------------------------------

# The spaces that may group a number's digits (« 12 000 ») or part a time (« 15 h 30 »).
GROUP_SPACES = " \u00a0\u202f"
_GROUP_SPACE = re.compile(f"[{GROUP_SPACES}]")
# A number not glued to a word or a comma before it: digit groups (« 12 000 »)
# and a decimal part, not glued to a word after it; or digits before an
# ordinal's or a percentage's ending (« 3e », « 1er », « 10% »). (Written to
# open on its first digit, the look-behind after it, so that sre scans for
# a digit instead of trying the pattern at every position; the matches of
# (?<![\w,])\d+(?:[  \u202f]\d{3})*(?:[,.]\d+)?(?![\w])|(?<![\w,])\d+(?:[,.]\d+)?(?=e\b|er\b|ème\b|%) .)
NUMBER_RE = re.compile(r"\d(?<![\w,]\d)(?:\d*(?:[  \u202f]\d{3})*(?:[,.]\d+)?(?![\w])|\d*(?:[,.]\d+)?(?=e\b|er\b|ème\b|%))")


def numbers(text: str) -> list[str]:
    """Digit numbers of a text in canonical form (group spaces removed,
    decimal comma kept): « 2 400 » -> « 2400 », « 65,6 » stays « 65,6 »."""
    return [number_form(m.group(0)) for m in NUMBER_RE.finditer(text)]


# The texts `number_matches` was asked, and their numbers (see `numbers_by_line`).
_NUMBER_MATCHES: dict[str, tuple] = {}


def number_matches(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, as written) of each number of `text` (each match of
    `NUMBER_RE`), memoized (at most 4,096 texts: emptied when full): the
    facts of the input ask again, as its lines, the paragraphs the analysis
    searched (see `numbers_by_line`)."""
    found = _NUMBER_MATCHES.get(text)
    if found is None:
        if len(_NUMBER_MATCHES) >= 4096:
            _NUMBER_MATCHES.clear()
        found = _NUMBER_MATCHES[text] = tuple((m.start(), m.group()) for m in NUMBER_RE.finditer(text))
    return found


number_matches.cache_clear = _NUMBER_MATCHES.clear  # as the memoized functions: a fresh start forgets them


def line_runs(text: str, memo: dict):
    """The lines of `text` as a memo of results by line reads them: (start,
    end, result) for each line found in `memo` (its offsets in `text`), and
    (start, end, None) for each run of the other lines, to be scanned at
    once (many short lines, each scanned on its own, cost more). A run ends
    before the line break that follows it."""
    offset = 0
    others = None  # where the run of lines not met before starts
    for line in text.split("\n"):
        known = memo.get(line)
        if known is None:
            if others is None:
                others = offset
        else:
            if others is not None:
                yield others, offset - 1, None
                others = None
            yield offset, offset + len(line), known
        offset += len(line) + 1
    if others is not None:
        yield others, len(text), None


def numbers_by_line(text: str) -> list[str]:
    """The numbers of `text` as written, in order (the matches of
    `NUMBER_RE`). A match never spans a line break (a space of its digit
    groups is no line break, and one is to its look-arounds what the end of
    the text is): a line met before by `number_matches` gives its numbers
    from there, and each run of the other lines is scanned at once."""
    found: list[str] = []
    for start, end, known in line_runs(text, _NUMBER_MATCHES):
        found += NUMBER_RE.findall(text, start, end) if known is None else [said for _, said in known]
    return found


def number_form(number: str) -> str:
    """The canonical form of a number as written: group spaces removed."""
    if " " not in number and "\u00a0" not in number and "\u202f" not in number:  # (GROUP_SPACES, tested one by one)
        return number  # (most numbers: no group space, nothing to substitute)
    return _GROUP_SPACE.sub("", number)


# --- typography -----------------------------------------------------------------


def french_typography(text: str) -> str:
    """Typeset a normalised French string for publication.

    ’ for apostrophes, « » with no-break spaces inside, a no-break space before
    : and a narrow one before ; ! ? and %, narrow no-break spaces between digit
    groups (12 000), no-break spaces in a time (7 h 40) and between a figure
    and its unit (35 kilomètres, 41 °C), … for three dots and – for a spaced
    hyphen used as a dash.
    """
    # Each substitution runs only when the character it needs is there.
    t = text
    if "'" in t:
        # (Each ' after a letter or digit, before one or not: what replacing
        # those between two first, then those after one, did; ’ is no word
        # character, so the first pass changed nothing the second looks at.)
        t = _APOS_AFTER.sub("’", t)
    if "..." in t:
        t = t.replace("...", "…")
    if "-" in t or "–" in t or "−" in t:
        # A minus sign before a figure first (« à - 6 °C » is « à −6 °C »),
        # then the dashes.
        t = _minus_signs(t)
        if "-" in t:
            t = _SPACED_HYPHEN.sub("–", t)
    # Quotes: « text » with no-break spaces.
    if "«" in t:
        t = _QUOTE_OPEN.sub("«" + NBSP, t)
    if "»" in t:
        # (What re.sub("[ \u00a0\u202f]*»", NBSP + "»", t) makes: each » and
        # the run of spaces before it, without a pattern tried at every position.)
        t = _close_up(t, "»", NBSP + "»", _QUOTE_SPACES)
    # Straight double quotes left over: pair them into « ».
    if '"' in t:
        t = _pair_straight_quotes(t)
    # Space before high punctuation; not in URLs, times (20:50) or ratios.
    if ":" in t:
        t = _spaced_before(t, _COLON_AT, NBSP)
    if ";" in t or "!" in t or "?" in t:
        t = _spaced_before(t, _HIGH_PUNCT_RUN, NNBSP)
    if "%" in t:
        t = _PERCENT.sub(NNBSP + "%", t)
    # Digit groups: 12 000, 2 400 000.
    if _DIGIT_SPACE_DIGIT.search(t):  # (what a digit group's match holds)
        t = _DIGIT_GROUP.sub(NNBSP, t)
    # A time or a duration in hours (« 7 h 40 », « 2 h 04 min 21 s ») is never
    # broken across lines.
    if " h" in t:
        t = _HOURS.sub(lambda m: m.group().replace(" ", NBSP), t)
    # Nor a figure and its unit (« 41 °C », « 35 kilomètres », « 1 900 euros »,
    # « 3,4 milliards »).
    if _DIGIT_SPACE.search(t):
        t = _UNIT_AFTER.sub(NBSP, t)
    if "1er " in t:
        t = _FIRST_OF_MONTH.sub(NBSP, t)
    # A no-break space never starts a line.
    if NBSP in t or NNBSP in t:
        t = _LINE_START_SPACE.sub("", t)
    return t


# (A pattern that opens on a character is searched for quickly; one that
# opens on a look-behind, a repeat or an anchor is tried at every position:
# the look-behinds come after the character they are about.)
_APOS_AFTER = re.compile(r"'(?<=\w')")  # (?<=\w)'
_SPACED_HYPHEN = re.compile(r"-(?<=\s-)(?=\s)")  # (?<=\s)-(?=\s)
_QUOTE_OPEN = re.compile(r"«[ \u00a0\u202f]*")
_QUOTE_SPACES = " \u00a0\u202f"  # the spaces taken before » (as [ \u00a0\u202f]*» would)
# A colon before a space or the end, not after a digit, a slash or a colon (a
# time, a URL), nor opening the text; a run of ; ! ?. Each gets the no-break
# space given in place of the spaces before it (see `_spaced_before`): what
# [ \u00a0\u202f]*(?<![\d/:])(?<!^):(?=\s|$) and [ \u00a0\u202f]*([;!?]+)
# matched, searched for without opening on a repeat tried at every position.
_COLON_AT = re.compile(r":(?<![\d/:]:)(?<!^:)(?=\s|$)")
_HIGH_PUNCT_RUN = re.compile(r"[;!?]+")
_DIGIT_SPACE_DIGIT = re.compile(r"\d[ \u00a0]\d")
_PERCENT = re.compile(r"(?<=\d)[ \u00a0\u202f]*%")
# (?<![\d,])\d{1,2} h(?: \d{2}(?: min(?: \d{1,2} s)?)?)?\b, written to open on its
# first digit, the look-behind after it (see above).
_HOURS = re.compile(r"\d(?<![\d,]\d)\d? h(?: \d{2}(?: min(?: \d{1,2} s)?)?)?\b")
_DIGIT_SPACE = re.compile(r"\d ")
# The space between a figure and a unit of measure, a currency, a length of
# time or a magnitude written after it (« 4,50 euros/jour », « 12 ans »); a
# symbol may be a ratio of two (« 40 µg/m³ », « 120 g/km », « 90 km/h »,
# « 1 800 m³/s »). (µ: the micro sign or the Greek letter.)
_UNIT_SYMBOL = (r"°C|°F|°|‰|€|M€|Md€|k€|\$|£|km²|km|m²|m³|m|cm|mm|[µμ]m|nm|ml|cl|dl|hl|l|L|[µμ]g|mg|ng|kg|g|t|kt|Mt"
                r"|ha|kWh|MWh|GWh|TWh|kW|W|MW|GW|Mo|Go|s|min|mn|dB|ppm|ppb|hPa")
# The words of a unit written after a figure, from one table: the units of
# measure that take a prefix (« kilomètres », « mégawatts », « microgrammes »,
# « millisecondes »), with or without it; the other units, currencies and
# lengths of time; the magnitudes (« 3,4 milliards »). Each as its singular:
# its plural is made by `_plural_form`.
_UNIT_PREFIXES = ("kilo", "méga", "mega", "giga", "téra", "tera", "hecto", "déca", "déci", "centi", "milli",
                  "micro", "nano")
_PREFIXED_UNITS = ("mètre", "gramme", "litre", "watt", "wattheure", "watt-heure", "octet", "hertz", "volt",
                   "ampère", "joule", "pascal", "bar", "seconde", "tonne", "calorie", "becquerel", "sievert", "bel",
                   "électronvolt")
_OTHER_UNITS = ("kilo", "degré", "point", "pour cent", "hectare", "are", "nœud", "pied", "pouce", "mile", "baril",
                "carat", "quintal", "cheval", "euro", "dollar", "franc", "livre sterling", "livre",
                "yen", "yuan", "rouble", "roupie", "centime", "heure", "minute", "jour", "semaine", "mois", "an",
                "année", "décennie", "siècle", "millier", "million", "milliard", "billion")
# The months: a day's number and its month are not parted either
# (« 14 octobre », « 1er mars »).
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre")


def _plural_form(word: str) -> str:
    """A pattern of `word` (a unit's singular, maybe of two words or
    hyphened) and its plural: « mètres? », « quint(?:al|aux) », « mois »."""
    if " " in word or "-" in word:
        # The first word takes the plural (« livres sterling », « pour cent »
        # has none; « watts-heure »).
        first, sep, rest = word.partition(" " if " " in word else "-")
        return (first if first == "pour" else _plural_form(first)) + re.escape(sep) + rest
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith("al"):
        return word[:-2] + "(?:al|aux)"
    return word + "s?"


_UNIT_WORDS = ("(?:" + "|".join(_UNIT_PREFIXES) + ")?(?:" + "|".join(map(_plural_form, _PREFIXED_UNITS)) + ")|"
               + "|".join(map(_plural_form, _OTHER_UNITS)))
_UNIT_AFTER = re.compile(
    rf" (?<=\d )(?=(?:(?:{_UNIT_SYMBOL})(?:/(?:{_UNIT_SYMBOL}|h|j|an))?|{_UNIT_WORDS}|{'|'.join(MONTHS)})"
    r"(?![\w²³]))")
_FIRST_OF_MONTH = re.compile(r"(?<=\b1er) (?=(?:" + "|".join(MONTHS) + r")\b)")
_DIGIT_GROUP = re.compile(r"[ \u00a0](?<=\d[ \u00a0])(?=\d{3}(?!\d))")  # (?<=\d)[ \u00a0](?=\d{3}(?!\d))
# ^[\u00a0\u202f]+ with re.M: a run that opens the text or follows a line feed.
_LINE_START_SPACE = re.compile(r"[\u00a0\u202f](?<![^\n][\u00a0\u202f])[\u00a0\u202f]*")


# A minus sign: U+2212, glued to its figure, as French typography writes it
# (« −6 °C »; a line may not break between the two).
MINUS = "\u2212"
# A hyphen, an en dash or a minus sign before a figure, glued to it or spaced
# from it by one space.
_SIGN_BEFORE_FIGURE = re.compile(r"[-–−]([ \u00a0]?)(?=\d)")
_HYPHEN_BEFORE_FIGURE = re.compile(r"-([ \u00a0]?)(?=\d)")  # (the same, quicker: most texts have no other sign)
# The words after which a sign spaced from its figure is a minus: a
# preposition needs its complement, so no dash of an incise comes right
# after one (« jusqu'à - 6 °C », « de - 2 % »).
_BEFORE_SIGNED = frozenset({"à", "de", "jusqu'à", "jusqu’à", "entre", "vers", "environ"})
# A figure of a temperature (« 6 °C », « 6 degrés »): a spaced sign before it
# is a minus after a word that joins it to another figure (« entre -6 et - 2 °C »);
# after a noun or a name it is a dash (« Canicule - 41,2 °C relevés à Nîmes »).
_JOINING = frozenset({"et", "ou"})
_TEMPERATURE = re.compile(r"\d+(?:[,.]\d+)?[ \u00a0]?(?:°|degrés?\b)")


def _minus_signs(t: str) -> str:
    """`t` with each sign that is a minus before a figure written `MINUS`,
    glued to it. A sign is a minus when it opens a word (after a space, an
    opening parenthesis, or at the start) and either is glued to its figure
    (« -6 ») or follows an opening parenthesis (« (- 4,5 %) »), or is
    spaced from it after a preposition (`_BEFORE_SIGNED`: « à - 6 °C ») or
    after « et », « ou » before a temperature (« et - 2 °C »).
    Any other spaced sign is a dash (« trois blessés - 2 graves - »)."""
    out: list[str] = []
    last = 0
    signs = _SIGN_BEFORE_FIGURE if "–" in t or "−" in t else _HYPHEN_BEFORE_FIGURE
    for m in signs.finditer(t):
        at = m.start()
        if at and not (t[at - 1].isspace() or t[at - 1] == "("):
            continue  # inside a word or a number: « 2020-2021 », « A-6 »
        if m.group(1) and not (at and t[at - 1] == "("):
            # (The word before the space before the sign.)
            before = t[:at].rstrip()
            word = before[before.rfind(" ") + 1 :].lstrip("(«").lower()
            if word not in _BEFORE_SIGNED and not (word in _JOINING and _TEMPERATURE.match(t, m.end())):
                continue
        out.append(t[last:at])
        out.append(MINUS)
        last = m.end()
    if not out:
        return t
    out.append(t[last:])
    return "".join(out)


def _spaced_before(t: str, pattern: re.Pattern, space: str) -> str:
    """Each match of `pattern` in `t` with `space` before it instead of the
    run of spaces (plain, no-break, narrow no-break) there may be. (A match
    holds none of those spaces: the run before it is a space the previous
    match did not take.)"""
    out = []
    last = 0
    for m in pattern.finditer(t):
        out.append(t[last : m.start()].rstrip(_QUOTE_SPACES))
        out.append(space + m.group())
        last = m.end()
    if not out:
        return t
    out.append(t[last:])
    return "".join(out)


def _pair_straight_quotes(t: str) -> str:
    if t.count('"') % 2:
        return t
    parts = t.split('"')
    out = [parts[0]]
    for k, part in enumerate(parts[1:]):
        out.append(("«" + NBSP + part.strip()) if k % 2 == 0 else (NBSP + "»" + part))
    return "".join(out)


def capitalize_first(text: str) -> str:
    """Upper-case the first letter, past opening punctuation; a text that
    starts with a figure stays as it is (« 20 ans », not « 20 Ans »)."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch.isdigit():
            return text
    return text


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word looks like a proper
    noun or an acronym (any other capital in it)."""
    m = re.match(r"(\W*)(\w[\w'-]*)", text)
    if not m:
        return text
    word = m.group(2)
    if any(c.isupper() for c in word[1:]):
        return text
    return m.group(1) + word[0].lower() + word[1:] + text[m.end() :]


class _Accentless(dict):
    """Each character met so far (by code point) -> what `strip_accents`
    makes of it alone: « œ » and « æ » spelt out, its NFKD form without
    combining marks."""

    __slots__ = ()

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        ch = {"œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae"}.get(ch, ch)
        value = self[code] = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        return value


# What `_Accentless` makes of ASCII (itself) and of the accented letters of
# French and of Latin-1, known from the start: a fresh start computes only
# the rarer characters (tests/test_text.py checks the table against it).
_ACCENTED = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿŒœÆæ"
_UNACCENTED = [*"AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyy", "Oe", "oe", "Ae", "ae"]
_ACCENTLESS_KNOWN = {**{c: chr(c) for c in range(128)}, **dict(zip(map(ord, _ACCENTED), _UNACCENTED))}
_ACCENTLESS = _Accentless(_ACCENTLESS_KNOWN)


def strip_accents(text: str) -> str:
    """The text without accents (« é » -> « e », « œ » -> « oe »): its NFKD
    form without combining marks. (Translated character by character: NFKD
    decomposes each character on its own and reorders only combining marks,
    all of which are dropped, so each character's form alone is its share
    of the whole.)"""
    if text.isascii():  # nothing to strip: ASCII is its own NFKD form
        return text
    return text.translate(_ACCENTLESS)


def _forget_accentless() -> None:
    _ACCENTLESS.clear()
    _ACCENTLESS.update(_ACCENTLESS_KNOWN)


strip_accents.cache_clear = _forget_accentless  # as the memoized functions: a fresh start forgets what it met


# The words a slug cut short may not end on: they wait for the word after
# them. Articles, prepositions, conjunctions, determiners and pronouns, and
# the adjectives written before their noun (« toute [circulation] », « premier
# [titre] »), without accents, as a slug writes them.
_SLUG_OPEN_WORDS = frozenset(
    "le la les l un une des du de d au aux a en dans sur sous par pour avec sans chez vers entre contre selon "
    "apres avant depuis pendant jusqu jusque lorsqu puisqu quoiqu quelqu presqu et ou ni mais car que qu qui "
    "dont ce cet cette ces c son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos tout toute tous "
    "toutes chaque plusieurs quelques aucun aucune certains certaines ne n se s y me m te t il ils elle elles on "
    "plus tres moins si premier premiere premiers premieres dernier derniere derniers dernieres nouveau nouvel "
    "nouvelle nouveaux nouvelles grand grande grands grandes petit petite petits petites ancien ancienne anciens "
    "anciennes prochain prochaine prochains prochaines plein pleine".split())
_SLUG_WORD_RUN = re.compile(r"[a-z0-9]+")
_APOSTROPHE_AFTER = re.compile(r"['’ʼ‘`´]")


# Words in -s or -x after a year that it does not count (« en 2024 dans … »).
_NOT_COUNTED = frozenset("dans sous sans plus puis mais vers alors depuis leurs selon apres".split())


def slugify(text: str, max_length: int = 70) -> str:
    """The slug of `text`: its words without accents, in lower case, joined
    by hyphens. An apostrophe parts two words, as French news sites write
    their slugs (« l-homme », « aujourd-hui », « jusqu-au », « presqu-ile »).
    A slug longer than `max_length` ends on the last word that fits and can
    end it: not a word that waits for the next (`_SLUG_OPEN_WORDS`, the first
    part of an elision: « …-ferme-toute » of « fermé à toute circulation »
    is « …-ferme »), nor a number before the word it counts (« 39 » of
    « 39 morts »; a year may end it, 19xx or 20xx not before a plural: not
    « 1500 » of « 1500 emplois »). A minus sign is written « moins »."""
    # A run of digits with a non-ASCII one (« 0० ») goes whole: its ASCII
    # part alone would be another number.
    text = re.sub(r"\d+", lambda m: m.group() if m.group().isascii() else " ", text)
    if MINUS in text:
        text = re.sub(MINUS + r"(?=\d)", " moins ", text)  # « −8 °C » is no « 8 »
    s = strip_accents(text).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if len(slug) <= max_length:
        return slug
    words = [(m.group(), bool(_APOSTROPHE_AFTER.match(s, m.end()))) for m in _SLUG_WORD_RUN.finditer(s)]
    length = -1
    best = 0
    for k, (word, elided) in enumerate(words):
        length += len(word) + 1
        if length > max_length:
            break
        nxt = words[k + 1][0] if k + 1 < len(words) else ""
        # (A year: 19xx or 20xx, not before a word it would count, « 1500
        # emplois »: a plural, not a function word.)
        counts = word.isdigit() and (len(word) != 4 or word[:2] not in ("19", "20") or nxt.isdigit()
                                     or (nxt[-1:] in ("s", "x") and len(nxt) > 3 and nxt not in _NOT_COUNTED))
        if not (elided or word in _SLUG_OPEN_WORDS or counts):
            best = k + 1
    if best:
        return "-".join(w for w, _ in words[:best])
    return slug[:max_length].rsplit("-", 1)[0]
