"""Is this text French? If not, which language does it look like?

CLD2 (pycld2: Google's compact language detector, compiled in, no model to
load, deterministic, about a millisecond per article) names the language.
Its guess on a few words is weak (« Emmanuel Macron » reads as English), so
a text is taken as French when CLD2 finds French in a quarter of it or more,
when French function words make a fifth of its words, or when it is too
short to tell; it is refused only when it is long enough and neither holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InputError
from .text import words

# Words that are frequent in French prose and rare in its neighbours
# (no « de », « la », « que », « il », « en », « un »: Spanish, Italian or
# Catalan have them too).
FRENCH_FUNCTION_WORDS = frozenset(
    "le les des une du au aux est sont été être était avait ont dans pour qui avec sur pas cette ces leur "
    "leurs mais nous vous elle elles ils ce c d l qu n s j m lui après depuis selon aussi très à où déjà "
    "ainsi entre contre sans sous chez dont lors puis".split()
)
FUNCTION_SHARE = 0.20  # of the words: French prose runs at 0.3–0.45
MIN_FUNCTION_WORDS = 3
CLD_SHARE = 25  # percent of the text CLD2 finds French
CLD_SHARE_LONG = 50  # percent, for a text of LONG_TEXT_WORDS words or more
LONG_TEXT_WORDS = 100
MIN_WORDS_TO_TELL = 8
SAMPLE_CHARS = 200_000  # enough to tell; keeps a huge input cheap

# Characters CLD2 refuses as « invalid UTF-8 »: controls, surrogates,
# non-characters. They say nothing of the language.
_NONCHARACTERS = "".join(chr(plane << 16 | low) for plane in range(17) for low in (0xFFFE, 0xFFFF))
_UNTELLING = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef{_NONCHARACTERS}]")
_APOSTROPHE = re.compile(r"['’]")
_NAMES = {"un": "no language", "xx-Qaai": "no language", "nn": "Norwegian Nynorsk", "zh-Hant": "Chinese (traditional)",
          "zh": "Chinese"}


@dataclass(frozen=True)
class Guess:
    code: str  # ISO 639 code, "un" when unknown
    name: str  # English name of the language
    french: bool


def guess(text: str) -> Guess:
    sample = text[:SAMPLE_CHARS]
    ws = words.cached(sample)  # (read only: no copy)
    # The French function words tell (CLD2 unsure on few words, many
    # names). Tested first: a text they find French is French whatever CLD2
    # says, and they cost less than asking it.
    if _french_function_words(ws):
        return Guess("fr", "French", True)
    code, name, share = _cld(sample)
    # A quarter is enough for a short text, where names mislead CLD2; a long
    # one mostly in another language (an English page quoting French titles)
    # needs half.
    if code == "fr" or share >= (CLD_SHARE_LONG if len(ws) >= LONG_TEXT_WORDS else CLD_SHARE):
        return Guess("fr", "French", True)
    return Guess(code, name, len(ws) < MIN_WORDS_TO_TELL)


def _french_function_words(ws: list[str]) -> bool:
    """Whether French function words make FUNCTION_SHARE of the words `ws`
    (each cut at its apostrophes: « l'homme » is « l », « homme »), and
    MIN_FUNCTION_WORDS at least."""
    # The words joined by spaces, in lower case, apostrophes as spaces, cut
    # at whitespace: each word's pieces in turn, as the words cut one by one
    # would give them (a word holds no whitespace, lower case makes none,
    # and a space ends a word for str.lower's final sigma as the word's end does).
    pieces = " ".join(ws).lower().replace("'", " ").replace("’", " ").split()
    hits = sum(map(FRENCH_FUNCTION_WORDS.__contains__, pieces))
    return hits >= MIN_FUNCTION_WORDS and hits >= FUNCTION_SHARE * len(pieces)


def _cld(sample: str) -> tuple[str, str, int]:
    """CLD2's top language (code, name) and the percent of the text it finds French."""
    import pycld2

    # (Controls, surrogates and non-characters are all unprintable: a text
    # printable but for its line breaks and tabs holds none.)
    printable = sample.replace("\n", " ").replace("\t", " ").isprintable()
    clean = sample if printable else _UNTELLING.sub(" ", sample)
    try:
        _, _, langs = pycld2.detect(clean, bestEffort=True)
    except pycld2.error:  # pragma: no cover - _UNTELLING removes what it refuses
        return "un", "no language", 0
    name, code = langs[0][0], langs[0][1]
    share = sum(p for _, c, p, _ in langs if c == "fr")
    return code, _NAMES.get(code, name.removeprefix("X_").replace("_", " ").title()), share


# A line read alone (`foreign_line`): CLD2 is too often sure of the wrong
# language on a few words (« Espace : la sonde Cassini entame son « Grand
# Final » » is 97 % English to it, and so is « Ukraine : Zelensky réclame
# missiles Tomahawk, Trump temporise, … »), so a line is taken as foreign
# only when it is long, holds no French at all (none of the function words
# above, none of the words French shares with its neighbours below, no « »),
# and is plainly English: CLD2 says so, and English function words make a
# good share of its words (a headline of names has none). Other languages:
# never (none of them has been seen opening a French draft).
FOREIGN_LINE_MIN_WORDS = 12
_SHARED_FUNCTION_WORDS = frozenset("de la un en que il et son sa ses se ne".split())
# (Not « on », « or », « as », « an », « a », « en », words French writes too.)
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of to and for with this that these those is are was were be been has have had will would should "
    "please let there it its at in from by not which who".split())
ENGLISH_SHARE = 0.2  # of the words
_POSSESSIVE = re.compile(r"['’]s\b", re.I)  # « Editor's », « the government's »


def foreign_line(line: str) -> str | None:
    """The language of a line surely not French (see FOREIGN_LINE_MIN_WORDS), else None."""
    ws = words.cached(line)
    if len(ws) < FOREIGN_LINE_MIN_WORDS or "«" in line or "»" in line:
        return None
    # (An English possessive is no French « s' »; single letters tell nothing;
    # a capital inside the line is a name's: « Jean-Yves Le Drian ».)
    lowered = [p for k, w in enumerate(ws) if k == 0 or not w[:1].isupper()
               for p in _APOSTROPHE.split(_POSSESSIVE.sub("", w).lower()) if len(p) > 1]
    if not lowered or any(p in FRENCH_FUNCTION_WORDS or p in _SHARED_FUNCTION_WORDS for p in lowered):
        return None
    # (« a », « an »: English in a line without a French word.)
    english = sum(1 for w in ws if w.lower() in ENGLISH_FUNCTION_WORDS or w.lower() in ("a", "an"))
    if english < MIN_FUNCTION_WORDS or english < ENGLISH_SHARE * len(ws):
        return None
    g = guess(line)
    return "English" if g.code == "en" and not g.french else None


def require_french(text: str) -> None:
    """InputError unless the text is French (see `guess`)."""
    g = guess(text)
    if g.french:
        return
    if g.code == "un":
        raise InputError("the text does not look like French (no language recognised); give a French text, "
                         "or --force-lang to go on anyway")
    raise InputError(f"the text looks like {g.name} ({g.code}), not French; seoarticle writes French articles "
                     "(--force-lang to go on anyway)")
