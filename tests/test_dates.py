"""analysis.dates_in's fast paths give what the case-insensitive patterns
searched at every position of the whole text give."""

import random
import re
import sys

from seoarticle import analysis as A
from seoarticle.text import ODD_CASE_LETTERS


def test_lowering_a_text_keeps_what_the_date_patterns_match():
    """`_LOWER_DATE_PATTERNS` reads a text's lower case: that holds where
    lowering each character (but the `ODD_CASE` letters) gives one character,
    a word character, a space or a digit iff the character is one, and
    re.I takes it for a letter of the patterns iff it lowers to that letter."""
    letters = sorted({ch for p in A._DATE_PATTERNS for ch in p.pattern if ch.isalpha()})
    assert all(ch == ch.lower() for ch in letters)
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1)
                    if not 0xD800 <= c <= 0xDFFF and chr(c) not in ODD_CASE_LETTERS)
    low = "".join(ch.lower() for ch in chars)
    assert len(low) == len(chars)  # one character each
    for cls in (r"\w", r"\s", r"\d"):
        p = re.compile(cls)
        assert [m.start() for m in p.finditer(chars)] == [m.start() for m in p.finditer(low)], cls
    for letter in letters:
        p = re.compile(letter, re.I)
        assert [m.start() for m in p.finditer(chars)] == [m.start() for m in re.finditer(letter, low)], letter


def _dates_by_whole_patterns(text: str) -> list[tuple]:
    """The dates of `text` as the patterns find them searched whole (the
    definition `dates_in` speeds up), without a default year."""
    found, taken = [], []
    for k, p in enumerate(A._DATE_PATTERNS):
        for m in p.finditer(text):
            if all(m.end() <= s or m.start() >= e for s, e in taken):
                g = m.groups()
                if k == 0:
                    day = 1 if g[0].lower() == "1er" else int(g[0])
                    d = (int(g[2]) if g[2] else None, A._month_num(g[1]), day)
                elif k == 1:
                    d = (int(g[1]), A._month_num(g[0]), None)
                elif k in (2, 3):
                    d = (int(g[0]), None, None)
                else:
                    d = (None, A._month_num(g[0]), None)
                found.append((m.group(0), *d, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d[-2])


ATOMS = ["le", "les", "Le", "LE", "du", "au", "ce", "en", "En", "depuis", "dès", "de", "d'", "entre", "et", "à",
         "avant", "après", "d'ici", "jusqu'en", "fin", "début", "au mois de", "le mois de", "1er", "1ER", "31", "5",
         "2023", "1999", "1500", "2100", "20", "19", "0", "12 000", "lundi", "Jeudi", "mai", "Mai", "MAI", "mars",
         "août", "aout", "décembre", "Décembre", "février", "juillet", "juin", "septembre", "ſeptembre", "avrıl",
         "semaine", "jamais", "maintenant", " ", "  ", "\n", "\u00a0", ",", ".", ";", "«", "»", "(", "'", "’", "-",
         "é", "œ", "٣", "²", "K", "\u212a"]


def test_dates_in_is_the_whole_patterns_search():
    rng = random.Random(14)
    for _ in range(4000):
        text = "".join(rng.choice(ATOMS) + rng.choice(["", " ", " ", "\n", ", ", ". "]) for _ in range(rng.randint(1, 14)))
        A._piece_dates.cache_clear()
        got = [(d.text, d.year, d.month, d.day, d.start, d.end) for d in A.dates_in(text)]
        assert got == _dates_by_whole_patterns(text), text


def test_each_sentence_gets_from_its_paragraph_what_it_gives_alone():
    """analysis._numbers_and_dates deals a paragraph's numbers and dates to
    its sentences; dates_in of a text of several lines reads each line's
    hints on its own."""
    from seoarticle.reader import Block, Source
    from seoarticle.text import numbers, split_sentences

    rng = random.Random(15)
    atoms = ATOMS + ["Il", "M.", "J.", "etc.", "12", "3e", "10%", "«\u00a0", ")", "\"", "–"]
    ends = [". ", "! ", "? ", "… ", ". » ", " ». ", ".) ", ", ", ".  "]
    for _ in range(3000):
        paragraph = "".join(rng.choice(atoms) + rng.choice([" ", ""]) + (rng.choice(ends) if rng.random() < 0.3 else "")
                            for _ in range(rng.randint(1, 30))).strip()
        year = rng.choice([None, 2021])
        source = Source(title=None, dateline=None, blocks=[Block("para", paragraph)])
        got_numbers, got_dates = A._numbers_and_dates(source, A._units(source), year)
        sentences = split_sentences(paragraph)
        assert got_numbers == [numbers(s) for s in sentences], paragraph
        assert got_dates == [A.dates_in(s, year) for s in sentences], paragraph
        lines = "\n".join(rng.choice(atoms) for _ in range(rng.randint(2, 10)))
        assert [(d.text, d.year, d.month, d.day, d.start, d.end) for d in A.dates_in(lines)] == \
            _dates_by_whole_patterns(lines), lines
