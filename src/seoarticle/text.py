"""Plain-text helpers shared by every stage: French sentence splitting, word
counting, number extraction and output typography.

Nothing here imports spaCy, so the helpers stay cheap to import and test.
"""

from __future__ import annotations

import re
import unicodedata

NBSP = "\u00a0"  # before : and inside « »
NNBSP = "\u202f"  # narrow no-break space: before ; ! ? %, and in 12 000
SPACES = " \u00a0\u202f\u2009\u2007"

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste",
    "av", "cf", "etc", "env", "hab", "min", "max", "no", "n°", "p", "vol", "éd", "ex",
}

_WORD_RE = re.compile(r"\S+")
_HAS_ALNUM = re.compile(r"[^\W_]", re.UNICODE)


def words(text: str) -> list[str]:
    """Whitespace-separated tokens that hold at least one letter or digit.

    « l’intégration » is one word, « – » and « » » are none. Non-breaking spaces
    separate words like ordinary spaces, so « 12 000 » counts as two, as it does
    in word processors.
    """
    return [w for w in _WORD_RE.findall(text.replace(NBSP, " ").replace(NNBSP, " ")) if _HAS_ALNUM.search(w)]


def word_count(text: str) -> int:
    return len(words(text))


# --- normalisation -----------------------------------------------------------

_APOSTROPHES = "\u2019\u2018\u02bc\u2032`\u00b4"
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def normalize(text: str) -> str:
    """The form every analysis works on: NFC, straight apostrophes, plain
    spaces, no zero-width characters or soft hyphens, « » with plain spaces.

    spaCy's French model was trained on straight apostrophes: with ’ it tags
    « l’ » as a noun and breaks the parse, so analysis always sees '.
    """
    text = unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH)
    for ch in _APOSTROPHES:
        text = text.replace(ch, "'")
    for ch in SPACES[1:]:
        text = text.replace(ch, " ")
    text = text.replace("\t", " ")
    text = re.sub(r"[\u201c\u201e]\s*", "« ", text)
    text = re.sub(r"\s*\u201d", " »", text)
    text = re.sub(r"«\s*", "« ", text)
    text = re.sub(r"\s*»", " »", text)
    text = re.sub(r"\.\.\.", "…", text)
    text = re.sub(r" {2,}", " ", text)
    return text


# --- sentences ----------------------------------------------------------------

_END = re.compile(r"[.!?…]+")
_CLOSERS = "»)\"”]"


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
    while i < n:
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
    m = re.search(r"(\S+)$", text[:dot])
    if not m:
        return False
    word = m.group(1).lstrip("(«\"")
    if word in ABBREVIATIONS:
        return True
    # An initial: « Joseph J. Lhota ».
    return len(word) == 1 and word.isupper()


# --- numbers ------------------------------------------------------------------

NUMBER_RE = re.compile(r"(?<![\w,])\d+(?:[  \u202f]\d{3})*(?:[,.]\d+)?(?![\w])|(?<![\w,])\d+(?:[,.]\d+)?(?=e\b|er\b|ème\b|%)")


def numbers(text: str) -> list[str]:
    """Digit numbers of a text in canonical form (group spaces removed,
    decimal comma kept): « 2 400 » -> « 2400 », « 65,6 » stays « 65,6 »."""
    out = []
    for m in NUMBER_RE.finditer(text):
        out.append(re.sub(r"[ \u00a0\u202f]", "", m.group(0)))
    return out


# --- typography -----------------------------------------------------------------


def french_typography(text: str) -> str:
    """Typeset a normalised French string for publication.

    ’ for apostrophes, « » with no-break spaces inside, a no-break space before
    : and a narrow one before ; ! ? and %, narrow no-break spaces between digit
    groups (12 000), … for three dots and – for a spaced hyphen used as a dash.
    """
    t = text
    t = re.sub(r"(?<=\w)'(?=\w)", "’", t)
    t = re.sub(r"(?<=\w)'", "’", t)
    t = re.sub(r"\.\.\.", "…", t)
    t = re.sub(r"(?<=\s)-(?=\s)", "–", t)
    # Quotes: « text » with no-break spaces.
    t = re.sub(r"«[ \u00a0\u202f]*", "«" + NBSP, t)
    t = re.sub(r"[ \u00a0\u202f]*»", NBSP + "»", t)
    # Straight double quotes left over: pair them into « ».
    t = _pair_straight_quotes(t)
    # Space before high punctuation; not in URLs, times (20:50) or ratios.
    t = re.sub(r"[ \u00a0\u202f]*(?<![\d/:])(?<!^):(?=\s|$)", NBSP + ":", t)
    t = re.sub(r"[ \u00a0\u202f]*([;!?]+)", lambda m: NNBSP + m.group(1), t)
    t = re.sub(r"(?<=\d)[ \u00a0\u202f]*%", NNBSP + "%", t)
    # Digit groups: 12 000, 2 400 000.
    t = re.sub(r"(?<=\d)[ \u00a0](?=\d{3}(?!\d))", NNBSP, t)
    # A no-break space never starts a line.
    t = re.sub(r"^[\u00a0\u202f]+", "", t, flags=re.M)
    return t


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


def strip_accents(text: str) -> str:
    text = text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slugify(text: str, max_length: int = 70) -> str:
    s = strip_accents(text).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if len(s) > max_length:
        s = s[:max_length].rsplit("-", 1)[0]
    return s
