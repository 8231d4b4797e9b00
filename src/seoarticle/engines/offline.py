"""The offline engine: a `Plan` -> an `Article`, deterministic, inventing nothing.

The body holds every sentence of the input, in order, under the planned
intertitres. Around it the engine adds only material derived from those
sentences by `rephrase` (which only removes words): the key points, the key
figures, a chronology of the dated facts, answers to the questions a reader
asks (who is who, what an acronym stands for, what is known of the main
actors), and what comes next. No derived line repeats another or a sentence
of the body word for word.
"""

from __future__ import annotations

import re

from .. import keyphrase as kpm
from ..analysis import Analysis, Sentence
from ..model import Article, Block, Options
from ..outline import Plan, de, with_article
from ..rephrase import clauses, compress, date_label, without_date
from ..text import capitalize_first, word_count

KEY_POINTS_MAX = 5
FIGURES_MAX = 6
CHRONOLOGY_MAX = 8
FAQ_MAX = 6
NEXT_MAX = 4

_NUM_PHRASE = re.compile(
    r"(?:(?:plus|moins|près|environ|pas moins)\s+(?:de\s+|d')?)?\d+(?:[ \u202f\u00a0]\d{3})*(?:,\d+)?"
    r"(?:\s*%|\s+(?:millions?|milliards?|mille)(?:\s+(?:de|d'))?)?(?:\s+[\w'-]+(?:\s+(?:de|d')\s*[\w-]+)?)?"
)
_FUTURE_HINT = re.compile(r"\b(?:devrait|devraient|doit|doivent|prévoi\w*|sera|seront|\w+ra|\w+ront|prochain\w*|à venir)\b")


class _Derived:
    """Keeps the derived lines apart from each other and from the body."""

    def __init__(self, analysis: Analysis):
        self.seen = {s.text for s in analysis.sentences}
        self.uses: dict[int, int] = {}

    def take(self, s: Sentence, text: str | None, max_uses: int = 2) -> str | None:
        if not text or text in self.seen or self.uses.get(s.id, 0) >= max_uses:
            return None
        self.seen.add(text)
        self.uses[s.id] = self.uses.get(s.id, 0) + 1
        return text


def _importance(s: Sentence, analysis: Analysis, focus: str) -> float:
    score = 2.0 * kpm.contains(s.text, focus)
    score += 0.6 * len(s.entities) + 0.5 * len(s.numbers) + 0.4 * len(s.dates)
    score += 1.5 if s.id == 0 else 0
    score -= 0.02 * s.id
    return score


KEY_POINT_MAX_RATIO = 0.85  # a key point is at most 85 % of its sentence


def key_points(analysis: Analysis, plan: Plan, d: _Derived) -> list[str]:
    lead = {s.id for s in plan.lead}
    ranked = sorted((s for s in analysis.sentences if s.id not in lead),
                    key=lambda s: (-_importance(s, analysis, plan.focus.text), s.id))
    chosen = []
    for s in ranked:
        t = None
        for c in _short_forms(s):
            if word_count(c) <= KEY_POINT_MAX_RATIO * s.words:
                t = d.take(s, c)
                if t:
                    break
        if t:
            chosen.append((s.id, t))
        if len(chosen) >= KEY_POINTS_MAX:
            break
    return [t for _, t in sorted(chosen)]


def _number_label(s: Sentence) -> str | None:
    for m in _NUM_PHRASE.finditer(s.text):
        label = m.group(0).strip()
        if any(d.start <= m.start() < d.end for d in s.dates) or re.search(r"\bans?\b|\bheures?\b|\bh\b", label):
            continue
        if s.text[: m.start()].count("«") > s.text[: m.start()].count("»"):
            continue
        label = re.sub(r"\s+(?:de|d'|du|des|et|à|en|le|la|les|sur|pour)$", "", label)
        return label
    return None


def _short_forms(s: Sentence) -> list[str]:
    """The derived forms of a sentence, shortest meaning-preserving first."""
    forms = [f for f in (compress(s), compress(s, keep_dates=False)) if f]
    forms += clauses(s)
    return forms


def key_figures(analysis: Analysis, d: _Derived) -> list[str]:
    items = []
    for s in analysis.sentences:
        if not s.numbers:
            continue
        label = _number_label(s)
        if not label:
            continue
        bare = re.sub(r"^(?:plus|moins|près|environ|pas moins)\s+(?:de\s+|d')?", "", label)
        forms = [f for f in _short_forms(s) if bare.split()[0] in f]
        text = None
        for f in forms:
            text = d.take(s, f)
            if text:
                break
        if text:
            items.append(f"**{label}** : {text}")
        if len(items) >= FIGURES_MAX:
            break
    return items


def _sort_key(dm, default_year):
    return (dm.year if dm.year is not None else default_year or 0, dm.month or 0, dm.day or 0)


def _dates_main_event(s: Sentence, dm) -> bool:
    """True when the date phrase hangs on the main verb: « Minsk avait obtenu son
    indépendance en 1991 », not « les plans d'annexer la Biélorussie d'ici 2030 »."""
    if not s.text[: dm.start].strip():
        return True
    toks = [t for t in s.doc if dm.start <= t.idx < dm.end]
    inside = {t.i for t in toks}
    for t in toks:
        h = t.head
        if h.i in inside:
            continue
        while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
            if h.pos_ in ("NOUN", "PROPN") and h.i not in inside:
                return False
            h = h.head
        return h.dep_ == "ROOT"
    return False


def chronology(analysis: Analysis, d: _Derived) -> list[str]:
    entries = []
    for s in analysis.sentences:
        for dm in s.dates:
            if dm.year is None or not _dates_main_event(s, dm):
                continue
            text = without_date(s, dm)
            if text and text not in d.seen:
                entries.append((_sort_key(dm, None), s, dm, text))
                break
    entries.sort(key=lambda e: (e[0], e[1].id))
    items = []
    for _, s, dm, text in entries[:CHRONOLOGY_MAX]:
        t = d.take(s, text, max_uses=3)
        if t:
            items.append(f"**{date_label(dm)}** : {t}")
    return items


def faq(analysis: Analysis, plan: Plan, d: _Derived) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for e in analysis.entities:
        if e.label == "PER" and e.roles:
            roles = " et ".join(e.roles[:2])
            name = e.name + (f", {e.age}," if e.age else "")
            answer = f"{name} est {roles}."
            if answer not in d.seen:
                d.seen.add(answer)
                out.append((f"Qui est {e.name} ?", capitalize_first(answer)))
    text = " ".join(s.text for s in analysis.sentences)
    for acro, long in analysis.acronyms.items():
        m = re.search(r"\b((?:[Ll]'|[Ll]e |[Ll]a |[Ll]es )(?:[a-zé]\w+ )?)" + re.escape(long), text)
        det = (m.group(1)[0].lower() + m.group(1)[1:]) if m else ""
        out.append((f"Que désigne le sigle {acro} ?", f"Le sigle {acro} désigne {det}{long}."))
    # What is known of the main actors: their sentences, shortened.
    actors = sorted(
        (e for e in analysis.entities if e.count >= 2 and e.label in ("PER", "ORG", "LOC") and e.name not in analysis.acronyms),
        key=lambda e: (-e.count, min(e.sentences)),
    )
    for e in actors:
        if len(out) >= FAQ_MAX:
            break
        answers = []
        for sid in e.sentences:
            s = analysis.sentences[sid]
            for f in _short_forms(s):
                if e.name.split()[-1] in f or any(x in f for x in e.forms):
                    t = d.take(s, f)
                    if t:
                        answers.append(t)
                        break
            if len(answers) >= 2:
                break
        if answers:
            subject = e.name if e.label == "PER" or not _needs_article(e.name, analysis) else with_article(e.name, analysis)
            out.append((f"Que sait-on {de(subject)} ?", " ".join(answers)))
    return out[:FAQ_MAX]


def _needs_article(name: str, analysis: Analysis) -> bool:
    return with_article(name, analysis) != name


def what_next(analysis: Analysis, d: _Derived) -> list[str]:
    items = []
    for s in analysis.sentences:
        if not any("Fut" in t.morph.get("Tense") or t.lemma_ in ("devoir", "prévoir") for t in s.doc if t.pos_ in ("VERB", "AUX")):
            continue
        for f in _short_forms(s):
            if _FUTURE_HINT.search(f):
                t = d.take(s, f)
                if t:
                    items.append(t)
                    break
        if len(items) >= NEXT_MAX:
            break
    return items


def write(analysis: Analysis, plan: Plan, options: Options) -> Article:
    d = _Derived(analysis)
    topic = with_article(plan.focus.text, analysis)
    blocks: list[Block] = [Block("lead", " ".join(s.text for s in plan.lead))]

    points = key_points(analysis, plan, d)
    if len(points) >= 2:
        blocks += [Block("h2", f"L'essentiel sur {topic}"), Block("ul", items=points)]

    for sec in plan.sections:
        blocks.append(Block("h2", sec.heading))
        for par in sec.sentences:
            blocks.append(Block("p", " ".join(s.text for s in par)))

    figures = key_figures(analysis, d)
    if len(figures) >= 2:
        blocks += [Block("h2", f"Les chiffres clés {de(topic)}"), Block("ul", items=figures)]
    dates = chronology(analysis, d)
    if len(dates) >= 2:
        blocks += [Block("h2", f"Chronologie {de(topic)}"), Block("ul", items=dates)]
    upcoming = what_next(analysis, d)
    if upcoming:
        blocks += [Block("h2", f"Ce qui se prépare pour {topic}"), Block("ul", items=upcoming)]
    qa = faq(analysis, plan, d)
    if qa:
        blocks.append(Block("h2", f"Questions-réponses sur {topic}"))
        for q, a in qa:
            blocks += [Block("h3", q), Block("p", a)]

    article = Article(
        title=plan.title, description=plan.description, slug=plan.slug,
        keyword=plan.focus.text, keyword_how=plan.focus.how,
        keywords=[k.text for k in plan.secondary], blocks=blocks,
        date=analysis.source.dateline,
    )
    words = sum(word_count(t) for t in article.body_texts())
    if words < options.min_words:
        article.notes.append(
            f"the input ({analysis.words} words) holds material for {words} words of article, "
            f"short of the {options.min_words} asked: no more can be derived without inventing; "
            "add facts to the draft (context, figures, quotations) or lower --min-words"
        )
    return article
