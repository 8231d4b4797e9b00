"""Meaning-preserving sentence transformations used by the offline engine.

Every function here only *removes* material from a sentence of the input
(parentheses, incises between dashes, non-restrictive relative clauses, a
leading adverbial, a trailing participial clause, a date phrase): nothing is
added, nothing is reworded, and a quotation is never cut.
"""

from __future__ import annotations

import re

from .analysis import DateMention, Sentence, per_sentence
from .text import capitalize_first, word_count

MIN_WORDS = 5
DROPPABLE_ADVERBS = {"également", "notamment", "aussi", "donc", "ainsi", "cependant", "pourtant", "toutefois",
                     "officiellement", "visiblement", "précédemment", "désormais", "finalement", "spontanément"}
_REF = re.compile(r"\s*\[\d+\]")


def _clean(text: str) -> str:
    text = re.sub(r"\s+([,.])", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" ,;")
    text = re.sub(r",\s*(?=[.!?…]$)", "", text)
    if not re.search(r"[.!?…»]$", text):
        text += "."
    if text.endswith("»") and not re.search(r"[.!?…]\s*»$", text):
        text += "."
    return capitalize_first(text)


def _root(doc):
    for t in doc:
        if t.dep_ == "ROOT":
            return t
    return doc[0]


def _is_clause(doc, a: int, b: int) -> bool:
    """True when the characters a..b hold one syntactic unit that can go: no
    quotation mark, not the main verb or its subject, and every word in it
    hangs from one head inside it (a subtree, give or take punctuation)."""
    toks = [t for t in doc if t.idx >= a and t.idx + len(t.text) <= b and not t.is_punct]
    if not toks:
        return False
    if any(t.text in "«»" for t in doc if a <= t.idx < b):
        return False
    root = _root(doc)
    if root in toks or any(t.dep_.startswith("nsubj") and t.head == root for t in toks):
        return False
    inside = set(t.i for t in toks)
    heads = [t for t in toks if t.head.i not in inside or t.head == t]
    return len(heads) == 1


def _subject_starts_at(doc, i: int) -> bool:
    root = _root(doc)
    for t in root.children:
        if t.dep_.startswith("nsubj"):
            return t.left_edge.i == i
    return False


@per_sentence
def compress(s: Sentence, keep_dates: bool = True) -> str | None:
    """A shorter sentence with the same main statement, or None when nothing
    can be removed safely or what remains is too short to stand alone.

    Removed, when each is a clause of its own: a leading adverbial (« Dans leur
    briefing quotidien, »), parentheses, an incise between dashes, a
    non-restrictive relative clause, a trailing participial clause (« ,
    faisant craindre que … »), reference markers [1]. Attributions (« selon
    … ») and contrasts (« mais … ») are kept: without them the meaning changes.
    """
    text, doc = s.text, s.doc
    spans: list[tuple[int, int]] = []
    # Trailing participial clause.
    for t in doc:
        if t.text == "," and t.i + 1 < len(doc):
            nxt = doc[t.i + 1]
            vf, tense = nxt.morph.get("VerbForm"), nxt.morph.get("Tense")
            if nxt.lower_.endswith("ant") and (("Part" in vf and "Pres" in tense) or nxt.lower_ in ("ayant", "étant")):
                end = len(text.rstrip(" .!?…"))
                if _is_clause(doc, t.idx + 1, end):
                    spans.append((t.idx, end))
                    break
    # Leading adverbial before the subject.
    for t in doc:
        if t.i > 9:
            break
        if t.text == ",":
            prefix = doc[: t.i]
            if (prefix and prefix[0].pos_ in ("ADP", "ADV") and "«" not in prefix.text
                    and not any(x.pos_ in ("VERB", "AUX") for x in prefix)
                    and not (keep_dates and any(d.start < t.idx for d in s.dates))
                    and _subject_starts_at(doc, t.i + 1)):
                spans.append((0, t.idx + 1))
            break
    # Connective adverbs whose removal leaves the statement as it was.
    for t in doc:
        if t.lower_ in DROPPABLE_ADVERBS and t.pos_ in ("ADV", "CCONJ") and t.i > 0:
            a, b = t.idx, t.idx + len(t.text)
            if doc[t.i - 1].text == "," and t.i + 1 < len(doc) and doc[t.i + 1].text == ",":
                a, b = doc[t.i - 1].idx, doc[t.i + 1].idx + 1
            if not _inside_quote(text, a):
                spans.append((a - 1 if text[a - 1 : a] == " " else a, b))
    for pattern in (
        r"\s*\([^()]*\)",
        r"\s+[–—-]\s+[^–—«»]+?\s+[–—-](?=[\s,])",
        r",\s+(?:qui|dont|où|lequel|laquelle)\s+[^,«»]+(?=,)",
        r"\s*\[\d+\]",
    ):
        for m in re.finditer(pattern, text):
            if pattern.startswith(r"\s*\[") or _is_clause(doc, m.start(), m.end()):
                spans.append((m.start(), m.end()))
    if not spans:
        return None
    spans.sort()
    out, pos = [], 0
    for a, b in spans:
        if a < pos:
            continue
        out.append(text[pos:a])
        pos = b
    out.append(text[pos:])
    result = _clean("".join(out))
    if word_count(result) < MIN_WORDS or result == _clean(s.text) or _dangling(result):
        return None
    return result


_DANGLING_END = re.compile(r"\b(?:de|du|des|le|la|les|l'|un|une|et|ou|à|au|aux|en|par|pour|sur|que|qui)\s*[.!?]$", re.I)


def _dangling(text: str) -> bool:
    return bool(_DANGLING_END.search(text)) or text.count("«") != text.count("»")


def without_date(s: Sentence, d: DateMention) -> str | None:
    """The sentence with one date phrase taken out (it moves to a label):
    « En 1999, la Biélorussie et la Russie ont signé … » -> « La Biélorussie et
    la Russie ont signé … »."""
    text = s.text
    a, b = d.start, d.end
    if "«" in text[a:b] or _inside_quote(text, a):
        return None
    before, after = text[:a], text[b:]
    if not before.strip():
        after = re.sub(r"^\s*(?:soir|matin|dernier|dernière|prochain)?\s*,?\s*", "", after)
        text = after
    else:
        after = re.sub(r"^\s*(?:dernier|dernière|prochain|prochaine)\b", "", after)
        text = before.rstrip() + after
    text = _REF.sub("", text)
    text = re.sub(r"\s*\([^()]*\)", "", text)
    text = _clean(text)
    if word_count(text) < MIN_WORDS or _dangling(text):
        return None
    return text


def _inside_quote(text: str, pos: int) -> bool:
    return text[:pos].count("«") > text[:pos].count("»")


def date_label(d: DateMention) -> str:
    label = re.sub(r"^(?:le|les|ce|du|au|en|depuis|dès|de|d'|à|avant|après|d'ici|jusqu'en|fin|début)\s+", "", d.text, flags=re.I)
    label = re.sub(r"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+", "", label, flags=re.I)
    return label[0].upper() + label[1:] if label[:1].isalpha() else label


@per_sentence
def clauses(s: Sentence) -> list[str]:
    """Independent clauses of a sentence joined by a comma, a semicolon or
    « et », each a sentence of its own: « la Bourse de New York est fermée,
    elle devrait rouvrir mercredi » -> two sentences. Only where each part has
    its own subject and finite verb; never inside a quotation."""
    doc, text = s.doc, s.text
    cuts = []
    for t in doc:
        if t.text in (",", ";", "et") and 2 < t.i < len(doc) - 3 and not _inside_quote(text, t.idx):
            left = doc[: t.i]
            right = doc[t.i + 1 :]
            if _has_clause(left) and _has_clause(right) and right[0].pos_ in ("DET", "PRON", "PROPN", "NOUN", "NUM"):
                if right[0].lower_ in ("qui", "que", "dont", "où", "lequel", "laquelle"):
                    continue
                cuts.append(t)
    if not cuts:
        return []
    parts, start = [], 0
    for t in cuts:
        parts.append(text[start : t.idx])
        start = t.idx + len(t.text)
    parts.append(text[start:])
    out = [_clean(p.strip()) for p in parts]
    if any(word_count(p) < MIN_WORDS or _dangling(p) for p in out):
        return []
    return out


def _has_clause(span) -> bool:
    """A finite verb with its own nominal or pronominal subject in the span."""
    for t in span:
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
            verb = t.head if t.dep_.startswith("aux") or t.dep_ == "cop" else t
            if any(c.dep_.startswith("nsubj") and c.i >= span.start and c.i < span.end for c in verb.children) or any(
                c.dep_.startswith("nsubj") and span.start <= c.i < span.end for c in t.children
            ):
                return True
    return False
