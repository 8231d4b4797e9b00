"""Checks: a rendered article -> a `Report` of named checks with value,
target and status. Every threshold is named once, here."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from . import keyphrase as kpm
from .text import numbers, split_sentences, strip_accents, word_count, words

MIN_WORDS = 700
DENSITY_MIN, DENSITY_MAX = 0.5, 2.5  # % of body words
TITLE_WARN, TITLE_FAIL = 60, 70
TITLE_KEYPHRASE_WITHIN = 40  # characters from the start of the H1
DESCRIPTION_MIN, DESCRIPTION_MAX = 120, 156
HEADINGS_KP_MIN, HEADINGS_KP_MAX = 0.30, 0.75
FLESCH_OK = 50  # Kandel–Moles: 50–60 is « assez difficile », the usual level of the press


@dataclass
class Check:
    name: str
    value: object
    target: str
    status: str  # pass / warn / fail
    detail: str = ""


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)
    facts: dict = field(default_factory=dict)

    def add(self, *a, **k) -> None:
        self.checks.append(Check(*a, **k))

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if c.status == "fail"]

    def to_dict(self) -> dict:
        return {"checks": [asdict(c) for c in self.checks], **self.facts}


@dataclass
class ParsedArticle:
    front: dict
    h1: list[str]
    headings: list[tuple[int, str]]
    paragraphs: list[str]  # body blocks, headings excluded

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


def parse_markdown(md: str) -> ParsedArticle:
    import yaml

    front: dict = {}
    text = md
    m = re.match(r"^---\n(.*?)\n---\n", md, re.S)
    if m:
        # libyaml's parser when PyYAML has it (10x faster; the same safe
        # constructor and resolver, so the same data), else the pure-Python one.
        front = yaml.load(m.group(1), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
        text = md[m.end():]
    h1, headings, paras, cur = [], [], [], []
    for line in text.split("\n"):
        hm = re.match(r"^(#{1,6})\s+(.*)$", line)
        if hm:
            if cur:
                paras.append(" ".join(cur)); cur = []
            level = len(hm.group(1))
            (h1 if level == 1 else headings).append(hm.group(2).strip() if level == 1 else (level, hm.group(2).strip()))
        elif not line.strip():
            if cur:
                paras.append(" ".join(cur)); cur = []
        elif re.match(r"^\s*[-*+]\s+", line):
            if cur:
                paras.append(" ".join(cur)); cur = []
            paras.append(re.sub(r"^\s*[-*+]\s+", "", line))
        else:
            cur.append(line.strip())
    if cur:
        paras.append(" ".join(cur))
    return ParsedArticle(front, h1, headings, paras)


def _plain(text: str) -> str:
    return re.sub(r"\*\*|__|\\(?=[#\-|>*+])", "", text)


@lru_cache(maxsize=1 << 16)  # pure; called for every word of the article
def syllables(word: str) -> int:
    """French syllables: groups of vowels, a final mute e not counted."""
    w = strip_accents(word.lower())
    w = _NOT_LETTER.sub("", w)
    if not w:
        return 0
    groups = _VOWELS.findall(w)
    n = len(groups)
    if n > 1 and _MUTE_END.search(w) and _MUTE_E.search(w) and not w.endswith(("ees", "ee")):
        n -= 1
    return max(1, n)


_NOT_LETTER = re.compile(r"[^a-z]")
_VOWELS = re.compile(r"[aeiouy]+")
_MUTE_END = re.compile(r"[^aeiouy]e?s?$")
_MUTE_E = re.compile(r"[^aeiouy]es?$")


def flesch_fr(text: str) -> tuple[float, int, int, int]:
    """Kandel & Moles (1958): 207 − 1.015 × words/sentence − 73.6 × syllables/word."""
    sents = [s for p in text.split("\n") for s in split_sentences(p) if word_count(s)]
    ws = words(text)
    if not sents or not ws:
        return 0.0, 0, 0, 0
    syl = sum(syllables(w) for w in ws)
    score = 207 - 1.015 * len(ws) / len(sents) - 73.6 * syl / len(ws)
    return round(score, 1), len(ws), len(sents), syl


def run_checks(md: str, keyword: str | None = None, min_words: int = MIN_WORDS, source: str | None = None) -> Report:
    art = parse_markdown(md)
    r = Report()
    body = _plain(art.body)
    n_words = word_count(body)
    r.add("length", n_words, f">= {min_words} words", "pass" if n_words >= min_words else "fail")

    kw = keyword or art.front.get("keyword") or ""
    title = art.front.get("title") or (art.h1[0] if art.h1 else "")
    if kw:
        sents = [s for p in body.split("\n") for s in split_sentences(p)]
        occ = kpm.count_in_sentences(sents, kw)
        density = round(100 * occ / max(1, n_words), 2)
        ok = DENSITY_MIN <= density <= DENSITY_MAX
        r.add("keyphrase density", density, f"{DENSITY_MIN}–{DENSITY_MAX} %", "pass" if ok else "warn", f"{occ} occurrences")
        first = _plain(art.paragraphs[0]) if art.paragraphs else ""
        r.add("keyphrase in first paragraph", kpm.contains(first, kw), "yes", "pass" if kpm.contains(first, kw) else "warn")
        h1 = art.h1[0] if art.h1 else ""
        pos = kpm.position(h1, kw)
        r.add("keyphrase in H1", pos is not None, f"within {TITLE_KEYPHRASE_WITHIN} characters of the start",
              "pass" if pos is not None and pos <= TITLE_KEYPHRASE_WITHIN else ("warn" if pos else "fail"))
        desc = art.front.get("description") or ""
        r.add("keyphrase in description", kpm.contains(desc, kw), "yes", "pass" if kpm.contains(desc, kw) else "warn")
        slug = art.front.get("slug") or ""
        r.add("keyphrase in slug", kpm.in_slug(slug, kw), "yes", "pass" if kpm.in_slug(slug, kw) else "warn")
        hs = [h for _, h in art.headings]
        share = sum(kpm.contains(h, kw) for h in hs) / len(hs) if hs else 0.0
        ok = HEADINGS_KP_MIN <= share <= HEADINGS_KP_MAX
        r.add("keyphrase in subheadings", f"{round(100 * share)} %", f"{int(HEADINGS_KP_MIN*100)}–{int(HEADINGS_KP_MAX*100)} % of H2/H3",
              "pass" if ok else "warn")
    tl = len(title)
    r.add("title length", tl, f"<= {TITLE_WARN} characters", "pass" if tl <= TITLE_WARN else ("warn" if tl <= TITLE_FAIL else "fail"))
    dl = len(art.front.get("description") or "")
    r.add("description length", dl, f"{DESCRIPTION_MIN}–{DESCRIPTION_MAX} characters",
          "pass" if DESCRIPTION_MIN <= dl <= DESCRIPTION_MAX else "warn")
    h2 = sum(1 for lv, _ in art.headings if lv == 2)
    h3 = sum(1 for lv, _ in art.headings if lv == 3)
    r.add("structure", f"{len(art.h1)} H1, {h2} H2, {h3} H3", "1 H1, >= 3 H2", "pass" if len(art.h1) == 1 and h2 >= 3 else "fail")
    score, nw, ns, syl = flesch_fr(body)
    r.add("Flesch (Kandel–Moles)", score, f">= {FLESCH_OK}", "pass" if score >= FLESCH_OK else "warn",
          f"{nw} words, {ns} sentences, {syl} syllables")
    if source is not None:
        new = sorted(set(numbers(_plain(md))) - set(numbers(source)))
        r.add("facts: numbers", len(new), "0 absent from the source", "pass" if not new else "fail", ", ".join(new))
        from .analysis import quotes_in
        from .text import normalize
        src_norm = normalize(source)
        bad = [q for q in quotes_in(normalize(_plain(art.body))) if q not in src_norm]
        r.add("facts: quotations", len(bad), "0 altered or absent", "pass" if not bad else "fail", " | ".join(bad))
    r.facts = {"words": n_words, "keyword": kw, "h2": h2, "h3": h3, "flesch": score}
    return r
