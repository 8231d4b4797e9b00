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
    # A participial incise after the subject: « Le nouveau texte, adopté dans
    # l'urgence, définit … » -> « Le nouveau texte définit … ».
    for t in doc:
        if t.text == "," and t.i + 1 < len(doc):
            nxt = doc[t.i + 1]
            if nxt.pos_ == "VERB" and "Part" in nxt.morph.get("VerbForm") and "Past" in nxt.morph.get("Tense"):
                close = next((x for x in doc[nxt.i + 1 :] if x.text == ","), None)
                if close is not None and not inside_quote(text, t.idx) and _is_clause(doc, t.idx + 1, close.idx) \
                        and _verb_follows(doc, close.idx):
                    spans.append((t.idx, close.idx + 1))
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
        if (t.lower_ in DROPPABLE_ADVERBS and t.pos_ in ("ADV", "CCONJ") and t.i > 0
                and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("que", "qu'"))):
            a, b = t.idx, t.idx + len(t.text)
            if doc[t.i - 1].text == "," and t.i + 1 < len(doc) and doc[t.i + 1].text == ",":
                a, b = doc[t.i - 1].idx, doc[t.i + 1].idx + 1
            if not inside_quote(text, a):
                spans.append((a - 1 if text[a - 1 : a] == " " else a, b))
    for pattern in (
        r"\s*\([^()]*\)",
        r"\s+[–—-]\s+[^–—«»]+?\s+[–—-](?=[\s,])",
        r",\s+(?:qui|dont|où|lequel|laquelle)\s+[^,«»]+(?=,|\.$)",
        r"\s*\[\d+\]",
    ):
        for m in re.finditer(pattern, text):
            if pattern.startswith(r"\s*\[") or _is_clause(doc, m.start(), m.end()):
                b = m.end()
                if pattern.startswith(",\\s+(?:qui") and _verb_follows(doc, b):
                    b += 1  # « La série, qui sera dévoilée …, conserve » -> « La série conserve »
                spans.append((m.start(), b))
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


def _verb_follows(doc, comma_at: int) -> bool:
    """True when the comma at this offset is followed by a verb or its
    auxiliary (possibly after a clitic or an adverb)."""
    nxt = [t for t in doc if t.idx > comma_at][:3]
    for t in nxt:
        if t.pos_ in ("VERB", "AUX"):
            return True
        if t.pos_ not in ("PRON", "ADV", "PART"):
            return False
    return False


_DANGLING_END = re.compile(r"\b(?:de|du|des|le|la|les|l'|un|une|et|ou|à|au|aux|en|par|pour|sur|que|qui)\s*[.!?]$", re.I)


def _dangling(text: str) -> bool:
    return bool(_DANGLING_END.search(text)) or text.count("«") != text.count("»")


def without_date(s: Sentence, d: DateMention) -> str | None:
    """The sentence with one date phrase taken out (it moves to a label):
    « En 1999, la Biélorussie et la Russie ont signé … » -> « La Biélorussie et
    la Russie ont signé … »."""
    return without_span(s.text, d.start, d.end)


def without_span(text: str, a: int, b: int) -> str | None:
    """`text` without the time phrase at a..b, or None when what is left does
    not stand alone or the phrase touches a quotation."""
    if "«" in text[a:b] or inside_quote(text, a):
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
    if re.match(r"^[\w'-]+,", text):
        return None  # « Disponible depuis décembre 2015, il … » cannot lose its date
    if word_count(text) < MIN_WORDS or _dangling(text):
        return None
    return text


def inside_quote(text: str, pos: int) -> bool:
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
        if t.text in (",", ";", "et") and 2 < t.i < len(doc) - 3 and not inside_quote(text, t.idx):
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


def _finite(verb):
    """The finite form carrying a verb's person and number: its auxiliary
    when it has one, else the verb itself (None when neither is finite)."""
    for c in verb.children:
        if c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm"):
            return c
    return verb if "Fin" in verb.morph.get("VerbForm") else None


SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles", "on"}


def split_coordination(s: Sentence) -> list[str]:
    """Two verbs sharing one subject, each a sentence with that subject:
    « L'alliance perd toutefois 65 sièges et réalise une performance mauvaise »
    -> « L'alliance perd toutefois 65 sièges. » + « L'alliance réalise une
    performance mauvaise. ». Only when both verbs are finite and agree in
    number, the subject comes first, and nothing is inside a quotation."""
    doc, text = s.doc, s.text
    root = _root(doc)
    if root.pos_ not in ("VERB", "AUX") or "«" in text:
        return []
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.i > root.i or (subj.pos_ == "PRON" and subj.lower_ not in SUBJECT_PRONOUNS):
        return []
    if "," in doc[subj.left_edge.i : subj.right_edge.i + 1].text:
        return []
    if subj.left_edge.i != 0 and any(t.pos_ in ("VERB", "AUX") for t in doc[: subj.left_edge.i]):
        return []
    for conj in root.children:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or conj.i < root.i:
            continue
        if any(c.dep_.startswith("nsubj") for c in conj.children):
            continue
        cc = next((c for c in conj.children if c.dep_ == "cc" and c.lower_ in ("et", "mais", "puis") and c.i < conj.i), None)
        f_root, f_conj = _finite(root), _finite(conj)
        if cc is None or f_root is None or f_conj is None or conj.left_edge.i < cc.i:
            continue
        if f_root.morph.get("Number") != f_conj.morph.get("Number"):
            continue  # « Les sociaux-démocrates … et perd » : the text's own slip, not ours to copy
        left = text[: cc.idx].rstrip(" ,")
        subject = doc[subj.left_edge.i : subj.right_edge.i + 1].text
        right = text[cc.idx + len(cc.text) :].strip()
        right = f"{capitalize_first(subject)} {right}"
        parts = [_clean(left), _clean(right)]
        if any(word_count(p) < MIN_WORDS or _dangling(p) for p in parts):
            return []
        return parts
    return []


# A leading adverbial moves to the end only when it says when or where, and
# the rest has no comma it could then seem to hang on.
TIME_PLACE_STARTS = {"en", "dans", "à", "a", "au", "aux", "ce", "cet", "cette", "depuis", "lors", "pendant",
                     "durant", "après", "avant", "dès", "le", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
                     "samedi", "dimanche", "hier", "aujourd'hui", "demain", "sur", "chez"}
FRONTABLE_PREPOSITIONS = {"dans", "lors", "en", "depuis", "pendant", "durant", "après", "avant", "dès", "sur", "au",
                          "aux", "à", "chez", "malgré", "grâce"}
_MOVABLE_START = ("ADP", "ADV", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PUNCT", "CCONJ")


def reorders(s: Sentence) -> list[str]:
    """The same words in another order, where French allows it without a
    change of meaning: a leading adverbial goes to the end (« Ce mardi soir,
    plus de 8 millions de foyers sont privés d'électricité » -> « Plus de 8
    millions de foyers sont privés d'électricité ce mardi soir »), a final
    attribution goes first (« …, selon Joseph J. Lhota, … » -> « Selon Joseph
    J. Lhota, … , … »)."""
    doc, text = s.doc, s.text
    out = []
    end = len(text.rstrip(" .!?…"))
    final = text[end:].strip() or "."
    if "«" in text or final not in (".",):
        return out
    root = _root(doc)
    subj = next((c for c in root.children if c.dep_.startswith("nsubj")), None)
    if subj is not None:
        start = subj.left_edge.i
        prefix = doc[:start]
        if (0 < start <= 12 and doc[start - 1].text == "," and prefix[0].lower_ in TIME_PLACE_STARTS
                and all(t.pos_ in _MOVABLE_START for t in prefix)
                and not any(t.lower_ in ("côté", "côte", "attendu", "effet", "outre", "ailleurs", "titre", "cas") for t in prefix)):
            adverbial = text[: doc[start - 1].idx].strip()
            first = prefix[0]
            if first.pos_ != "PROPN" and not (len(first.text) > 1 and first.text.isupper()):
                adverbial = adverbial[:1].lower() + adverbial[1:]
            rest = text[doc[start].idx : end].rstrip(" ,")
            verbs = [t for t in doc[start:] if t.pos_ in ("VERB", "AUX") and t != root and not (t.dep_.startswith("aux") or t.dep_ == "cop")]
            if "," not in rest and not verbs:
                out.append(_clean(f"{capitalize_first(rest)} {adverbial}"))
    # A final adjunct of time or place goes first, as the press often writes
    # it: « Mitt Romney a collecté des vivres aujourd'hui lors d'un meeting dans
    # l'Ohio » -> « Lors d'un meeting dans l'Ohio, Mitt Romney a collecté … ».
    if subj is not None and subj.i < root.i and "," not in text[:end] and subj.left_edge.i == 0:
        for c in root.children:
            if c.dep_ not in ("obl:mod", "obl") or c.i < root.i:
                continue
            first = doc[c.left_edge.i]
            if first.lower_ not in FRONTABLE_PREPOSITIONS or doc[c.right_edge.i + 1 :].text.strip(" .") != "":
                continue
            if any(t.pos_ in ("VERB", "AUX") for t in doc[c.left_edge.i : c.right_edge.i + 1]):
                continue
            adjunct = text[first.idx : end].strip()
            rest = text[: first.idx].strip()
            if word_count(rest) < MIN_WORDS or word_count(adjunct) < 2:
                continue
            head = rest if doc[0].pos_ == "PROPN" or (len(doc[0].text) > 1 and doc[0].text.isupper()) else (
                rest[:1].lower() + rest[1:])
            out.append(_clean(f"{capitalize_first(adjunct)}, {head}"))
            break
    m = re.search(r",\s+(selon\s+[^«»]+)$", text[:end])
    if m and doc[0].pos_ != "ADP":
        attribution = m.group(1).strip()
        rest = text[: m.start()].strip()
        first = doc[0]
        if first.pos_ not in ("PROPN",):
            rest = rest[:1].lower() + rest[1:]
        out.append(_clean(f"{capitalize_first(attribution)}, {rest}"))
    return [o for o in out if o != _clean(text) and not _dangling(o)]


def relative_statements(s: Sentence) -> list[str]:
    """A non-restrictive relative clause as a sentence of its own, its
    antecedent as subject: « …la formation de gauche Die Linke créée en 2007,
    qui réalise elle près de 10 % des voix » -> « La formation de gauche Die
    Linke créée en 2007 réalise elle près de 10 % des voix. »"""
    doc, text = s.doc, s.text
    out = []
    for t in doc:
        if t.lower_ != "qui" or t.i < 2 or doc[t.i - 1].text != "," or inside_quote(text, t.idx):
            continue
        verb = t.head
        if verb.dep_ != "acl:relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
            continue
        ante = verb.head
        start = ante.left_edge.i
        np_ = doc[start : t.i - 1]
        if not len(np_) or len(np_) > 10 or np_[0].pos_ != "DET" or any(x.text in ",;:«»()" or x.lower_ in ("et", "ou") for x in np_):
            continue
        if any(x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") for x in np_):
            continue
        if not all(x == ante or ante in x.ancestors for x in np_):
            continue  # the group must hang on the antecedent, nothing else
        finite = _finite(verb)
        if finite is None or finite.morph.get("Number") != ante.morph.get("Number"):
            continue
        end = verb.right_edge.i
        if end + 1 < len(doc) and not doc[end + 1].is_punct:
            continue
        body = doc[t.i + 1 : end + 1].text.strip(" ,")
        cand = _clean(f"{capitalize_first(np_.text)} {body}")
        if word_count(cand) >= MIN_WORDS and not _dangling(cand) and "«" not in body:
            out.append(cand)
    return out

