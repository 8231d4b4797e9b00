"""Checks: a Markdown article -> a `Report` of named checks, each with its
value, its target and a status (pass / warn / fail).

Every threshold is named once, here, and documented with its source in
docs/checks.md. What fails is what an editor must fix before publishing
(too short, no single H1, a title over 70 characters, the keyphrase absent
from where it must be, a fact the source lacks); style and layout measures
(readability, sections, paragraphs) only warn: they are advice.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field

from . import readability as rd
from .errors import InputError
from .text import normalize, slugify, word_count

# --- thresholds ------------------------------------------------------------------
MIN_WORDS = 700  # body words; the project's goal (issue 2)
DENSITY_MIN, DENSITY_MAX = 0.5, 2.5  # keyphrase occurrences per 100 body words
TITLE_KEYPHRASE_WITHIN = 40  # characters from the start of the H1
HEADINGS_KP_MIN, HEADINGS_KP_MAX = 0.30, 0.75  # share of H2/H3 holding the keyphrase
TITLE_WARN, TITLE_FAIL = 60, 70  # characters of the SEO title
DESCRIPTION_MIN, DESCRIPTION_MAX = 120, 156  # characters of the meta description
SECTION_MAX_WORDS = 300  # words between two subheadings
PARAGRAPH_MAX_WORDS = 150
FLESCH_MIN = 50  # Kandel–Moles: 50–60 « assez difficile », the usual level of the press
LONG_SENTENCE_WORDS = 20  # a sentence is long above this
LONG_SENTENCES_MAX = 25  # % of sentences
PASSIVE_MAX = 10  # % of sentences
TRANSITIONS_MIN = 30  # % of sentences
REPEATED_OPENINGS_RUN = 3  # consecutive sentences opening with the same word


@dataclass
class Check:
    id: str
    name: str
    value: object
    target: str
    status: str  # pass / warn / fail
    detail: str = ""
    items: dict = field(default_factory=dict)  # lists behind the value, e.g. the invented numbers


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)
    facts: dict = field(default_factory=dict)

    def add(self, id: str, name: str, value, target: str, status: str, detail: str = "", items: dict | None = None) -> None:
        self.checks.append(Check(id, name, value, target, status, detail, items or {}))

    def get(self, id: str) -> Check | None:
        return next((c for c in self.checks if c.id == id), None)

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if c.status == "fail"]

    @property
    def verdict(self) -> str:
        """fail if any check fails, warn if any warns, pass otherwise."""
        statuses = {c.status for c in self.checks}
        return "fail" if "fail" in statuses else ("warn" if "warn" in statuses else "pass")

    def to_dict(self) -> dict:
        return {"verdict": self.verdict, "checks": [asdict(c) for c in self.checks], **self.facts}


# --- Markdown ----------------------------------------------------------------------


@dataclass
class ParsedArticle:
    front: dict
    h1: list[str]
    headings: list[tuple[int, str]]  # H2–H6: (level, text)
    paragraphs: list[str]  # body blocks, headings excluded; a list item is a block
    blocks: list[tuple[str, str]] = field(default_factory=list)  # ("h1".."h6" | "p", text), in order

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT_RULE = re.compile(r"^ {0,3}(=+|-+)\s*$")
_THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(\s*\1){2,}\s*$")
_QUOTE_MARK = re.compile(r"^\s*>\s?")


def parse_markdown(md: str) -> ParsedArticle:
    """Front matter (optional), ATX or setext headings, paragraphs, list items
    and quote blocks. Raises InputError for a front matter that is not YAML."""
    from .formats import front_matter

    md = md.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    front, text = front_matter(md)
    blocks: list[tuple[str, str]] = []
    cur: list[str] = []
    fence = False

    def flush():
        if cur:
            blocks.append(("p", " ".join(cur)))
            cur.clear()

    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not fence:
            # Most lines are blank, or text opening on a letter, which no
            # mark below opens on: a break, or a line of the paragraph, as
            # the branches below take them.
            first = line.lstrip()[:1]
            if first.isalpha():
                cur.append(line.strip())
                continue
            if not first:
                flush()
                continue
        if line.lstrip().startswith(("```", "~~~")):
            flush()
            fence = not fence
            continue
        if fence:
            continue
        hm = _ATX_HEADING.match(line)
        if hm:
            flush()
            blocks.append((f"h{len(hm.group(1))}", hm.group(2).strip()))
        elif _SETEXT_RULE.match(line) and cur and len(cur) == 1 and not _LIST_ITEM.match(cur[0]):
            # Setext heading: the line above, underlined.
            blocks.append(("h1" if line.strip()[0] == "=" else "h2", cur.pop()))
        elif not line.strip() or _THEMATIC_BREAK.match(line):
            flush()
        elif _LIST_ITEM.match(line):
            flush()
            blocks.append(("p", _LIST_ITEM.sub("", line).strip()))
        else:
            cur.append(_QUOTE_MARK.sub("", line).strip())
    flush()
    h1 = [t for k, t in blocks if k == "h1"]
    headings = [(int(k[1]), t) for k, t in blocks if k[0] == "h" and k != "h1"]
    paras = [t for k, t in blocks if k == "p" and t]
    return ParsedArticle(front, h1, headings, paras, blocks)


_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # any escaped ASCII punctuation, as CommonMark reads it
_KEPT = re.compile("\x00(\\d+)\x00")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_STRONG_CODE = re.compile(r"\*\*|__|`")
_EMPHASIS = re.compile(r"(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")


@functools.lru_cache(maxsize=1 << 12)  # pure; a paragraph is read for the body and again for its section
def plain(text: str) -> str:
    """Markdown inline marks removed: **bold**, _emphasis_, `code`, links;
    escaped characters (\\*, \\#, \\<) kept as the characters they stand for."""
    kept: list[str] = []

    def keep(m: re.Match) -> str:
        kept.append(m.group(1))
        return f"\x00{len(kept) - 1}\x00"

    t = _ESCAPED.sub(keep, text.replace("\x00", "")) if "\\" in text else text
    # Each substitution runs only when the characters it needs are there.
    if "](" in t:
        t = _IMAGE.sub(r"\1", t)
        t = _LINK.sub(r"\1", t)
    if "*" in t or "_" in t or "`" in t:
        t = _STRONG_CODE.sub("", t)
        t = _EMPHASIS.sub("", t)
    return _KEPT.sub(lambda m: kept[int(m.group(1))], t) if kept else t


def _section_name(heading: str) -> str:
    """How the report names a section: its subheading, or where it is."""
    return f"« {heading} »" if heading else "before the first subheading"


def _front(front: dict, *keys: str) -> str:
    for k in keys:
        v = front.get(k)
        if v not in (None, ""):
            return str(v)
    return ""


# --- the checks ----------------------------------------------------------------------


@dataclass
class _Parsed:
    """The article, read and parsed once for every check."""

    art: ParsedArticle
    title: str
    h1: str
    description: str
    slug: str
    body_blocks: list[str]  # plain text of each body block
    block_sents: list[list[str]]  # sentences of each block
    sents: list[str]
    heads: list[tuple[int, str]]  # H2–H6, plain
    # Their parses (`reuse.Line`s), in the same order.
    sent_docs: list = field(default_factory=list)
    head_docs: list = field(default_factory=list)
    h1_doc: object = None
    desc_doc: object = None

    @property
    def body(self) -> str:
        return "\n".join(self.body_blocks)

    @property
    def sub_docs(self) -> list:
        return [d for (lv, _), d in zip(self.heads, self.head_docs) if lv in (2, 3)]


def run_checks(md: str, keyword: str | None = None, min_words: int = MIN_WORDS, source: str | None = None,
               source_facts=None, nlp=None, known_docs: dict | None = None, reuse_from: list | None = None) -> Report:
    """Every check on a Markdown article.

    `keyword` overrides the front matter's; without either, the keyphrase is
    chosen from the article. With `source` (the text the article was written
    from), the facts are compared; `source_facts` spares parsing it again,
    and `known_docs` (text -> Doc, the input's own sentences as `rewrite`
    parsed them) spares parsing the sentences the article copies word for word;
    with `reuse_from` (those parses), a line made of one input sentence's words
    in their order is built from that sentence's parse (see `reuse`).

    In two steps, `read_article` then `Pending.finish`, for a batch that
    parses what several articles need in one `nlp.pipe`.
    """
    if nlp is None:
        from .nlp import get_nlp

        nlp = get_nlp()
    pending = read_article(md, keyword, nlp, known_docs, reuse_from)
    return pending.finish(nlp.pipe(pending.to_parse), min_words, source, source_facts, nlp)


@dataclass
class Pending:
    """An article read for the checks, its lines matched to the parses at
    hand: what is left is spaCy's parse of `to_parse`."""

    d: _Parsed
    kw: str
    kw_how: str
    todo: list[str]  # every line the checks read, in order
    known: dict  # line -> Doc (the input's own)
    built: dict  # line -> reuse.Line
    line_of: Callable
    to_parse: list[str]  # the other lines, in order, then the engine's phrases `later` waits for
    # The lines that borrow words of the engine's set phrases whose parse is
    # not read yet (`reuse.Reuser.defer`): built once spaCy's Docs of those
    # phrases, the last `len(book)` of `to_parse` (their indexes in `book`), are read.
    later: list[str] = field(default_factory=list)
    book: list[int] = field(default_factory=list)
    reuser: object = None

    def finish(self, parsed: Iterable, min_words: int = MIN_WORDS, source: str | None = None,
               source_facts=None, nlp=None) -> Report:
        """The report, given spaCy's Docs of `to_parse`, in order."""
        from .reuse import Line, _phrasebook

        d, kw, known, built, line_of = self.d, self.kw, self.known, self.built, self.line_of
        if self.later:
            parsed = list(parsed)
            reuser = self.reuser
            if self.book:
                _phrasebook(reuser.nlp).read(self.book, parsed[len(parsed) - len(self.book):])
                del parsed[len(parsed) - len(self.book):]
            # (Their rows read, or parsed now if the phrases were asked for by
            # an article whose parse never came: the lines are built.)
            reuser.defer = False
            built = dict(built)
            for t in self.later:
                built[t] = reuser.line(t)
            rest = [t for t in self.later if built[t] is None]  # (not expected: the same match again)
            for t, doc in zip(rest, reuser.nlp.pipe(rest) if rest else ()):
                built[t] = Line.of(doc)
        fresh = iter(parsed)
        docs = [line_of(known[t]) if t in known else built[t] if t in built else Line.of(next(fresh))
                for t in self.todo]
        n = len(d.sents)
        d.sent_docs, (d.h1_doc, d.desc_doc, kw_doc), d.head_docs = docs[:n], docs[n : n + 3], docs[n + 3 :]

        r = Report()
        # The body's words, block by block (`body` joins the blocks with a line
        # break: no word spans two); the structure checks count the same blocks.
        n_words = sum(map(word_count, d.body_blocks))
        r.add("length", "length", n_words, f">= {min_words} words", "pass" if n_words >= min_words else "fail",
              "body words, headings excluded")
        _keyphrase_checks(r, d, kw_doc if kw else None, n_words)
        _meta_checks(r, d)
        _structure_checks(r, d)
        fl = _readability_checks(r, d)
        if source is not None:
            _fact_checks(r, d, source, source_facts or source_facts_of(source, nlp))
        h2 = sum(1 for lv, _ in d.heads if lv == 2)
        h3 = sum(1 for lv, _ in d.heads if lv == 3)
        r.facts = {"words": n_words, "keyword": kw, "keyword_how": self.kw_how, "title": d.title, "h2": h2, "h3": h3,
                   "flesch": fl.score, "sentences": len(d.sents)}
        return r


def read_article(md: str, keyword: str | None, nlp, known_docs: dict | None = None,
                 reuse_from: list | None = None) -> Pending:
    """The first step of `run_checks` (its arguments alike): the article
    read, its keyphrase found, and each line the checks read matched to a
    parse at hand, or listed in `to_parse`."""
    from .formats import KEYWORD_KEYS

    art = parse_markdown(md)
    body_blocks = [plain(p) for p in art.paragraphs]
    block_sents = [rd.sentences(p) for p in body_blocks]
    title = plain(_front(art.front, "title", "seo_title", "meta_title") or (art.h1[0] if art.h1 else ""))
    d = _Parsed(
        art=art, title=title, h1=plain(art.h1[0]) if art.h1 else "",
        description=plain(_front(art.front, "description", "meta_description", "metadesc")),
        slug=_front(art.front, "slug") or (slugify(title) if title else ""),
        body_blocks=body_blocks, block_sents=block_sents, sents=[s for b in block_sents for s in b],
        heads=[(lv, plain(t)) for lv, t in art.headings],
    )
    kw, kw_how = keyword, "given with --keyword"
    if not kw:
        kw = _front(art.front, *KEYWORD_KEYS)
        kw_how = "from the front matter"
    if not kw and d.sents:
        kw, kw_how = _choose_keyphrase(art, body_blocks, nlp)
    kw = normalize(plain(kw)).strip() if kw else ""

    # One pass of spaCy over everything the checks read.
    extra = [normalize(x) for x in (d.h1, d.description, kw)] + [normalize(t) for _, t in d.heads]
    todo = d.sents + extra
    # Each parse is read as a `reuse.Line`: the input's own (`known_docs`),
    # one built from them (`reuse_from`), or spaCy's of the rest.
    from .reuse import LATER, PHRASEBOOK, Line, Reuser, _phrasebook

    known_docs = known_docs or {}
    line_of = Line.of
    built: dict[str, Line] = {}
    later: list[str] = []
    book: list[int] = []
    reuser = None
    if reuse_from:
        # (`defer`: the lines that borrow words of the engine's set phrases
        # wait for their parse, done with the other lines': one `nlp.pipe`.)
        reuser = Reuser(nlp, reuse_from, defer=True)
        line_of = reuser.line_of
        reuser.tokenize([t for t in todo if t not in known_docs])
        tried: set[str] = set()
        for t in todo:
            if t not in known_docs and t not in tried:
                tried.add(t)
                made = reuser.line(t)
                if made is LATER:
                    later.append(t)
                elif made is not None:
                    built[t] = made
        if later:
            book = _phrasebook(nlp).request(reuser.engine_wanted)
    waiting = set(later)
    return Pending(d, kw, kw_how, todo, known_docs, built, line_of,
                   [t for t in todo if t not in known_docs and t not in built and t not in waiting]
                   + [PHRASEBOOK[k] for k in book], later, book, reuser)


def _keyphrase_checks(r: Report, d: _Parsed, kw_doc, n_words: int) -> None:
    from . import matching as mt

    terms = mt.phrase_terms(kw_doc) if kw_doc is not None else []
    if not terms:
        r.add("keyphrase", "keyphrase", "none", "a focus keyphrase", "fail",
              "no keyphrase: give --keyword, or keyword: in the front matter")
        return
    # Density is over the text a reader scrolls through: body and
    # subheadings (the H1 and the title have checks of their own).
    # (Each line's count: the density sums them, and they tell which lines
    # hold the keyphrase, for the first paragraph and the subheadings.)
    lines = d.sent_docs + d.head_docs
    counted = mt.count_each(lines, terms)
    occ = sum(filter(None, counted))
    text_words = n_words + sum(word_count(t) for _, t in d.heads)
    density = round(100 * occ / max(1, text_words), 2)
    st = "fail" if occ == 0 else ("pass" if DENSITY_MIN <= density <= DENSITY_MAX else "warn")
    r.add("keyphrase_density", "keyphrase density", density, f"{DENSITY_MIN}–{DENSITY_MAX} %", st,
          f"{occ} occurrence{'s' if occ != 1 else ''} in {text_words} words of body and subheadings")
    first_docs = d.sent_docs[: len(d.block_sents[0])] if d.block_sents else []
    one = any(mt.contains_one(doc, terms, c) for doc, c in zip(first_docs, counted))
    spread = one or mt.contains(first_docs, terms)  # (one sentence holding it, the paragraph does)
    r.add("keyphrase_first_paragraph", "keyphrase in first paragraph", "yes" if one else ("split" if spread else "no"),
          "yes, in one sentence", "pass" if one else ("warn" if spread else "fail"))
    pos = mt.position(d.h1_doc, terms) if d.h1 else None
    r.add("keyphrase_h1", "keyphrase in H1", "no" if pos is None else f"at {pos} characters",
          f"within {TITLE_KEYPHRASE_WITHIN} characters of the start",
          "fail" if pos is None else ("pass" if pos <= TITLE_KEYPHRASE_WITHIN else "warn"))
    ind = bool(d.description) and mt.contains([d.desc_doc], terms)
    r.add("keyphrase_description", "keyphrase in description", "yes" if ind else "no", "yes", "pass" if ind else "warn")
    ins = bool(d.slug) and mt.in_slug(d.slug, terms)
    r.add("keyphrase_slug", "keyphrase in slug", "yes" if ins else "no", "yes", "pass" if ins else "warn", d.slug)
    sub_docs = d.sub_docs
    n = len(d.sent_docs)
    hits = sum(mt.contains_one(lines[n + k], terms, counted[n + k]) for k, (lv, _) in enumerate(d.heads) if lv in (2, 3))
    share = hits / len(sub_docs) if sub_docs else 0.0
    r.add("keyphrase_subheadings", "keyphrase in subheadings", f"{round(100 * share)} %",
          f"{round(100 * HEADINGS_KP_MIN)}–{round(100 * HEADINGS_KP_MAX)} % of H2/H3",
          "pass" if HEADINGS_KP_MIN <= share <= HEADINGS_KP_MAX else "warn",
          f"{hits} of {len(sub_docs)}" if sub_docs else "no H2/H3")


def _meta_checks(r: Report, d: _Parsed) -> None:
    tl = len(d.title)
    r.add("title_length", "title length", tl, f"<= {TITLE_WARN} characters (fail over {TITLE_FAIL})",
          "fail" if not d.title or tl > TITLE_FAIL else ("warn" if tl > TITLE_WARN else "pass"),
          "" if d.title else "no title")
    dl = len(d.description)
    r.add("description_length", "description length", dl, f"{DESCRIPTION_MIN}–{DESCRIPTION_MAX} characters",
          "fail" if not d.description else ("pass" if DESCRIPTION_MIN <= dl <= DESCRIPTION_MAX else "warn"),
          "" if d.description else "no description in the front matter")


def _structure_checks(r: Report, d: _Parsed) -> None:
    h2 = sum(1 for lv, _ in d.heads if lv == 2)
    h3 = sum(1 for lv, _ in d.heads if lv == 3)
    r.add("h1", "single H1", len(d.art.h1), "exactly 1", "pass" if len(d.art.h1) == 1 else "fail", f"{h2} H2, {h3} H3")
    longest = max(_sections(d.art), key=lambda s: s[1], default=("", 0))
    r.add("sections", "words between subheadings", longest[1], f"<= {SECTION_MAX_WORDS} words",
          "pass" if longest[1] <= SECTION_MAX_WORDS else "warn",
          f"the longest section, {_section_name(longest[0])}" if longest[1] else "")
    lp = max(((word_count(p), p) for p in d.body_blocks), default=(0, ""))
    r.add("paragraphs", "paragraph length", lp[0], f"<= {PARAGRAPH_MAX_WORDS} words",
          "pass" if lp[0] <= PARAGRAPH_MAX_WORDS else "warn",
          (f"the longest paragraph, « {' '.join(lp[1].split()[:8])} … »" if lp[0] > PARAGRAPH_MAX_WORDS
           else "the longest paragraph") if lp[0] else "")


def _readability_checks(r: Report, d: _Parsed) -> rd.Flesch:
    sents = d.sents
    fl = rd.flesch(sents, d.sent_docs)
    r.add("flesch", "Flesch (Kandel–Moles)", fl.score, f">= {FLESCH_MIN}", "pass" if fl.score >= FLESCH_MIN else "warn",
          f"{fl.words} words, {fl.sentences} sentences, {fl.syllables} syllables")
    n = max(1, len(sents))
    long = [s for s in sents if len(rd.words.cached(s)) > LONG_SENTENCE_WORDS]
    pct = round(100 * len(long) / n, 1)
    r.add("long_sentences", f"sentences over {LONG_SENTENCE_WORDS} words", pct, f"<= {LONG_SENTENCES_MAX} %",
          "pass" if pct <= LONG_SENTENCES_MAX else "warn", f"{len(long)} of {len(sents)}", {"sentences": long})
    passive = [s for s, doc in zip(sents, d.sent_docs) if rd.is_passive(doc, s)]
    pct = round(100 * len(passive) / n, 1)
    r.add("passive", "passive sentences", pct, f"<= {PASSIVE_MAX} %", "pass" if pct <= PASSIVE_MAX else "warn",
          f"{len(passive)} of {len(sents)}", {"sentences": passive})
    trans = list(zip(sents, rd.transitions_of(sents)))
    with_t = [s for s, t in trans if t]
    pct = round(100 * len(with_t) / n, 1)
    r.add("transitions", "sentences with a transition word", pct, f">= {TRANSITIONS_MIN} %",
          "pass" if pct >= TRANSITIONS_MIN else "warn", f"{len(with_t)} of {len(sents)}",
          {"words": sorted({w for _, t in trans for w in t})})
    runs = rd.repeated_openings(sents, REPEATED_OPENINGS_RUN)
    r.add("openings", f"{REPEATED_OPENINGS_RUN}+ sentences opening alike", len(runs), "0",
          "pass" if not runs else "warn", ", ".join(f"{k} sentences in a row open on « {w} »" for w, k in runs))
    return fl


def _fact_checks(r: Report, d: _Parsed, source: str, source_facts) -> None:
    from . import facts as fx

    dated = str(d.art.front.get("date") or "")  # the dateline goes to the front matter
    place = str(d.art.front.get("location") or "")  # and its place
    art_text = "\n".join([d.title, d.description, dated, place, d.h1, *(t for _, t in d.heads), d.body])
    art_facts = fx.extract(art_text, d.sent_docs + d.head_docs + [d.h1_doc, d.desc_doc])
    if place:
        # A name of the article's, whole (« Nîmes (Gard) »): the source must write it.
        art_facts.entities.setdefault(fx.fold(place), place)
    for c in fx.compare(art_text, art_facts, source, source_facts):
        bits = []
        if c.invented:
            bits.append("not in the source: " + " | ".join(c.invented))
        if c.missing:
            bits.append("not in the article: " + " | ".join(c.missing))
        r.add(f"facts_{c.kind.replace(' ', '_')}", f"facts: {c.kind}", len(c.invented), "0 absent from the source",
              "fail" if c.invented else ("warn" if c.missing else "pass"), "; ".join(bits),
              {"absent_from_source": c.invented, "missing_from_article": c.missing})


def source_facts_of(source: str, nlp=None):
    """Facts of a source text, parsed sentence by sentence."""
    from . import facts as fx

    if nlp is None:
        from .nlp import get_nlp

        nlp = get_nlp()
    sents = [s for p in normalize(source).split("\n") for s in rd.sentences(p)]
    return fx.extract(source, list(nlp.pipe(sents)))


def _sections(art: ParsedArticle) -> list[tuple[str, int]]:
    """Words of body text under each subheading (the text before the first
    one is a section too); the H1 opens no section."""
    out: list[tuple[str, int]] = [("", 0)]
    for kind, text in art.blocks:
        if kind == "h1":
            continue
        if kind[0] == "h":
            out.append((text, 0))
        else:
            name, n = out[-1]
            out[-1] = (name, n + word_count(plain(text)))
    return [s for s in out if s[0] or s[1]]


def _choose_keyphrase(art: ParsedArticle, body_blocks: list[str], nlp) -> tuple[str, str]:
    from .analysis import analyse
    from .keyphrase import choose
    from .reader import read

    text = "\n".join(([art.h1[0]] if art.h1 else []) + body_blocks)
    try:
        focus, _ = choose(analyse(read(text), nlp))
    except InputError:
        return "", ""
    return focus.text, "chosen from the article (" + focus.how.removeprefix("chosen from the text: ") + ")"
