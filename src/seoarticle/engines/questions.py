"""Questions a reader types, asked of one element of a sentence: when
(« Quand la nouvelle série sera-t-elle dévoilée ? »), why (« Pourquoi la
conception des billets a-t-elle été légèrement modifiée ? »), how many
(« Combien de sièges l'alliance perd-elle ? »), where (« Où l'image en
question a-t-elle été prise ? ») and what (« Quelle est la seule option
permettant la reconduction de Merkel ? »). Each comes with what its answer
must hold and the element itself as the shortest answer.

A question is built only from the words of its sentence: the subject, the
finite verb inverted with the pronoun of the subject's gender and number
(« sera-t-elle », « perd-elle », « ont-ils »), and the rest of the clause
without the element asked about. Only when the parse gives all of it
plainly: a nominal subject opening the sentence (or after the date asked
about), no negation, no quotation, no comma inside the clause asked.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..analysis import TIME_NOUNS, WEEKDAYS, DateMention, Sentence, _literal_matches, per_sentence
from ..arrays import words_of
from ..rephrase import DROPPABLE_ADVERBS, EMPHATIC, _root_index, dont_parts, inside_quote, lower_start, points_back
from ..reader import MONTHS
from ..text import (WORD_BOUNDARY, RELATIVE_PRONOUNS, capitalize_first, find_literal, lower_for_search, opens_on_vowel,
                    same_ignoring_case, word_count)

_PRONOUNS = {("Masc", "Sing"): "il", ("Fem", "Sing"): "elle", ("Masc", "Plur"): "ils", ("Fem", "Plur"): "elles"}
_CLITICS = {"se", "s'", "y", "en", "lui", "leur", "le", "la", "les", "l'"}
_NEGATIONS = {"ne", "n'", "pas", "plus", "jamais", "rien", "personne", "aucun", "aucune", "ni"}
# The words before a date that say what the question asks:
# « à partir du mois de mai 2013 » -> « À partir de quand ».
_WHEN = (
    (re.compile(r"(?:à partir|à compter)(?:\s+d(?:u|e|es|'))?\s*(?:mois\s*(?:d(?:e|')\s*)?)?$", re.I),
     "À partir de quand"),
    (re.compile(r"depuis\s*$", re.I), "Depuis quand"),
    (re.compile(r"(?:jusqu'(?:à|au|en)|d'ici|avant|après|dès|vers)\s*(?:le\s+|la\s+|l')?$", re.I), None),
)
# One end of a range of days or one day of a list, as the text writes it:
# « le 2 », « 2 novembre », « lundi 2 », « mars », « 2019 ».
_DAY_PIECE = (rf"(?:(?:le|l'|les)\s+)?(?:(?:{WEEKDAYS})\s+)?(?:1er|\d{{1,2}}|\d{{4}}|{MONTHS})"
              rf"(?:\s+(?:{MONTHS}))?(?:\s+\d{{4}})?")
# A range ending on the date: « entre le 2 et [le 21 novembre] », « du 2 [au 21 novembre] ».
_RANGE_START = re.compile(rf"\b(?:entre\s+{_DAY_PIECE}\s+et|(?:du|de|d')\s*{_DAY_PIECE}\s+(?:au|à))\s+$", re.I)
# A date of a list or a range's first end: another day right before it or right after it
# (« le 2, le 5 et [le 9 mars] », « [le 3 mars] et le 5 avril »): a number after it is a day
# or a year only before a month, a preposition or where the clause ends, not before a noun (« à 18 heures »,
# « à 20 kilomètres de Dole », « , les 12 premiers »).
_DAY_BEFORE = re.compile(rf"(?:\b(?:1er|\d{{1,2}}|\d{{4}})|\b(?:{MONTHS}))\s*(?:,|\bet|\bou|\bau|\bà)\s*$", re.I)
_DAY_FOLLOWER = rf"(?:$|[,.;:!?)]|(?:{MONTHS}|et|ou|à|au|aux|dans|en|sur|sous|chez|vers|par|pour|avec|lors|dès)\b)"
_DAY_AFTER = re.compile(rf"^(?:\s*,\s*(?:le|l'|les)\s+|\s+(?:et|ou|au|à)\s+(?:(?:le|l'|les|au)\s+)?)"
                        rf"(?:(?:{WEEKDAYS})\s+)?(?:1er|(?:\d{{1,2}}|\d{{4}})\b(?=\s*{_DAY_FOLLOWER})|(?:{MONTHS})\b)",
                        re.I)
# An hour right after a day: « [dimanche 29 novembre] vers 7 h 40 », « à 15 heures ».
_HOUR_AFTER = re.compile(r"\s+(?:vers|à|dès|peu avant|peu après)\s+(?:\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?\b|midi\b|minuit\b)",
                         re.I)
# Verbs whose complement is a date (« dater de », « remonter à »): no « quand » of them.
_DATING_VERBS = {"dater", "remonter"}
_PURPOSE = re.compile(r"^(?:afin\s+(?:de|d')|pour)$", re.I)


@dataclass
class Question:
    sentence: Sentence
    text: str  # the question, « Quand … ? »
    about: str  # the words of the sentence the answer must hold
    answer: str = ""  # the element asked about, as a short answer: « À partir du mois de mai 2013. »


def _short_answer(text: str) -> str:
    text = text.strip(" ,")
    # « ce jeudi 12 juillet » says « this » of the dateline's week: alone, « le jeudi 12 juillet ».
    text = re.sub(r"^ce (?=(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d)", "le ", text, flags=re.I)
    return capitalize_first(text) + "." if text else ""


def _pronoun(subj, finite) -> str | None:
    """The subject pronoun for the inversion, from the subject's gender and
    number (a name takes its article's: « la Banque centrale européenne »)."""
    conjuncts = [subj] + [c for c in subj.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    genders = {g for t in conjuncts for g in (_gender(t) or ["?"])}
    if "?" in genders or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    # « la Biélorussie et la Russie » are « elles »; one masculine makes « ils ».
    gender = ["Masc"] if len(genders) > 1 else sorted(genders)
    number = ["Plur"] if len(conjuncts) > 1 else subj.morph.get("Number") or finite.morph.get("Number")
    if len(number) != 1:
        return None
    if finite.morph.get("Number") and finite.morph.get("Number") != number:
        return None  # « Les sociaux-démocrates … perd »: the text's slip, not to be asked again
    return _PRONOUNS.get((gender[0], number[0]))


# Plural determiners, which show no gender.
_PLURAL_DETERMINERS = {"les", "des", "aux", "ces", "leurs", "mes", "tes", "ses", "nos", "vos", "quelques", "plusieurs"}


# Singular articles and demonstratives, which show the noun's gender (a
# possessive is left to the tagger: « son » does not show it, « son amie »).
_SINGULAR_DETERMINERS = {"le": "Masc", "un": "Masc", "du": "Masc", "au": "Masc", "ce": "Masc", "cet": "Masc",
                         "la": "Fem", "une": "Fem", "cette": "Fem"}


def _gender(t) -> list[str]:
    """A noun's gender: its article's when the article shows one (« la
    Banque centrale européenne »); after « l' », the one the text's other
    articles give the same noun (« un ouragan »), none if they give none
    (the tagger's guess is not enough to ask with); a name without an
    article has none to tell (« Angela Merkel »)."""
    if t.pos_ != "PROPN":
        det = next((c for c in t.children if c.dep_ == "det"), None)
        if det is not None and det.lower_ == "l'":
            return _gender_in_text(t)
        if det is not None and det.lower_ in _PLURAL_DETERMINERS:
            # A plural's article shows no gender, and the tagger guesses one:
            # « les secouristes » (Fem), « les douanes » (Masc). The noun's
            # own forms tell it (« les douaniers », masculine: « douanière »
            # is its feminine), or the text does; else no gender. (A
            # masculine is taken on trust when the singular does not end in
            # « e », where most feminines end: « les députés », « les pays ».)
            found = _plural_gender(t.lower_) or _gender_in_text(t)
            if not found and t.morph.get("Gender") == ["Masc"] and not re.search(r"e[sx]?$", t.lower_):
                return ["Masc"]
            return found
        if det is not None and det.lower_ in _SINGULAR_DETERMINERS:
            # The article shows the gender the tagger may miss: « la photographe ».
            return [_SINGULAR_DETERMINERS[det.lower_]]
        return t.morph.get("Gender")
    det = next((c for c in t.children if c.dep_ == "det" and c.lower_ in ("le", "la", "l'")), None)
    if det is None:
        return []
    if det.lower_ == "l'":
        return det.morph.get("Gender")
    return ["Fem"] if det.lower_ == "la" else ["Masc"]


_FEMININE_ENDINGS = (("eur", ("euse", "rice", "eresse")), ("teur", ("trice",)), ("ier", ("ière",)), ("er", ("ère",)),
                     ("ien", ("ienne",)), ("en", ("enne",)), ("on", ("onne",)), ("el", ("elle",)), ("et", ("ette",)), ("f", ("ve",)),
                     ("x", ("se",)), ("", ("e",)))


def _plural_gender(word: str) -> list[str]:
    """The gender of a plural noun of one of the nouns the lemmatizer's
    tables give a feminine form (« douanière » -> « douanier »): the
    masculine form (« douaniers ») is masculine, the feminine one feminine;
    [] for any other noun (« douanes », « secouristes »)."""
    if not word.endswith(("s", "x")):
        return []
    gender = paired_gender(word[:-1])
    return [gender] if gender else []


# Nouns whose feminine ends in « -esse », which the lemmatizer's tables do
# not pair (« maître de conférences », « maîtresse »): persons' nouns.
_ESSE_FEMININES = {"maître": "maîtresse", "comte": "comtesse", "prince": "princesse", "duc": "duchesse",
                   "hôte": "hôtesse", "abbé": "abbesse", "chanoine": "chanoinesse", "vicomte": "vicomtesse",
                   "poète": "poétesse", "ogre": "ogresse", "traître": "traîtresse"}
_ESSE_MASCULINES = {f: m for m, f in _ESSE_FEMININES.items()}


@functools.lru_cache(maxsize=1024)  # pure (the tables are the model's), and asked again of a text's roles
def paired_gender(singular: str) -> str | None:
    """« Masc » for a noun the lemmatizer's tables give a feminine form
    (« président », « présidente »), « Fem » for that feminine form, None for
    any other noun (« douane », « secouriste », « fonds »): a noun with
    both genders names a person or an animal."""
    from ..nlp import get_nlp

    if singular in _ESSE_FEMININES:
        return "Masc"
    if singular in _ESSE_MASCULINES:
        return "Fem"
    forms = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc").get("noun")
    if forms is None:
        return None
    lemma = (forms.get(singular) or [singular])[0]
    if lemma != singular:
        return "Fem" if singular.endswith("e") else None  # « habitante » -> « habitant »
    for ending, feminines in _FEMININE_ENDINGS:
        if singular.endswith(ending) and any(
                forms.get(singular[: len(singular) - len(ending)] + f) == [singular] for f in feminines):
            return "Masc"
    return None


# Endings that tell a noun's gender nearly always (« -age » does not: « image »).
_ENDINGS = ((r"(?:tion|sion|ance|ence|ité|ure|ude|ade|ette|ie|ée)s?$", "Fem"),
            (r"(?:ment|isme|eau|oir|at|ier|on)s?$", "Masc"))
_MASC = r"(?:le|un|du|au|ce|cet|son|mon|ton|notre|votre|leur)"
_FEM = r"(?:la|une|cette|sa|ma|ta)"


_MASC_ARTICLE = re.compile(rf"\b{_MASC}\s+", re.I)
_FEM_ARTICLE = re.compile(rf"\b{_FEM}\s+", re.I)
_WORD_THEN_SPACES = re.compile(r"\w+\s+")


def _after_article(article: re.Pattern, word: str, text: str) -> bool:
    r"""Whether re.search(article.pattern + r"(?:\w+\s+)?" + form + r"\b", text, re.I)
    matches, `form` being `word` with its final s or x optional (« la
    douane » for « douanes »), without compiling that pattern for each word:
    at each article and its spaces in turn, `word` or it without its s or x
    (in any case: `same_ignoring_case`), right after them or after the next
    word and its spaces, then a word's boundary. (At one place only one of
    the articles opens, the next character telling them apart. The greedy
    runs need not give anything back: a run of word characters must be
    followed by a space, and `word` opens on no space.)"""
    if not word or word[0].isspace():
        form = re.escape(word) + ("?" if word.endswith(("s", "x")) else "")
        return re.search(rf"{article.pattern}(?:\w+\s+)?{form}\b", text, re.I) is not None  # (no such word: as it was)
    forms = (word, word[:-1]) if word.endswith(("s", "x")) else (word,)
    m = article.search(text)
    while m is not None:
        starts = [m.end()]
        between = _WORD_THEN_SPACES.match(text, m.end())
        if between is not None:
            starts.append(between.end())
        for at in starts:
            for form in forms:
                if same_ignoring_case(text[at : at + len(form)], form) and WORD_BOUNDARY.match(text, at + len(form)):
                    return True
        m = article.search(text, m.start() + 1)
    return False


def _gender_in_text(t) -> list[str]:
    # The participle of a passive agrees with its subject: « L'image … a été prise ».
    verb = t.head
    if t.dep_ == "nsubj:pass" and verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm"):
        if re.search(r"(?:ée|ie|ise|ite|te|ue)s?$", verb.lower_):
            return ["Fem"]
        if re.search(r"(?:é|i|is|it|u)s?$", verb.lower_):
            return ["Masc"]
    text = t.doc.text
    # The word as it stands, or in the singular after a singular article (« la douane »).
    masc = _after_article(_MASC_ARTICLE, t.lower_, text)
    fem = _after_article(_FEM_ARTICLE, t.lower_, text)
    if masc and not fem:
        return ["Masc"]
    if fem and not masc:
        return ["Fem"]
    # The tagger's gender, when the noun's ending says the same (« alliance »).
    for pattern, gender in _ENDINGS:
        if re.search(pattern, t.lower_):
            return [gender] if t.morph.get("Gender") == [gender] else []
    return []


_INVERSION = re.compile(r"-(?:t-)?(il|elle)(s?)\b")


def with_text_gender(q: Question, text: str) -> Question:
    """`q` with the pronoun of its inversion agreeing with the gender the
    whole `text` gives its subject's noun, when the sentence alone showed it
    by no article (« les incendies », « l'incendie »): the noun's ending and
    the tagger guessed it (« -ie », « Quand les incendies ont-elles détruit
    … »), where the text writes « du seul incendie » elsewhere. The text's
    articles are read only when they give one gender; a passive's
    participle, which shows the subject's, is left to stand."""
    clause = _clause(q.sentence)
    if clause is None:
        return q
    span, _, _ = clause
    subj = span.root
    if subj.pos_ != "NOUN" or subj.dep_ == "nsubj:pass" or any(c.dep_ == "conj" for c in subj.children):
        return q
    det = next((c for c in subj.children if c.dep_ == "det"), None)
    if det is None or not (det.lower_ in _PLURAL_DETERMINERS or det.lower_ in ("l'", "l’")) or _plural_gender(subj.lower_):
        return q
    said = f"{lower_start(span.text)} "
    at = q.text.find(said)
    m = _INVERSION.search(q.text, at + len(said)) if at >= 0 else None
    if m is None:
        return q
    masc = _after_article(_MASC_ARTICLE, subj.lower_, text)
    if masc == _after_article(_FEM_ARTICLE, subj.lower_, text):
        return q
    pronoun = "il" if masc else "elle"
    if m.group(1) == pronoun:
        return q
    return Question(q.sentence, q.text[: m.start(1)] + pronoun + q.text[m.end(1) :], q.about, q.answer)


def _inverted(verb: str, pronoun: str) -> str | None:
    """« sera » + « elle » -> « sera-t-elle »; « perd » + « elle » -> « perd-elle »."""
    if verb.endswith(("a", "e")):
        return f"{verb}-t-{pronoun}"
    if verb.endswith(("t", "d")):
        return f"{verb}-{pronoun}"
    return None


@per_sentence
def _clause(s: Sentence):
    """The sentence's main clause as (subject span, finite token, verb),
    when plain: a nominal subject before a finite verb, only clitics
    between them, no negation."""
    doc = s.doc
    w = words_of(doc)  # the parse read once, by token index (see arrays.Words)
    root = _root_index(doc)
    if w.dep[root] != "ROOT" or w.pos[root] not in ("VERB", "AUX"):
        return None
    subj = w.subject(root)
    if subj is None or subj > root or w.pos[subj] not in ("NOUN", "PROPN"):
        return None
    auxes = [c for c in w.children(root) if w.dep[c].startswith("aux") and c < root]
    finite = auxes[0] if auxes else root
    if "Fin" not in w.morph(finite, "VerbForm"):
        return None
    start, end = doc[subj].left_edge.i, doc[subj].right_edge.i + 1  # the subject's words
    if end > finite or any(w.punct[k] for k in range(start, end)) or inside_quote(s.text, w.idx[start]):
        return None
    if any(w.lower[k] not in _CLITICS for k in range(end, finite)):
        return None
    # A negation of the verb: « ne » before it, or « pas », « jamais »… on it.
    if any(w.lower[k] in ("ne", "n'") for k in range(end, root)) or any(
            w.lower[c] in _NEGATIONS and w.dep[c] == "advmod" for c in w.children(root)):
        return None
    verb = doc[root]
    return doc[start:end], verb if finite == root else doc[finite], verb  # (the verb itself when it is finite)


@per_sentence
def _clause_inverted(s: Sentence) -> str | None:
    """The finite verb of the sentence's main clause (see _clause, not None)
    inverted with its subject's pronoun (« sera-t-elle »), or None: the same
    for every question asked of the clause."""
    span, finite, root = _clause(s)
    pronoun = _pronoun(span.root, finite)
    verb = finite.text
    if (finite.i != root.i and finite.dep_ == "aux:tense" and verb.lower() in _PLUPERFECT
            and not (finite.lemma_ == "être" and span.root.dep_ == "nsubj:pass")):
        # A question read alone asks in the passé composé: « Quand le Conseil
        # d'État a-t-il condamné l'État ? », not « avait-il » (the
        # pluperfect's « before » is of the paragraph's other past).
        verb = _PLUPERFECT[verb.lower()]
    return pronoun and _inverted(verb, pronoun)


# (« être » too, the auxiliary of the verbs of motion and the pronominal ones:
# « s'était-il rendu » -> « s'est-il rendu »; not a passive's « était ».)
_PLUPERFECT = {"avait": "a", "avaient": "ont", "était": "est", "étaient": "sont"}


QUESTION_MAX_WORDS = 12  # past this, a question loses its verb's oblique complements


def _rest(s: Sentence, finite, root, skip: tuple[int, int], room: int) -> str | None:
    """The clause after the finite verb up to its first comma (or end),
    without the characters in `skip`, the connective adverbs and the
    emphatic pronouns; None when it holds a quotation. Over `room` words,
    it loses the verb's complements with a preposition (« sera-t-elle
    diffusée [aux 332 millions d'Européens …] ? »). (Read off the words, by
    token index: no token built but for the complements, when too long.)"""
    w = words_of(s.doc)
    kept = _rest_tokens(w, finite.i, skip)
    if kept is None:
        return None
    punct = w.punct
    if sum(1 for k in kept if not punct[k]) > room:
        # The verb's complements with a preposition go, whole; its object stays.
        # (Not a bare noun right after the verb: « mis en circulation » is one phrase.)
        # (Not a condition: « interdite [en France] sans autorisation
        # préfectorale » is no « interdite ».)
        obliques = {x.i for c in root.children if c.dep_.startswith("obl") and c.i > root.i
                    and any(k.dep_ == "case" for k in c.children)
                    and not any(k.dep_ == "case" and k.lower_ in _RESTRICTING for k in c.children)
                    and not (c.left_edge.i == root.i + 1 and c.i == root.i + 2 and c.left_edge.lower_ in ("en", "à"))
                    for x in c.subtree}
        shorter = [k for k in kept if k not in obliques]
        if shorter and w.pos[shorter[-1]] not in ("ADP", "DET", "CCONJ") and _whole_after_gaps(s.doc, root.i, shorter):
            kept = shorter
    # (Over a gap, an incise passed over, a word with no space after it takes one: « que l'élu[, âgé …,] avait ».)
    text, space, last = w.text, w.space, len(kept) - 1
    return "".join(text[k] + (" " if space[k] or (j < last and kept[j + 1] != k + 1
                                                  and not text[k].endswith(("'", "’"))) else "")
                   for j, k in enumerate(kept)).strip()


_NEW_COMPLEMENT = ("obj", "iobj", "obl", "advmod", "xcomp", "ccomp")
# The words (a closed class) that open a condition or an exception to what
# the verb says (« interdite sans autorisation préfectorale », « …, sauf
# dérogation », « …, à condition de … »): a question that drops it makes
# the rule absolute.
_RESTRICTING = {"sans", "sauf", "hors", "hormis", "excepté", "exceptée", "exceptés", "exceptées"}
# After a comma, « sans » tells a circumstance more often (« …, sans qu'aucun
# malade ne soit signalé »); these open an exception or a condition.
_RESTRICTING_AFTER_COMMA = (_RESTRICTING - {"sans"}) | {"uniquement", "seulement"}
_RESTRICTING_TWO = {("à", "condition"), ("à", "moins"), ("sous", "réserve"), ("sous", "condition")}


def _whole_after_gaps(doc, root: int, kept: list[int]) -> bool:
    """Whether each word of `kept` right after words left out begins a
    complement of the verb `root` (« adopté [à l'unanimité ce jeudi 12
    juillet] le nouveau projet de loi »): not the rest of the complement
    left out, which the parse hung elsewhere (« atteint [à l'échelle du pont]
    Royal d'Orléans »)."""
    for j, k in enumerate(kept):
        if j == 0 or kept[j - 1] == k - 1:
            continue
        t = doc[k]
        while t.head.i != root and t.head.i != t.i:
            t = t.head
        if t.head.i != root or t.left_edge.i != k or not t.dep_.startswith(_NEW_COMPLEMENT):
            return False
    return True


def _rest_tokens(w, finite: int, skip: tuple[int, int]) -> list[int] | None:
    """The indexes of the words of `_rest` (the words `w` of the sentence
    after its finite verb, token `finite`), or None."""
    n, text, lower = w.n, w.text, w.lower
    kept = []
    incise_end = -1  # the index of the comma closing an incise passed over
    for k in range(finite + 1, n):
        if k <= incise_end:
            continue
        word = text[k]
        if word == "," and k < n - 1:
            end = _incise_before_complement(w, finite, k)
            if end is None:
                return None  # the verb's complement is past the comma, and what is between is no incise
            if end > k:
                incise_end = end
                continue
        if word == ",":
            if k + 1 < n and (lower[k + 1] in _RESTRICTING_AFTER_COMMA
                              or (k + 2 < n and (lower[k + 1], lower[k + 2]) in _RESTRICTING_TWO)):
                return None  # « interdite en France, sauf dérogation »: the question would lose the condition
            return _without_cut_list(w, finite, kept, k)
        if word in (";", ":", "(", "–", "—") or (w.punct[k] and k == n - 1):
            break
        if word in ("«", "»"):
            return None
        if w.dep[k] == "cc" and w.pos[w.head[k]] in ("VERB", "AUX") and w.head[k] > k:
            break  # « … et réalise une performance mauvaise »: another predicate, not asked
        if skip[0] <= w.idx[k] < skip[1]:
            continue
        if lower[k] in DROPPABLE_ADVERBS or (lower[k] in EMPHATIC and k == finite + 1):
            continue
        kept.append(k)
    return kept


def _without_cut_list(w, finite: int, kept: list[int], comma: int) -> list[int] | None:
    """`kept`, the words before the comma `comma` the question stops at,
    when that comma does not cut a list: else without the verb's complement
    the list is in (« vendus dans les enseignes Carrefour, Intermarché et
    Super U »: « dans les enseignes Carrefour » would name one shop of
    three), or None when that complement is its object. Relies on the
    parse's « conj » of a word before the comma."""
    verb = finite if w.dep[finite] == "ROOT" else w.head[finite]
    head, dep = w.head, w.dep
    cut = {head[j] for j in range(comma + 1, w.n) if dep[j] == "conj" and head[j] < comma and head[j] in kept}
    cut.discard(verb)
    if not cut:
        return _without_first_item(w, kept, comma)
    dropped = set()
    for t in cut:
        while head[t] != verb and head[t] != t:
            t = head[t]
        if head[t] != verb or not dep[t].startswith(("obl", "advmod")):
            return None
        dropped.add(t)
    return [k for k in kept if not any(_descends(w, k, t) for t in dropped)]


def _without_first_item(w, kept: list[int], comma: int) -> list[int] | None:
    """`kept` (the words before `comma`), when the words say no list opens
    before that comma: else without the list's first item, or None. A list
    the parse gave no « conj » to read by (« versé des aides aux éleveurs,
    aux abattoirs et aux transporteurs », « détectée chez des canards, des
    poulets et des dindes », « à Dole, Lons-le-Saunier et Champagnole »):
    after the comma, the next item opens like the one before it (the same
    preposition or article, or both are names), and so does the one after
    « et » or « ou », before the clause ends. Only an item behind a preposition goes (« des
    aides » stays); a bare noun group may be the verb's object: None."""
    n, lower, text = w.n, w.lower, w.text
    if comma < 1 or comma + 1 >= n:
        return kept
    t = comma - 1
    while w.head[t] != t and w.head[t] < comma and w.dep[t].startswith(("flat", "fixed", "amod", "compound", "nummod")):
        t = w.head[t]
    openers = [c for c in w.children(t) if c < t and w.dep[c] in ("case", "det")]
    after = comma + 1
    names = text[t][:1].isupper() and text[after][:1].isupper() and w.pos[after] != "DET"
    if not names and not any(lower[c] == lower[after] for c in openers):
        return kept
    ends = next((k for k in range(after, n) if text[k] in (";", ":", "(", "–", "—", ".", "!", "?", "«", "»")), n)
    last = next((k for k in range(after, ends) if lower[k] in ("et", "ou")), ends)
    if last + 1 >= ends:
        return kept
    # The last item opens like the others too; names only up to it (« l'ancien
    # maire de Saint-Malo, Yves Kerbrat, qui … et … » is an apposition).
    if names and not (text[last + 1][:1].isupper()
                      and all(text[k][:1].isupper() or text[k] in (",", "-") for k in range(after, last))):
        return kept
    if not names and not any(lower[c] == lower[last + 1] for c in openers):
        return kept
    cases = [c for c in openers if w.dep[c] == "case"]
    if not cases:
        return None  # « … les pompiers, les gendarmes et les bénévoles »: maybe the object, asked of one
    start = min(openers + [t])
    out = [k for k in kept if k < start]
    if not out or w.pos[out[-1]] in ("ADP", "DET", "CCONJ") or any(_descends(w, k, t) for k in out):
        return None
    return out


def _descends(w, k: int, t: int) -> bool:
    """Whether token k is token t or one of its descendants."""
    while k != t:
        if w.head[k] == k:
            return False
        k = w.head[k]
    return True


_CORE_COMPLEMENTS = ("obj", "ccomp", "xcomp")
# The analysis's time nouns, and a count of times or hours (« trois fois », « 24 heures »).
_TIME_WORDS = TIME_NOUNS | {"fois", "heure"}


def _incise_before_complement(w, finite: int, comma: int) -> int | None:
    """At the comma `comma` after the verb: its index when the verb's
    complements are all before it (the rest may go: « …, par 312 voix »);
    when one of them (its object, its clause in « que ») has its head after
    it, the index of the comma closing the incise between (« ont adopté
    mardi 17 novembre, en première lecture, le projet de loi … », « avait
    jugé que l'élu, âgé aujourd'hui de 67 ans, avait favorisé … »): a
    question stopping at the first comma would lose the complement. None
    when there is no such incise (no closing comma, a finite verb or a
    quotation in it, or the complement inside it): nothing can be asked.
    Relies on the parse's complements of the main verb (`w`: the
    sentence's words; `finite`: the finite verb's index)."""
    verb = finite if w.dep[finite] == "ROOT" else w.head[finite]
    heads = [c for c in w.children(verb) if w.dep[c] in _CORE_COMPLEMENTS and c > comma]
    if not heads and not any(w.dep[c] in _CORE_COMPLEMENTS and c < comma for c in w.children(verb)):
        # A noun group with no preposition, no day, after the comma: the object
        # the parse took for an adjunct (« a inauguré le 5 mai, les 12 salariés
        # étant présents, la nouvelle usine »).
        # (Past an incise only: right after the comma, it may be a list's next item.)
        heads = [c for c in w.children(verb) if c > comma and w.dep[c].startswith("obl") and w.pos[c] == "NOUN"
                 and w.lower[c] not in _TIME_WORDS and not any(w.dep[k] == "case" for k in w.children(c))
                 and "," in w.text[comma + 1 : c]]
    if not heads:
        return comma
    text = w.text
    close = next((k for k in range(comma + 1, w.n) if text[k] in (",", ";", ":", "(", "«", "»", "–", "—")), None)
    if close is None or text[close] != "," or close + 1 >= w.n or max(heads) < close:
        return None  # (a head inside it too: the parse may take the incise's participle for one)
    if any("Fin" in w.morph(k, "VerbForm") for k in range(comma + 1, close)):
        return None
    return close


# An indefinite group of a word that compares with what another sentence
# tells (« un rappel similaire », « un autre suspect », « lors d'un
# précédent plan », « des garanties supplémentaires »): out of its
# paragraph, a question holding one asks of nothing the reader knows (« le
# précédent record » is one the reader can tell).
# (After a bare « de », a plural only: « d'autres suspects », not « de part et d'autre ».)
_COMPARING = (r"(?:similaire|comparable|semblable|analogue|identique|pareil|pareille|autre|précédente?"
              r"|supplémentaire)")
_COMPARED = re.compile(rf"(?<![\w-])(?:(?:une?|des|d['’]une?)\s*(?:[\w-]+\s+)?{_COMPARING}s?"
                       rf"|(?:d['’]|de)\s*(?:[\w-]+\s+)?{_COMPARING}s)\b", re.I)


def _compares(s: Sentence, found: str) -> bool:
    """Whether the group `found` (a match of _COMPARED in a question of `s`)
    is indefinite: not « des » that is « de les » after a noun (« le paiement
    des heures supplémentaires »: the overtime, one the reader can tell).
    Relies on the tagger's ADP for that « des »."""
    if not found[:4].lower() == "des ":
        return True
    at = s.text.find(found)
    w = words_of(s.doc)
    k = w.token_at(at) if at >= 0 else None
    if k is None or k == 0 or w.pos[k] != "ADP" or w.pos[k - 1] != "NOUN":
        return True
    return any(d.start <= w.idx[k - 1] < d.end for d in s.dates)  # « le 20 novembre des aides »: the verb's object


def _ask(s: Sentence, word: str, skip: tuple[int, int]) -> str | None:
    """The question `word` opens, of the sentence's main clause without the
    characters in `skip` (the element asked about), or None."""
    clause = _clause(s)
    if clause is None:
        return None
    span, finite, root = clause
    if skip[0] < span.end_char and span.start_char < skip[1] or skip[0] <= finite.idx < skip[1]:
        return None  # the element asked about is in the subject (« un document divulgué en février »)
    if span[0].pos_ != "DET" or span[0].lower_ in ("ce", "cet", "cette", "ces"):
        # « Minsk », « environ 400 millions de cas »: no article to ask with;
        # « cette décision » points back.
        return None
    opening = s.text[: span.start_char].strip()
    if opening and not (skip[0] <= 0 and skip[1] >= span.start_char - 2):
        return None  # a leading adjunct the question would lose
    inverted = _clause_inverted(s)
    if not inverted:
        return None  # (before the rest of the clause is read: that costs more)
    room = QUESTION_MAX_WORDS - len(f"{word} {span.text}".split()) - 1
    rest = _rest(s, finite, root, skip, room)
    if rest is None:
        return None
    clitics = s.doc[span.end : finite.i].text
    parts = [word, lower_start(span.text), clitics, inverted, rest]
    question = " ".join(p for p in parts if p)
    if any(_compares(s, m.group()) for m in _COMPARED.finditer(question)):
        return None
    if word == "Quand":
        # « Quand … a-t-il déjà condamné … ? »: « déjà » tells of the paragraph's now.
        question = re.sub(r" déjà\b", "", question)
    question = re.sub(r"\s+", " ", question).replace("' ", "'")
    if points_back(question):
        return None  # « Quand les électeurs de Lanvéoc avaient-ils au contraire approuvé … ? »: than what?
    return question + " ?"


def when(s: Sentence, dm: DateMention) -> Question | None:
    """« Quand la nouvelle série sera-t-elle dévoilée ? » of « … sera
    dévoilée le 10 janvier 2013 »."""
    if re.match(r"(?:d['’]ici|jusqu)", dm.text, re.I) or re.search(r"(?:d['’]ici|jusqu['’])\s*$", s.text[: dm.start], re.I):
        return None  # « jusqu'au 20 mars » (the date « au 20 mars »), « d'ici 2030 »: no answer to « Quand »
    if _in_object_group(s, dm):
        return None
    clause = _clause(s)
    if clause is not None and clause[2].lemma_ in _DATING_VERBS:
        # « Le précédent record datait de novembre 2024 »: the date is the
        # verb's complement, what the subject is of, not when it happened
        # (« Quand le précédent record datait-il ? » asks nothing).
        return None
    before = s.text[: dm.start]
    word = "Quand"
    start = dm.start
    # A day that ends a range is answered with the whole range (« Entre le 2
    # et le 21 novembre. »); a day of a list or a range's first day is not
    # the answer (« Le 21 novembre. » would say the sale was that day only).
    bound = re.match(r"(?:au|à)\s+", dm.text, re.I)  # (« au 21 novembre » of « du 2 au 21 novembre »)
    lead = before + (bound.group() if bound else "")
    whole = _RANGE_START.search(lead)
    if whole:
        start = whole.start()
    elif bound or _DAY_BEFORE.search(lead) or _DAY_AFTER.match(s.text[dm.end :]):
        # (« au 25 avril » alone says until when, or to when: « Le jugement a
        # été mis en délibéré au 25 avril », « reporté au 3 mars ».)
        return None
    if clause is not None and _beyond_clause(s, start, clause[0].end):
        return None
    for pattern, asked in ([] if whole else _WHEN):
        m = pattern.search(before)
        if m:
            if asked is None:
                return None  # « jusqu'au 10 janvier », « d'ici 2030 »: not a when
            word, start = asked, m.start()
            break
    else:
        m = re.search(r"(?:\ble\s+|\ben\s+)$", before, re.I)
        if m:
            start = m.start()
    end = dm.end
    # The day's hour goes with it, in the answer: « Dimanche 29 novembre
    # vers 7 h 40. », not « Quand … a-t-il déraillé vers 7 h 40 ? ».
    hour = _HOUR_AFTER.match(s.text, end)
    if hour:
        end = hour.end()
    if s.text[: start].strip() == "" or s.text[:start].rstrip().endswith(","):
        # a leading date goes with its comma
        if s.text[end : end + 1] == ",":
            end += 1
        if s.text[:start].strip():
            return None
        start = 0
    q = _ask(s, word, (start, end)) or (_ask_relative(s, word, start, end) if word == "Quand" else None)
    if not q:
        return None
    about = s.text[whole.start() : dm.end] if whole else dm.text
    answer = s.text[start:end]
    # « En 2019, le Stade Albigeois avait déjà été rétrogradé …, avant
    # d'obtenir gain de cause en appel trois semaines plus tard »: what came
    # after, which may undo what is asked, goes with the answer, or no question.
    sequel = _SEQUEL.search(s.text, end)
    if sequel:
        if "," in sequel.group(1) or word_count(sequel.group(1)) > _SEQUEL_MAX_WORDS:
            return None
        answer = f"{answer.rstrip(' ,')}, {sequel.group(1)}"
        about = s.text[start : sequel.end(1)]  # (no shorter statement without the sequel answers)
    return Question(s, q, about, _short_answer(answer))


# What the sentence tells came after its event, ending it (« …, avant d'obtenir
# gain de cause en appel trois semaines plus tard. »).
_SEQUEL = re.compile(r",\s+(avant\s+(?:de\s|d['’]|que\s|qu['’])[^;:«»()]*?)\s*[.!?…]?\s*$", re.I)
_SEQUEL_MAX_WORDS = 14


def _beyond_clause(s: Sentence, at: int, subject_end: int) -> bool:
    """True when the character `at`, after the main clause's subject (which
    ends at token `subject_end`), is in another clause than the main verb's:
    past a colon, a semicolon, a parenthesis or a dash (« Le calendrier a
    été fixé par la direction : une première réunion se tiendra le 1er
    décembre, une deuxième le 15 décembre »), or past another finite verb
    (« … et l'accord devra être conclu avant le 26 février »). A date there
    is another event's: « Quand le calendrier a-t-il été fixé ? » has no
    answer in it. (Relies on the tagger's finite verbs only.)"""
    w = words_of(s.doc)
    if not subject_end < w.n or at <= w.idx[subject_end]:
        return False
    if re.search(r"[:;(–—]", s.text[w.idx[subject_end] : at]):
        return True
    finites = [k for k in range(subject_end, w.n) if w.idx[k] < at and "Fin" in w.morph(k, "VerbForm")]
    return len(finites) > 1


def _in_object_group(s: Sentence, dm: DateMention) -> bool:
    """True when the date follows a word of the verb's object: « Le maire a
    démenti toute augmentation des impôts locaux en 2025 » (the rise's
    year, not the denial's), « La CFDT a annoncé un rassemblement le 27
    février » (the rally's day). French puts a verb's date after its object
    as well as a noun's (« a obtenu son indépendance en 1991 »); the parse
    cannot tell which, so no « Quand » is asked. Relies on the parse: the
    word before the date climbs through nouns to an « obj » of a verb."""
    span = s.doc.char_span(dm.start, dm.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    w = words_of(s.doc)
    t = span.start - 1
    if w.pos[t] not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False  # right after the verb, an adverb, a comma: the verb's date
    while w.head[t] != t and w.pos[w.head[t]] not in ("VERB", "AUX"):
        t = w.head[t]
    return w.dep[t] == "obj"


def _ask_relative(s: Sentence, word: str, start: int, end: int) -> str | None:
    """« Quand la nouvelle série sera-t-elle dévoilée ? » of « La nouvelle
    série, qui sera dévoilée le 10 janvier 2013, conserve … »: the date ends
    a relative clause on the opening subject, the relative's verb asked
    about with that subject."""
    doc, text = s.doc, s.text
    head, comma, relative = text[:start].partition(", qui ")
    if not comma or not text[end:].startswith(","):
        return None
    group = doc.char_span(0, len(head), alignment_mode="strict")
    if group is None or not 2 <= len(group) <= 8 or group[0].lower_ not in ("le", "la", "les", "l'"):
        return None
    if any(t.is_punct or t.pos_ in ("VERB", "AUX", "PRON") for t in group):
        return None
    noun = next((t for t in group if t.pos_ == "NOUN"), None)
    verbs = doc.char_span(len(head) + len(comma), start, alignment_mode="expand")
    if noun is None or verbs is None or not len(verbs):
        return None
    finite = verbs[0]
    if finite.pos_ not in ("VERB", "AUX") or "Fin" not in finite.morph.get("VerbForm"):
        return None
    if any(t.pos_ not in ("VERB", "AUX", "ADV") or t.lower_ in _NEGATIONS for t in verbs[1:]):
        return None
    pronoun = _pronoun(noun, finite)
    inverted = pronoun and _inverted(finite.text, pronoun)
    if not inverted:
        return None
    return " ".join(p for p in (word, lower_start(group.text), inverted, verbs[1:].text) if p) + " ?"


def why(s: Sentence) -> Question | None:
    """« Pourquoi la conception des billets a-t-elle été légèrement modifiée
    ? » of « … modifiée afin d'y intégrer de nouveaux paramètres »."""
    lowered = lower_for_search(s.text)
    if lowered is not None and "pour" not in lowered and "afin" not in lowered:
        return None  # no purpose to ask about (a quicker test than the clause's)
    clause = _clause(s)
    if clause is None:
        return None
    _, finite, root = clause
    doc = s.doc
    w = words_of(doc)
    for k in range(finite.i + 1, min(root.right_edge.i + 1, w.n)):
        if w.text[k][:1] not in ("a", "A", "p", "P"):
            continue  # neither « afin » nor « pour »
        # (The words' text: a token only for what matches.)
        two = w.span_text(k, min(k + 2, w.n)) if w.lower[k] == "afin" else w.text[k]
        if not _PURPOSE.match(two):
            continue
        if k >= 2 and w.pos[k - 1] == "NOUN" and w.pos[k - 2] == "NUM":
            return None  # « dispose de cinq jours pour se pourvoir »: a time given for it, not why
        t = doc[k]
        inf = next((x for x in doc[t.i + 1 : t.i + 5] if x.pos_ in ("VERB", "AUX")), None)
        if inf is None or "Inf" not in inf.morph.get("VerbForm"):
            return None
        if t.idx <= finite.idx:
            return None
        if any((x.pos_ == "CCONJ" and x.head.pos_ in ("VERB", "AUX")) or x.text in (",", ";")
               for x in doc[finite.i + 1 : t.i]):
            # « … doivent être conscients des dynamiques régionales et travailler
            # ensemble pour développer … »: the purpose may be the second verb's.
            return None
        q = _ask(s, "Pourquoi", (t.idx, len(s.text)))
        if not q:
            return None
        end = next((x.idx for x in doc[inf.i :]
                    if x.text in (",", ";", ":", "«") or x.i == len(doc) - 1 and x.is_punct),
                   len(s.text))
        return Question(s, q, doc[t.i : inf.i + 1].text, _short_answer(s.text[t.idx : end]))
    return None


# A word of a question between a space and a space, « ? » or the end (see `_replace_word`).
_AFTER_A_SPACE = re.compile(r"(?<= )")
_BEFORE_A_SPACE = re.compile(r"(?= |$| \?)")


def _replace_word(q: str, word: str, new: str) -> str:
    r"""re.sub(rf"(?<= ){re.escape(word)}(?= |$| \?)", new, q, count=1)
    without compiling that pattern for each word: its first place, found
    with `find_literal`, replaced."""
    if "\\" in new:
        return re.sub(rf"(?<= ){re.escape(word)}(?= |$| \?)", new, q, count=1)  # (re.sub reads escapes there: no participle has one)
    at = find_literal(q, word, _AFTER_A_SPACE, _BEFORE_A_SPACE)
    return q if at < 0 else q[:at] + new + q[at + len(word) :]


def how_many(s: Sentence) -> list[Question]:
    """« Combien de sièges l'alliance perd-elle ? » of « L'alliance perd
    toutefois 65 sièges … »: a number right after the verb (an adverb
    between), counting the verb's direct object."""
    # The words first (the clause's verb is the root), the clause only then.
    doc = s.doc
    w = words_of(doc)
    r = _root_index(doc)
    k = r + 1
    while k < w.n and w.lower[k] in DROPPABLE_ADVERBS:
        k += 1
    if k + 1 >= w.n:
        return []
    if (w.pos[k] != "NUM" or w.pos[k + 1] != "NOUN" or w.dep[k + 1] != "obj" or w.head[k + 1] != r
            or "Plur" not in w.morph(k + 1, "Number")):
        return []
    clause = _clause(s)
    if clause is None:
        return []
    _, finite, root = clause
    out = []
    num, noun = doc[k], doc[k + 1]
    if root is not finite and root.i != finite.i + 1:
        return []
    if noun.lower_ in ("ans", "an"):
        return []  # French asks « combien d'années », never « combien d'ans »
    if k + 2 < w.n and (w.lower[k + 2] in ("de", "d'", "d’") or (w.head[k + 2] == k + 1 and w.dep[k + 2] in (
            "amod", "acl", "nmod"))):
        # « 148 millions d'euros », « 12 voitures volées »: the question would
        # split the counted group (« Combien de millions … d'euros ? »).
        return []
    de = "d'" if opens_on_vowel(noun.text, h=True) else "de "
    q = _ask(s, f"Combien {de}{noun.text}", (num.idx, noun.idx + len(noun.text)))
    if q and root is not finite and finite.lemma_ == "avoir" and "Part" in root.morph.get("VerbForm"):
        # The object now stands before « avoir »: the participle agrees with it
        # (« Combien de survivants les secouristes ont-ils extraits ? »).
        agreed = _agreed_participle(root.text, "Fem" in noun.morph.get("Gender"))
        q = _replace_word(q, root.text, agreed)
    if q:
        out.append(Question(s, q, num.text, _short_answer(f"{num.text} {noun.text}")))
    return out


def _agreed_participle(participle: str, feminine: bool) -> str:
    """A past participle in the plural, masculine or feminine (« extrait » ->
    « extraits », « extraites »; « pris » -> « pris », « prises »)."""
    if feminine:
        return participle + ("s" if participle.endswith("e") else "es")
    return participle if participle.endswith(("s", "x")) else participle + "s"


_WHICH = {("Masc", "Sing"): "Quel", ("Fem", "Sing"): "Quelle", ("Masc", "Plur"): "Quels", ("Fem", "Plur"): "Quelles"}


def what_is(s: Sentence) -> Question | None:
    """« Quelle est la seule option permettant la reconduction de Merkel ? »
    of « La seule option permettant la reconduction de Merkel est donc une
    coalition dite « Jamaïque » … »: a definite subject, the verb « être »,
    and a noun as what the subject is."""
    doc = s.doc
    w = words_of(doc)
    r = _root_index(doc)
    if w.dep[r] != "ROOT" or w.pos[r] not in ("NOUN", "PROPN"):
        return None  # (the words' test before the tokens')
    c = next((c for c in w.children(r) if w.dep[c] == "cop"), None)
    k = next((c for c in w.children(r) if w.dep[c] == "nsubj"), None)
    if c is None or k is None or w.pos[k] != "NOUN" or not k < c < r or doc[c].lemma_ != "être":
        return None
    if "Fin" not in w.morph(c, "VerbForm"):
        return None
    root, cop, subj = doc[r], doc[c], doc[k]
    span = doc[subj.left_edge.i : subj.right_edge.i + 1]
    if span.start != 0 or span.end != cop.i or span[0].lower_ not in ("le", "la", "les", "l'"):
        return None
    if any(t.is_punct or t.lower_ in _NEGATIONS for t in doc[: root.i]) or inside_quote(s.text, cop.idx):
        return None
    # (A plural's article shows no gender: « Les frelons asiatiques » are « Quels ».)
    gender, number = _gender(subj), subj.morph.get("Number")
    if len(gender) != 1 or len(number) != 1 or cop.morph.get("Number") != number:
        return None
    which = _WHICH[(gender[0], number[0])]
    # What follows « est », to the end: the parse may cut it at a quotation (two roots).
    predicate = [t for t in doc[cop.i + 1 :] if t.lower_ not in DROPPABLE_ADVERBS]
    if not predicate or any(t.text in (";", ":") for t in predicate):
        return None
    if sum(t.text == "«" for t in predicate) != sum(t.text == "»" for t in predicate):
        return None  # a quotation is whole or absent
    while predicate and predicate[-1].text in (".", "!", "?", "…", ","):
        predicate.pop()
    if predicate and predicate[0].lower_ in ("un", "une", "des") and not _tells_which(w, k):
        # « La listériose est une infection … », « La grippe aviaire est une
        # maladie virale … » define a kind its name tells: « Quelle est la
        # grippe aviaire ? » is no French. « Quel » asks which one fills a
        # role the subject restricts (« la seule option envisagée par les
        # syndicats »). (A bare role, « La cause est une fuite de gaz »,
        # reads as a kind's name too: not asked.)
        return None
    answer = "".join(t.text + t.whitespace_ for t in predicate)
    return Question(s, f"{which} {cop.text} {lower_start(span.text)} ?", root.text, _short_answer(answer))


def _tells_which(w, k: int) -> bool:
    """Whether the subject noun `k` is restricted to one of its kind: an
    adjective before it (« la seule option », « le principal suspect ») or a
    clause on it (« l'option envisagée par les syndicats »), not a classing
    adjective after it (« la grippe aviaire ») nor « de » (« la maladie de
    Lyme »). Relies on the parse's amod and acl."""
    return any((w.dep[c] == "amod" and c < k) or w.dep[c].startswith("acl") for c in w.children(k))


_WHERE_PREPOSITIONS = {"à", "au", "aux", "dans", "en", "sur", "sous", "près", "chez", "vers"}
# The prepositions between a complement and the place that tells where it is.
_PLACE_PATH = _WHERE_PREPOSITIONS | {"de", "d'", "d’", "du", "des"}


def where(s: Sentence) -> Question | None:
    """« Où l'ouragan a-t-il touché terre ? » of « L'ouragan … a touché terre
    lundi soir dans l'État du New Jersey »: a complement of the verb, after
    it, that names a place (an entity the text tags as one) behind a
    preposition of place; the answer is that complement."""
    places = {name for name, label in s.entities if label == "LOC"}
    if not places:
        return None
    clause = _clause(s)
    if clause is None:
        return None
    _, finite, root = clause
    doc = s.doc
    w = words_of(doc)
    dep, lower = w.dep, w.lower
    for c in w.children(root.i):
        if not dep[c].startswith("obl") or c < root.i:
            continue
        case = next((k for k in w.children(c) if dep[k] == "case"), None)
        if case is None or lower[case] not in _WHERE_PREPOSITIONS:
            continue
        if lower[case] in ("à", "au", "aux") and (lower[case] != "à" or any(dep[k] == "det" for k in w.children(c))):
            continue  # « imposées à la Biélorussie »: to whom, not where (« à Paris » is where)
        if lower[case] == "en" and not w.text[c][:1].isupper():
            # « en lien avec », « en raison de », « en direction de »: a phrase, not a place
            # (« en Haute-Savoie »: a name, whatever the tagger says of it)
            continue
        span = doc[doc[c].left_edge.i : doc[c].right_edge.i + 1]
        agent = next((k for k in range(c + 1, span.end) if lower[k] == "par" and dep[k] == "case"
                      and any(dep[a] == "aux:pass" for a in w.children(root.i))), None)
        if agent is not None:
            span = doc[span.start : agent]  # « sur les hauteurs de Thônes [par des randonneurs] »: the passive's agent
        if re.search(r"\d\s*(?:h|heures?)\b", span.text):
            continue  # « à 18 heures à Dole »: the place hangs on an hour, the answer would hold it
        if (not any(p in span.text for p in places) or any(t.text in (",", "«", "»") or t.lower_ in RELATIVE_PRONOUNS
                                                            for t in span)
                or any(span.start_char <= d.start < span.end_char for d in s.dates)):
            continue  # « en tête desquels … », « … à partir du mois de mai 2013 »: no place to answer with
        if not any(_names_the_place(w, c, span.start_char + start)
                   for p in places for start, _ in _literal_matches(p, span.text)):
            continue  # « … avec la police judiciaire de Dijon »: the place is another noun's
        q = _ask(s, "Où", (span.start_char, span.end_char))
        if q and any(d.explicit and d.text in q and any(p in span.text and p in (when(s, d) or Question(s, "", "")).text
                                                        for p in places)
                     for d in s.dates):
            # « Où la séance est-elle prévue le 18 février ? » asks again what
            # « Quand la séance est-elle prévue à Toulouse ? » asks (not when
            # that question does not hold the place).
            return None
        if q:
            return Question(s, q, span.text, _short_answer(span.text))
    return None


def _names_the_place(w, c: int, at: int) -> bool:
    """Whether the place named at character `at` tells where the complement
    headed by token `c` is: that token itself, or a noun behind « de » or a
    preposition of place (« dans l'État du New Jersey », « sur un vase
    conservé au musée du Louvre à Paris »), through names, adjectives,
    lists and participles; not a noun behind another preposition (« en lien
    avec la police judiciaire de Dijon »: where the police is, not the
    complement); nor one of a noun of a noun (« sous la présidence du maire
    de Dijon », « dans le cadre d'une enquête de la police de Dijon »: the
    place is the mayor's). (Relies on the parse's nmod, obl, acl and case.)"""
    t = w.token_at(at)
    if t is None:
        return False
    of = 0  # the « de » between
    while t != c:
        if w.dep[t] == "nmod" and _hyphened(w, t):
            pass  # « centre-ville » read as « centre », « - », « ville »
        elif w.dep[t] == "nmod" or w.dep[t].startswith("obl"):
            case = next((k for k in w.children(t) if w.dep[k] == "case"), None)
            if case is None or w.lower[case] not in _PLACE_PATH:
                return False
            # (« la commune de Thônes », « la mairie de Calvi » are the place itself.)
            of += w.lower[case] in ("de", "d'", "d’", "du", "des") and w.lower[w.head[t]] not in _TERRITORIES
            if of > 1:
                return False
        elif w.dep[t] != "acl" and not w.dep[t].startswith(("flat", "amod", "appos", "conj", "compound", "fixed")):
            return False
        if w.head[t] == t:
            return False
        t = w.head[t]
    return True


# Nouns of a territory or its town hall, which « de » and a place name: « la commune de Thônes ».
_TERRITORIES = {"commune", "ville", "village", "hameau", "mairie", "département", "région", "quartier", "canton",
                "agglomération", "métropole", "territoire", "province", "île", "vallée", "massif"}


def _hyphened(w, t: int) -> bool:
    """Whether token t ends a hyphened word the parse split (« centre », « - », « ville »)."""
    return (t >= 2 and w.text[t - 1] == "-" and w.idx[t - 1] == w.idx[t - 2] + len(w.text[t - 2])
            and w.idx[t] == w.idx[t - 1] + 1)


def what_was_dont(s: Sentence) -> Question | None:
    """« Quel était le motif principal du thème « Époques et styles
    architecturaux » ? » of « … le thème « Époques et styles
    architecturaux », dont le motif principal était des ponts et des
    fenêtres, … » (see rephrase.dont_parts): « être » and a nominal group."""
    for subject, of, rel, end in dont_parts(s):
        cop, rest = rel[0], rel[1:]
        noun = next((t for t in s.doc[rel[0].i - 4 : rel[0].i] if t.pos_ == "NOUN"), None)
        if cop.lemma_ != "être" or not rest or rest[0].pos_ != "DET" or noun is None:
            continue
        gender, number = noun.morph.get("Gender"), noun.morph.get("Number")
        if len(gender) != 1 or len(number) != 1:
            continue
        which = _WHICH[(gender[0], number[0])]
        answer = s.text[rest[0].idx : end].strip()
        return Question(s, f"{which} {cop.text} {lower_start(subject)} {of} ?", answer.split()[-1],
                        _short_answer(answer))
    return None


def when_anchored(s: Sentence) -> Question | None:
    """« À partir de quand les nouveaux billets de 5 euros seront-ils mis en
    circulation ? » of « À compter de cette date, les nouveaux billets de 5
    euros seront mis en circulation, puis … », « cette date » being the date
    of the sentence before (see analysis.resolve_date_anaphora): the answer
    is the adjunct with that date (« À compter de mai 2013. »)."""
    if s.date_anchor is None or not s.anchored_text:
        return None
    head, comma, _ = s.text.partition(", ")
    m = re.match(r"(?:à partir|à compter)\s+(?:de|d')\s+cette date$", head, re.I)
    if not comma or not m:
        return None
    q = _ask(s, "À partir de quand", (0, len(head) + 2))
    answer = s.anchored_text.partition(", ")[0]
    return Question(s, q, answer, _short_answer(answer)) if q else None
