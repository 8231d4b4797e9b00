"""Bytes -> text: byte-order marks, UTF-8, UTF-16/32, and the legacy
encodings of older French archives, decided so that é, è, à, ç, œ, « » come
out right or the input is refused; never a silent wrong guess.

Order of the decisions:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) says it all;
2. the signature of a known binary format (PDF, images, archives, an old
   Word .doc…) is refused with its name; a .docx (a ZIP) is left to the
   reader;
3. UTF-16 without a mark shows as a NUL byte every other byte;
4. valid UTF-8 is UTF-8 (ASCII included); a text that is UTF-8 twice over
   (« Ã© » for « é ») is repaired when the whole text undoes cleanly;
5. anything else is read in each legacy 8-bit encoding French was written
   in (Windows-1252 and Latin-1, ISO-8859-15, Mac Roman, DOS CP850):
   a French score (accented letters where French has them, the common
   ones most, no stray symbol inside a word) picks among the decodings that
   differ, and a close second reading gets the input refused, not guessed;
   when no legacy French reading makes sense, charset-normalizer names the
   encoding (the language check then says the text is not French).

A text full of control characters is binary data whatever it decoded as.
Standard library only at import; charset-normalizer is imported for the
legacy case alone (start-up time matters: issue 5).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InputError

# The legacy encodings of French text, most common first (the order breaks
# ties between decodings that read the same). Latin-1 is cp1252 minus the
# characters of 0x80–0x9F, which are control codes in Latin-1 and never text.
LEGACY = ("cp1252", "iso8859_15", "mac_roman", "cp850")
LABELS = {
    "utf_8": "UTF-8", "utf_8_sig": "UTF-8 with BOM", "utf_16_le": "UTF-16LE", "utf_16_be": "UTF-16BE",
    "utf_32_le": "UTF-32LE", "utf_32_be": "UTF-32BE", "cp1252": "Windows-1252", "iso8859_15": "ISO-8859-15",
    "mac_roman": "Mac Roman", "cp850": "DOS (CP850)",
}

_BOMS = (  # UTF-32 first: its little-endian mark starts like UTF-16's
    (b"\xff\xfe\x00\x00", "utf_32_le"),
    (b"\x00\x00\xfe\xff", "utf_32_be"),
    (b"\xef\xbb\xbf", "utf_8_sig"),
    (b"\xff\xfe", "utf_16_le"),
    (b"\xfe\xff", "utf_16_be"),
)

# Binary formats a user may hand over by mistake, with what to do instead.
_SIGNATURES = (
    (b"%PDF", "a PDF document; copy its text into a .txt file, or export it as .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word .doc (or another Office 97 file); save it as .docx"),
    (b"{\\rtf", "an RTF document; save it as .docx or as plain text"),
    (b"\x89PNG", "a PNG image; give a text (plain text, Markdown, HTML or .docx)"),
    (b"\xff\xd8\xff", "a JPEG image; give a text (plain text, Markdown, HTML or .docx)"),
    (b"GIF8", "a GIF image; give a text (plain text, Markdown, HTML or .docx)"),
    (b"\x1f\x8b", "a gzip archive; decompress it first"),
    (b"BZh", "a bzip2 archive; decompress it first"),
    (b"\xfd7zXZ\x00", "an xz archive; decompress it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; extract the article first"),
    (b"Rar!", "a RAR archive; extract the article first"),
    (b"\x7fELF", "a program, not a text; give a text (plain text, Markdown, HTML or .docx)"),
    (b"MZ", "a Windows program, not a text; give a text (plain text, Markdown, HTML or .docx)"),
    (b"ID3", "an MP3 file, not a text; give a text (plain text, Markdown, HTML or .docx)"),
    (b"OggS", "an audio file, not a text; give a text (plain text, Markdown, HTML or .docx)"),
    (b"\x00\x00\x00\x18ftyp", "a video file, not a text; give a text (plain text, Markdown, HTML or .docx)"),
    (b"\x00\x00\x00\x20ftyp", "a video file, not a text; give a text (plain text, Markdown, HTML or .docx)"),
    (b"SQLite format 3\x00", "an SQLite database, not a text; give a text (plain text, Markdown, HTML or .docx)"),
)
ZIP_MAGIC = b"PK\x03\x04"

# Control characters other than tab, line feed, vertical tab, form feed and
# carriage return: a text holds almost none; binary data is full of them.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
CONTROL_MAX_SHARE = 0.01


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name; LABELS has the human name

    @property
    def label(self) -> str:
        return LABELS.get(self.encoding, self.encoding)


def signature(data: bytes) -> str | None:
    """What a known binary format is, from its first bytes; None for anything else."""
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            return what
    if data[4:8] == b"ftyp":
        return "a video or audio file, not a text; give a text (plain text, Markdown, HTML or .docx)"
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "an image, audio or video file, not a text; give a text (plain text, Markdown, HTML or .docx)"
    return None


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """The text of `data`, or InputError saying why there is none.
    `declared` is the encoding the input names for itself (an HTML page's
    <meta charset>): taken after a byte-order mark and valid UTF-8 (a page
    that says Windows-1252 but is UTF-8 is UTF-8), before any guess."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf_32_le":  # FF FE 00 00 also opens UTF-16 whose first character is NUL
                try:
                    return _check_control(Decoded(data[4:].decode("utf_32_le"), codec))
                except UnicodeDecodeError:
                    continue
            return _strict(data[len(bom):], codec.removesuffix("_sig"), label=LABELS[codec])
    what = signature(data)
    if what:
        raise InputError(f"the input is {what}")
    if data.startswith(ZIP_MAGIC):
        raise InputError("the input is a ZIP archive, not a Word .docx; give a .docx, or the text itself")
    codec = _utf16_without_bom(data)
    if codec:
        return _strict(data, codec, label=LABELS[codec])
    if b"\x00" in data:
        raise _binary()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _utf8_damaged(data, exc):
            raise InputError(
                f"the input is UTF-8 with invalid bytes (byte {exc.start}): the file is damaged or mixes encodings; "
                "re-export it as UTF-8"
            ) from None
        if declared and not declared.startswith("utf"):
            codec = "cp1252" if declared in ("latin_1", "iso8859-1", "ascii") else declared  # as browsers do
            try:
                return _check_control(Decoded(data.decode(codec), codec))
            except (UnicodeDecodeError, LookupError):
                pass  # a wrong declaration: guess as for any text
        return _check_control(legacy(data))
    return _check_control(Decoded(_undo_double_utf8(text), "utf_8"))


def _strict(data: bytes, codec: str, label: str) -> Decoded:
    try:
        return _check_control(Decoded(data.decode(codec), codec))
    except UnicodeDecodeError as exc:
        raise InputError(f"the input is not valid {label} (byte {exc.start}); re-export it as UTF-8") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: the text's ASCII characters put a
    NUL at every other byte, on the same side."""
    n = len(data) - len(data) % 2
    if n < 8:
        return None
    even, odd = data[0:n:2], data[1:n:2]
    half = n // 2
    # French in UTF-16: nearly every character is ASCII or Latin-1 (œ, ’, « », – excepted).
    if odd.count(0) >= 0.7 * half and even.count(0) <= 0.05 * half:
        return "utf_16_le"
    if even.count(0) >= 0.7 * half and odd.count(0) <= 0.05 * half:
        return "utf_16_be"
    return None


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf8_damaged(data: bytes, exc: UnicodeDecodeError) -> bool:
    """UTF-8 with a few bad bytes is a damaged UTF-8 file, not a legacy one:
    it holds French letters as UTF-8 (« é » as C3 A9), and they make most of
    its bytes beyond ASCII. A legacy text may hold such byte pairs by chance
    (Mac Roman « ’é » is D5 8E), but they read as no French letter."""
    french = 0
    for m in _UTF8_SEQUENCE.finditer(data):
        try:
            if m.group(0).decode("utf-8") in FRENCH_CHARS:
                french += len(m.group(0))
        except UnicodeDecodeError:  # an overlong or surrogate form
            pass
    high = sum(1 for b in data if b >= 0x80)
    return french >= 6 and french >= 0.5 * high


def _binary() -> InputError:
    return InputError("the input looks like binary data, not text; give a French article as text, Markdown, HTML or .docx")


def _check_control(decoded: Decoded) -> Decoded:
    text = decoded.text
    if text and len(_CONTROL.findall(text)) > CONTROL_MAX_SHARE * len(text) + 1:
        raise _binary()
    return decoded


# --- legacy 8-bit encodings ---------------------------------------------------------

# Letters and signs French text has beyond ASCII, weighted by how common they
# are: between two readings of the same bytes, the one made of the frequent
# letters (« é », « à ») is the French one.
_WEIGHTS = {
    **dict.fromkeys("é", 1.0), **dict.fromkeys("èà", 0.9), **dict.fromkeys("êç", 0.7),
    **dict.fromkeys("ôîâœ", 0.5), **dict.fromkeys("ûù", 0.4), **dict.fromkeys("ïë", 0.3),
    **dict.fromkeys("üäöÿæ", 0.1), **dict.fromkeys("É", 0.5), **dict.fromkeys("À", 0.4),
    **dict.fromkeys("ÂÄÇÈÊËÎÏÔÖÙÛÜŸŒÆ", 0.2),
    **dict.fromkeys("«»’", 0.8), **dict.fromkeys("–—…", 0.6), **dict.fromkeys("“”€\u00a0", 0.5),
    **dict.fromkeys("°‘", 0.3),
}
FRENCH_CHARS = frozenset(_WEIGHTS)
# Signs any Western text may hold (soft hyphen, ©, km², 1 ½…): no evidence
# either way, unless a letter follows them.
_NEUTRAL = frozenset("\u00ad©®™§¹²³µ×÷±·•‰¢£¥¼½¾")
_ALONE = frozenset("àÀ")  # the one accented letter that is a word by itself


def french_score(text: str) -> float:
    """How French the non-ASCII characters of a decoding look: + for a
    letter or sign French uses (more for the common ones), - for anything
    else, more so inside a word (« c½ur », « ƒcole »), for a capital accent
    inside lower case (« ÈlËve ») or an accented letter standing alone (« ê »)."""
    score = 0.0
    n = len(text)
    for i, ch in enumerate(text):
        if ch < "\x80":
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        weight = _WEIGHTS.get(ch)
        if weight is not None:
            if ch.isalpha():
                if ch.isupper() and prev.islower():
                    score -= 2  # « ÈlËve »
                elif ch.isupper() and text[max(0, i - 2) : i].rstrip()[-1:].islower():
                    score += 0.1  # « il Ètait »: a capital mid-sentence, a name at best
                elif ch not in _ALONE and not prev.isalnum() and not nxt.isalnum():
                    score -= 1  # « ê » alone
                else:
                    score += weight
            elif ch in "–—…" and (prev.isalpha() or nxt.isalpha()):
                score -= 2  # « ao–t », « …tats »: French spaces its dashes, and nothing follows « … » closely
            elif ch in "«“‘" and nxt.isalpha():
                pass  # « «a »: possible, proves nothing
            else:
                score += weight
        elif ch in _NEUTRAL and (ch == "\u00ad" or not nxt.isalpha()):
            pass  # « km² », « 1 ½ », « © 2017 », a soft hyphen anywhere; not « l'½il »
        elif _CONTROL.match(ch):
            score -= 5
        elif prev.isalnum() or nxt.isalnum():
            score -= 2 if ch.isalpha() else 3
        else:
            score -= 1
    return score


# The least lead of the best reading over the next different one; closer
# than that, the bytes are refused as ambiguous rather than guessed.
MARGIN = 0.85


def legacy(data: bytes) -> Decoded:
    """Decode a text that is not UTF-8: the best-scoring French legacy
    decoding, refused when another reading comes close. When none reads as
    French, charset-normalizer's best guess among every encoding it knows
    (the text is then in another language, and the language check says which)."""
    readings: dict[str, str] = {}
    for codec in LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        readings.setdefault(text, codec)  # the same text: the likeliest codec's name
    scored = sorted(((french_score(t), -LEGACY.index(c), t, c) for t, c in readings.items()), reverse=True)
    if scored and scored[0][0] >= 0:
        best_score, _, best_text, best_codec = scored[0]
        if len(scored) > 1 and scored[1][0] > best_score - MARGIN:
            other = scored[1][3]
            raise InputError(
                f"the input is not UTF-8 and reads almost as well as {LABELS[best_codec]} or {LABELS[other]}; "
                f"convert it to UTF-8 (e.g. iconv -f {_iconv(best_codec)} -t utf-8)"
            )
        return Decoded(best_text, best_codec)
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        raise _binary()
    return Decoded(str(match), match.encoding)


def _iconv(codec: str) -> str:
    return {"cp1252": "windows-1252", "iso8859_15": "iso-8859-15", "mac_roman": "macintosh", "cp850": "cp850"}[codec]


# « Ã© » for « é »: UTF-8 bytes once read as Windows-1252 and saved as UTF-8 again.
_MOJIBAKE = re.compile("[ÃÂÅÆ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€")


def _undo_double_utf8(text: str) -> str:
    if not _MOJIBAKE.search(text):
        return text
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return text  # not the whole text: leave it as it is
    return fixed if french_score(fixed) > french_score(text) else text
