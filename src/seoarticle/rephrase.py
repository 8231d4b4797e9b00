"""Meaning-preserving sentence transformations used by the offline engine.

Every function here only *removes* material from a sentence of the input
(parentheses, incises between dashes, non-restrictive relative clauses, a
leading adverbial, a trailing participial clause, a date phrase): nothing is
added, nothing is reworded, and a quotation is never cut.
"""

from __future__ import annotations

import contextvars
import functools
import re
from bisect import bisect_left, bisect_right

from .analysis import _CLITICS, TITLE_WORD, WEEKDAYS, DateMention, Sentence, clause_pronoun_antecedent, first_name_gender, per_sentence
from .reader import MONTHS
from .arrays import Words, words_of
from .text import RELATIVE_PRONOUNS, capitalize_first, has_odd_case, lower_for_search, opens_on_vowel, word_count

MIN_WORDS = 5
# Adverbs that tie a statement to the text around it and go without a
# change of what it states. Never a word that limits or illustrates
# (« notamment », « surtout »: « en prison, notamment pour avoir tiré … »
# without it gives the one reason), hedges (« visiblement ») or bounds in
# time (« précédemment »): without them the statement says more.
DROPPABLE_ADVERBS = {"également", "aussi", "donc", "ainsi", "cependant", "pourtant", "toutefois",
                     "désormais", "finalement", "spontanément", "maintenant"}
# Of these (and of the phrases below, « en outre »), the additive ones: they
# make what follows them in their clause a part of more. Before a list or a
# number (« l'académie, qui regroupe aussi l'Allier, la Haute-Loire et le
# Puy-de-Dôme »: the Cantal too; « a également demandé une amende de 150 000
# euros »), the clause without them reads as the whole (the académie of three
# départements only): they stay. So after « mais » (« non seulement … mais
# aussi »). See `_additive_kept`.
ADDITIVE_ADVERBS = frozenset(("également", "aussi", "outre"))
# Multi-word connectives that go the same way (with their commas).
# (« en revanche », « au contraire » oppose the line to a sentence it is read without;
# « au contraire de X » is a preposition, its contrast in the line.)
_DROPPABLE_PHRASES = re.compile(
    r"(?:,\s+|\s+)(?:en effet|par ailleurs|en outre|en revanche|au contraire(?!\s+(?:de|du|des)\b|\s+d['’]))"
    r"(?=[\s,])(?:,(?=\s))?", re.I)
_DROPPABLE_WORDS = ("en effet", "par ailleurs", "en outre", "en revanche", "au contraire")  # (one at least)
# A final adjunct that compares or concedes: the main statement stands without
# it (« …arrive en tête mais avec un score faible, à l'instar des
# sociaux-démocrates » -> « …avec un score faible »). Never « si » (a
# condition) nor « sauf » (an exception): without them the statement changes.
_TRAILING_ADJUNCT = re.compile(
    r"(?:\s*,\s+|\s+)(?:alors qu(?:e\s|')|tandis qu(?:e\s|')|même si\s|bien qu(?:e\s|'))[^«»]+$"
    r"|,\s+(?:à l'instar d(?:e\s|u\s|es\s|')|de même que\s|au même titre que\s|contrairement (?:à|au|aux)\s"
    r"|comme (?:sur|dans|pour|en|à|au|aux|lors|avec|chez)\s)[^«»]+$",
    re.I,
)
# What the pattern needs, one at least (in lower case).
_TRAILING_ADJUNCT_WORDS = ("alors qu", "tandis qu", "même", "bien qu", "instar", "contrairement ", "comme ")
# The same as words of the sentence (spaCy splits a text at every white
# space), but « instar », which follows « l' » in the word.
_TRAILING_ADJUNCT_TOKENS = frozenset(("alors", "tandis", "même", "bien", "contrairement", "comme"))


def _may_match(lowered: str | None, words: tuple[str, ...]) -> bool:
    """False when a text surely holds none of `words` as a re.I pattern reads
    them: a quick test before a search. `lowered` is `text.lower_for_search`
    of the text (None: it may match). (One `in` per word: quicker, on a
    sentence, than one search for all of them with an alternation.)"""
    if lowered is None:
        return True
    for word in words:
        if word in lowered:
            return True
    return False


# Emphatic pronouns after a verb: « Les sociaux-démocrates réalisent eux leur
# pire performance » -> « …réalisent leur pire performance ».
EMPHATIC = {"eux", "elle", "elles", "lui"}
_REF = re.compile(r"\s*\[\d+\]")


# A connective opening a part of a sentence ties it to what came before;
# the part read alone goes without it.
_CONNECTIVES = ("de plus", "en effet", "par ailleurs", "en outre", "ainsi", "enfin", "mais", "et", "puis", "donc", "or",
                "pourtant", "cependant", "toutefois", "en revanche", "au contraire", "par contre")
_LEADING_CONNECTIVE = re.compile(rf"^(?:{'|'.join(_CONNECTIVES)}),?\s+", re.I)
# Their first letters in both cases (re.I reads no other letter as one of
# these): a text opening on another letter opens on no connective.
_CONNECTIVE_INITIALS = frozenset(c[0] for c in _CONNECTIVES) | frozenset(c[0].upper() for c in _CONNECTIVES)


def _leading_connective(text: str):
    """`_LEADING_CONNECTIVE.match(text)`, tried only on a text opening on one
    of the connectives' first letters (most lines open on another)."""
    return _LEADING_CONNECTIVE.match(text) if text[:1] in _CONNECTIVE_INITIALS else None


def without_connective(text: str) -> str:
    # (A match, then a slice: what `sub(count=1)` of a pattern anchored at
    # the start gives, without building a new text when nothing matches.)
    m = _leading_connective(text)
    if m is None:
        return text
    stripped = text[m.end():]
    return capitalize_first(stripped) if word_count(stripped) >= MIN_WORDS else text


_SPACE_BEFORE_STOP = re.compile(r"\s+(?=[,.])")
_DOUBLE_COMMA = re.compile(r",\s*,")
_SPACES = re.compile(r"\s{2,}")
_COMMA_BEFORE_END = re.compile(r",\s*(?=[.!?…]$)")
_ENDS_QUOTED_SENTENCE = re.compile(r"[.!?…]\s*»$")


_SENTENCE_ENDS = frozenset(".!?…»")


def _ends_sentence(text: str) -> bool:
    """The text ends on a sentence's end (one of `_SENTENCE_ENDS`), or on one
    before a final line feed (as « [.!?…»]$ » would find it)."""
    return text[-1:] in _SENTENCE_ENDS or (text[-1:] == "\n" and text[-2:-1] in _SENTENCE_ENDS)


@functools.lru_cache(maxsize=4096)  # pure, and asked again of the same forms
def _clean(text: str) -> str:
    # In a printable text the only white space is the plain space (a tab, a
    # line break, a no-break space are not printable): the two substitutions
    # on white space run only when what they match may be there.
    printable = text.isprintable()
    if not printable or " ," in text or " ." in text:
        text = _SPACE_BEFORE_STOP.sub("", text)
    if "," in text:
        text = _DOUBLE_COMMA.sub(",", text)
    if not printable or "  " in text:
        text = _SPACES.sub(" ", text)
    text = text.strip(" ,;")
    if "," in text:
        text = _COMMA_BEFORE_END.sub("", text)
    if not _ends_sentence(text):
        text += "."
    if text.endswith("»") and not _ENDS_QUOTED_SENTENCE.search(text):
        text += "."
    return capitalize_first(text)


# A derived line is read apart from its paragraph: it may not open on a word
# that points back to a previous sentence.
_ANAPHORIC = re.compile(
    r"^(?:Il|Elle|Ils|Elles|Cela|Ceci|Ça|Celui-ci|Celle-ci|Ceux-ci|Celles-ci|Son|Sa|Ses|Leur|Leurs"
    r"|(?:Ce|Cet|Cette|Ces)(?!\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|midi|week-end"
    r"|semaine|mois|année|an|jour|nuit|printemps|été|automne|hiver|sont|fut|furent|sera|seront)\b))\b(?!-)")


# (In these adjunct patterns a comma between two digits is passed over: a
# decimal comma, « 47,6 % », is no boundary; see _DECIMAL_COMMA.)
_PRONOUN_AFTER_ADJUNCT = re.compile(r"^(?:[^,«]|(?<=\d),(?=\d)){0,100}, (?:il|elle|ils|elles|son|sa|ses|leur|leurs) ")
_ADJUNCT_PRONOUN = re.compile(r"(?:il|elle|ils|elles|son|sa|ses|leur|leurs) ")  # (the end of the pattern above)
# An opening adverb of time that counts from a moment a sentence before told
# (« Depuis, », « Depuis lors », « Dès lors », « Entre-temps, », « Le
# lendemain, »): read apart, the line counts from the news (« Depuis, le
# ministère … a promis … » after an attack of May 2024 reads as a promise
# made since today's escape). Not « Dès lors que » (a condition), nor
# « Depuis 2020, », « Peu après minuit, »: their own moment.
_TIME_BACK_OPENING = re.compile(
    r"(?:Depuis|Dès) lors(?!\s+qu)|(?:Depuis|Entre-temps|Auparavant|Jusque-là|Jusqu['’]alors|Peu (?:après|avant)"
    r"|(?:Aussi|Si)tôt après|Plus tard(?: dans la (?:soirée|journée|nuit|matinée))?|Dans la foulée"
    r"|Le lendemain(?: (?:matin|midi|soir))?|La veille(?: au soir)?"
    r"|(?:Un|Une|Deux|Trois|Quatre|Cinq|Six|Sept|Huit|Dix|Quelques|Plusieurs|\d+)"
    r" (?:minutes?|heures?|jours?|semaines?|mois|ans|années) (?:après|plus tard|plus tôt|auparavant))\s*,")
_TIME_BACK_INITIALS = frozenset("DEAJPSLUTQCH0123456789")
# The first letters of what `_ANAPHORIC` matches (a case-sensitive pattern).
_ANAPHORIC_INITIALS = frozenset("IECÇSL")


def _adjunct_comma(text: str) -> int:
    r"""Where « ^(?:[^,«]|(?<=\d),(?=\d)){0,100}, » (a leading adjunct and its
    comma) puts its comma, -1 when it matches nowhere: the prefix can hold
    no « and no comma but a decimal one (« 47,6 »), and the comma followed
    by a space is none, so it can only be the first « , » of the line, at
    offset 100 at most, with no « nor other comma before it."""
    k = text.find(", ", 0, 102)
    if k < 0 or "«" in text[:k]:
        return -1
    j = text.find(",", 0, k)
    while j >= 0:
        if not (j > 0 and text[j - 1].isdecimal() and text[j + 1].isdecimal()):  # (« \d » is a decimal digit)
            return -1
        j = text.find(",", j + 1, k)
    return k


def _pronoun_after_adjunct(text: str) -> bool:
    """`_PRONOUN_AFTER_ADJUNCT.match(text)`, read off `_adjunct_comma`; or
    the same pronoun after a connective between commas that follows the
    adjunct (« À Lyon et à Bordeaux, en revanche, ils ont reculé … »)."""
    k = _adjunct_comma(text)
    if k < 0:
        return False
    if _ADJUNCT_PRONOUN.match(text, k + 2) is not None:
        return True
    for connective in _COMMA_CONNECTIVES:
        if text.startswith(connective, k + 2):
            return _ADJUNCT_PRONOUN.match(text, k + 2 + len(connective)) is not None
    return False


# Connectives set between commas after an opening adjunct (see `_pronoun_after_adjunct`).
_COMMA_CONNECTIVES = ("en revanche, ", "toutefois, ", "cependant, ", "pourtant, ", "néanmoins, ", "par ailleurs, ",
                      "de plus, ", "en outre, ", "en effet, ", "quant à eux, ", "pour leur part, ", "de leur côté, ")


# « À compter de cette date, … », « Passé ce délai, … »: a leading adjunct that points back.
_DEMONSTRATIVE_ADJUNCT = re.compile(
    r"^[^,«]{0,40}\b(?:ce|cet|cette|ces)\s+(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|midi"
    r"|week-end|semaine|mois|année|an|jour|nuit|printemps|été|automne|hiver)\b)(?:[^,«]|(?<=\d),(?=\d)){1,60},(?!\d)",
    re.I)


# « Il faudrait quatre jours », « en 2013, il avait fallu trois mois », « il y
# a », « il ne sera pas nécessaire de »: an impersonal « il » stands for nothing.
_IMPERSONAL_IL = re.compile(
    r"^(?:(?:[^,«]|(?<=\d),(?=\d)){0,100}, )?[Ii]l (?:ne |n')?(?:"
    r"y (?:a|avait|aura|aurait|eut)\b"
    r"|(?:s')?(?:a |avait |aura |aurait |va |allait )?(?:faut|faudra|faudrait|fallait|fallu|fallut|falloir|"
    r"agit|agissait|agira|agi|semble|semblait|suffit|suffira|suffisait|existe|existait|existera|existerait|existé)\b"
    r"|(?:est|était|sera|serait|a été|avait été)(?: pas| plus| jamais)? (?:peu )?(?:nécessaire|possible|impossible|"
    r"important|difficile|facile|probable|improbable|clair|évident|temps|question|prévu|interdit|urgent|"
    r"essentiel|utile|inutile|établi|exclu|certain|sûr|prouvé|acquis|vrai|normal) (?:de|d'|que|qu'))")


# Anywhere in a line: a reason, or a number of things, the text gave before
# (« c'est uniquement pour cette raison que … », « les crises que vivent ces
# deux pays »); « ce serait … » after a leading adjunct (« Selon certains, ce
# serait une capitulation »).
_REASON_OR_NUMBER_BEFORE = re.compile(
    r"\b(?:pour|à|de|par) (?:cette|ces) raisons?\b"
    r"|\b(?:ces|ce|cette|cet) (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b", re.I)
_CE_AFTER_ADJUNCT = re.compile(
    r"^(?:[^,«]|(?<=\d),(?=\d)){0,70}, (?:ce|cela|ça) (?:serait|seraient|sera|fut|était|pourrait|devrait)\b", re.I)
_DEMONSTRATIVE_WORD = re.compile(r"(?:cette|ces?|cet) ", re.I)  # what the reason or number needs
# What a match of _REASON_OR_NUMBER_BEFORE holds, one at least (in lower case).
_REASON_OR_NUMBER_WORDS = ("raison", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")


def _anaphoric_inside_at(text: str, low: str | None = None) -> int | None:
    """Where the first reason, number of things or « ce serait » pointing
    back starts in the line (None: nowhere). (One regex for the three ran
    slower than these: the first two need a demonstrative, looked for
    first; the third can only start the line.)"""
    # (Quick tests on the lowered text: every match holds « ce » or « ça »,
    # in any case, and the first pattern's « , ce » or « , ça ». These
    # letters have no other case re.I reads as them: see text.ODD_CASE.)
    # (`low`: text.lower(), when the caller has it.)
    if low is None:
        low = text.lower()
    if (", ce" in low or ", ça" in low) and _CE_AFTER_ADJUNCT.match(text):
        return 0
    if "ce" not in low:
        return None
    # (The second pattern tries every position: a test of the words it needs first.)
    if not _may_match(None if has_odd_case(text) else low, _REASON_OR_NUMBER_WORDS):
        return None
    if not _DEMONSTRATIVE_WORD.search(text):
        return None
    m = _REASON_OR_NUMBER_BEFORE.search(text)
    return m.start() if m else None


# The nouns the text being written names in two sentences or more (lowered,
# singular and as written; see `named_nouns`), or None out of a text: « le
# même N » points back to one named before only when N is one of them.
_NAMED_NOUNS: contextvars.ContextVar[frozenset[str] | None] = contextvars.ContextVar("named_nouns", default=None)
_WORD_AFTER = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def named_nouns(sentences) -> frozenset[str]:
    """The common nouns of `sentences` (parsed) named in two of them or more,
    lowered, each also without a final « s »/« x »."""
    seen: dict[str, int] = {}
    for s in sentences:
        w = words_of(s.doc)
        forms = {w.lower[i] for i in range(w.n) if w.pos[i] == "NOUN"}
        for f in forms | {f.rstrip("sx") for f in forms}:
            seen[f] = seen.get(f, 0) + 1
    return frozenset(f for f, n in seen.items() if n >= 2)


def points_back(text: str) -> bool:
    """See `_points_back`: of the line and the nouns of the text being written."""
    return _points_back(text, _NAMED_NOUNS.get())


@functools.lru_cache(maxsize=4096)  # pure (of the line and the text's nouns), and asked of the same lines by several stages
def _points_back(text: str, named) -> bool:
    """True when a line opens on a pronoun or demonstrative that stands for
    something of a previous sentence (« Ils se sont prononcés … », « Disponible
    depuis décembre 2015, il est autorisé … »): out of its paragraph, such a
    line means nothing. An impersonal « il » (« Il faudrait quatre jours … »)
    stands for nothing, and does not. A reason or a number of things given
    before, anywhere in the line, points back as well."""
    # (Quick tests first, of what a match needs: « il »/« Il » at the start
    # or after « , » for the impersonal; « , il » or « , elle » for a pronoun
    # after an adjunct; « ce » in the first 42 characters, in any case, for a
    # demonstrative adjunct.)
    low = text.lower()  # (read by the tests below: lowered once)
    if (text.startswith(("il ", "Il ")) or ", il " in text or ", Il " in text) and _IMPERSONAL_IL.match(text):
        return _leans_back_inside(text, low)  # (« Il y a deux ans, ces surfaces … »)
    if (text[:1] in _ANAPHORIC_INITIALS and _ANAPHORIC.match(text)) or _pronoun_after_adjunct(text):
        return True
    if text[:1] in "L«" and _opening_back(text):
        return True
    if text[:1] in _TIME_BACK_INITIALS and _TIME_BACK_OPENING.match(text):
        return True  # « Depuis, le ministère … a promis … »: since what?
    if _subject_leans_back(text):
        return True
    # (« ce » in the first 42 characters, in any case: `low` has them when
    # lowering kept every offset, see text.ODD_CASE.)
    if "ce" in (low[:42] if len(low) == len(text) else text[:42].lower()) and _DEMONSTRATIVE_ADJUNCT.match(text):
        return True
    inside = _anaphoric_inside_at(text, low)
    if inside is not None and not inside_quote(text, inside):
        return True
    if ("lui " in text or "leur " in text) and _clitic_before_any_name(text):
        return True
    if _object_clitic_back(text):
        return True
    if _leans_back_inside(text, low):
        return True
    if "entre e" in low and _among_them_back(text, low):
        return True
    # « Enfin, au terme de ces 146 jours …, la sonde … »: the same after a connective.
    m = _leading_connective(text)  # (as `without_connective`)
    return m is not None and points_back(capitalize_first(text[m.end():]))


# « 85 % d'entre eux », « l'une d'entre elles »: a part of a group named
# before; within the line only after a plural determiner (« Sur les 200
# salariés, 85 % d'entre eux … »).
_AMONG_THEM = re.compile(r"\bd['’]entre (?:eux|elles)\b")
_PLURAL_DETERMINER = re.compile(r"\b(?:les|des|aux|ses|leurs|nos|vos|mes|tes)\b")


def _among_them_back(text: str, low: str) -> bool:
    """Whether « d'entre eux/elles » stands for a group of a previous sentence."""
    m = _AMONG_THEM.search(low)
    if m is None or len(low) != len(text) or inside_quote(text, m.start()):
        return False
    return _PLURAL_DETERMINER.search(low, 0, m.start()) is None


# « Les deux femmes », « Les trois autres bassins » opening a line: the
# persons (a noun of persons, a nationality) or the others the text counted
# before (not « Les deux femmes du maire »: a complement says which). (Things
# counted, « Les deux séries coexisteront … », are most often the article's
# subject, named in the line before.)
_COUNTED_OPENING = re.compile(
    r"Les (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt) "
    r"(?:autres\b|(?:[A-ZÉ][\w-]+|femmes|hommes|victimes|blessés|blessées|suspects|enfants|personnes|jeunes|frères"
    r"|sœurs|policiers|gendarmes|militaires|soldats|otages|agents|salariés|employés|ouvriers|élus|candidats|détenus"
    r"|prévenus|accusés|randonneurs|alpinistes|passagers|journalistes|médecins|joueurs|adolescents|mineurs|auteurs"
    r"|agresseurs|malfaiteurs|individus|conducteurs|occupants|habitants|touristes|clientes|clients)"
    r"(?:,|\s+(?!(?:de|du|des|d['’])(?![\w'’])|[A-ZÉ])))")


def _opening_back(text: str) -> bool:
    """A line opening on a counted definite group (_COUNTED_OPENING) or a
    quotation that opens on an adjunct with a demonstrative (« « Malgré ces
    mesures préventives, des perturbations … », a averti la DGAC »: which
    ones?)."""
    if text.startswith("«"):
        q = text[1:].lstrip()
        return q.split(" ", 1)[0].lower() in _OPENING_PREPOSITIONS and bool(_DEMONSTRATIVE_ADJUNCT.match(q))
    return bool(_COUNTED_OPENING.match(text))


# A subject that only a previous sentence tells the reader of what or of
# whom it is (the line opening on it, or on an adjunct and its comma):
# - a definite noun of a part someone plays in an event (« L'auteur, un
#   ancien gardien, avait été condamné … », « La victime a été transportée
#   … »), with no complement saying of which event (not « L'auteur du vol
#   », nor « Le suspect Jean Dupont »): read in a list, it is of the news,
#   when the text may tell of another event (a theft of 2010);
# - others counted (« Deux autres prévenus sont poursuivis … », « Une autre
#   réunion est prévue », « D'autres pistes … »): other than whom?;
# - a part with no noun of its own (« La plupart ont pu regagner … », «
#   Plusieurs ont été blessés », not « La plupart des vacanciers », nor «
#   Certains estiment que … », a generic « some »; nor « La majorité a
#   retenu … », the political one).
_EVENT_ROLES = (r"auteure?s?|autrices?|victimes?|suspecte?s?|coupables?|agresseu(?:r|se)s?|meurtri(?:er|ère)s?"
                r"|assassins?|tueu(?:r|se)s?|tireu(?:r|se)s?|ravisseu(?:r|se)s?|cambrioleu(?:r|se)s?|voleu(?:r|se)s?"
                r"|complices?|commanditaires?|instigat(?:eur|rice)s?")
_BARE_ROLE_SUBJECT = re.compile(
    rf"(?:[Ll](?:e|a|es)\s|[Ll]['’])(?:{_EVENT_ROLES})(?:\s+présumée?s?)?"
    # (not named in apposition, « L'autrice, Annie Ernaux, a reçu … »; nor which
    # one by a superlative, « la victime la plus jeune »)
    r"(?:\s*,(?!\s+[A-ZÀÂÉÈÊÎÔÛ])|\s+(?!(?:de|du|des|d['’])(?![\w'’])|[A-ZÉ]|qui\b|que\b|qu['’]|dont\b"
    r"|(?:la|le|les)\s+(?:plus|moins)\b))")
# A verb's word right after a bare part (what tells « Plusieurs ont été
# blessés » from « Plusieurs blessés », « Certains estiment »): an
# auxiliary, a modal, a clitic, a negation. (The elided ones, « n' », « s' »,
# « l' », have the verb's letter right after them.)
_VERB_OPENERS = (r"(?:(?:ont|a|avaient|avait|sont|est|étaient|était|seront|sera|auront|aura|auraient|aurait|seraient"
                 r"|serait|ne|se|y|en|les|lui|leur|peuvent|pourraient|pourront|doivent|devraient"
                 r"|devront|restent|reste|demeurent|demeure)(?![\w'’-])|n['’]|s['’]|l['’])")
# The same of a past (« Tous ont été relâchés », « Chacun a été entendu »): not
# the generic « Tous pourront bénéficier … », « Chacun pourra joindre … ».
_PAST_OPENERS = (r"(?:(?:ont|a|avaient|avait|sont|est|étaient|était|eut|eurent|fut|furent|ne|se)(?![\w'’-])"
                 r"|n['’]|s['’])")
_BARE_PART_SUBJECT = re.compile(
    r"(?:(?:(?:[Dd]eux|[Tt]rois|[Qq]uatre|[Cc]inq|[Ss]ix|[Ss]ept|[Hh]uit|[Nn]euf|[Dd]ix|[Oo]nze|[Dd]ouze|[Tt]reize"
    r"|[Qq]uatorze|[Qq]uinze|[Ss]eize|[Vv]ingt|[Tt]rente|[Qq]uarante|[Cc]inquante|[Ss]oixante|[Cc]ent|[Mm]ille)"
    r"(?:-(?:et-)?[a-z]+)*|[Pp]lusieurs|[Qq]uelques|[Uu]ne?|[Aa]ucune?|[Dd]e nombreu(?:x|ses)"
    r"|\d+(?:[ \u00a0\u202f]\d{3})*)\s+autres?|[Dd]['’]autres)\b"
    # (« La majorité ont été relâchés »: the plural verb says of whom; « Le reste a été saisi »)
    r"|(?:[Ll]a majorité|[Ll]a majeure partie)\s+(?:ont|sont|avaient|étaient|n['’]ont|ne sont)(?![\w'’-])"
    r"|[Ll]a majeure partie\s+(?:a|est|avait|était)(?![\w'’-])|[Ll]e reste\s+(?:a|est|avait|était|sera)(?![\w'’-])"
    r"|(?:[Ll]a plupart|[Qq]uelques-une?s)(?:\s*,|\s+(?!(?:de|du|des|d['’])(?![\w'’])))"
    rf"|(?:[Ll]a moitié|[Uu]ne partie|[Ll]e tiers|[Ll]e quart|[Pp]lusieurs|[Cc]ertaine?s|[Aa]ucune?)"
    rf"(?:\s*,|\s+{_VERB_OPENERS})"
    rf"|(?:[Tt]ou(?:te)?s|[Cc]hacune?|[Bb]eaucoup)\s+{_PAST_OPENERS}")
# The words an adjunct before a comma opens on (« En 2010, l'auteur … »,
# « Interpellé samedi, le suspect … »): prepositions, adverbs of time, a
# connective; what else stands before the first comma is a clause (« Deux
# personnes ont été tuées, trois autres … ») or a name (« Paul Durand,
# l'auteur présumé, … »), and the line names its own.
_ADJUNCT_WORDS = frozenset((
    "à", "au", "aux", "en", "dans", "sur", "sous", "chez", "pour", "par", "selon", "d'après", "après", "avant",
    "depuis", "dès", "lors", "pendant", "durant", "malgré", "parmi", "avec", "sans", "vers", "entre", "contre", "outre",
    "hier", "aujourd'hui", "aujourd’hui", "demain", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "mais", "puis", "ensuite", "enfin", "toutefois", "cependant", "pourtant", "néanmoins", "ainsi",
    "alors", "déjà", "finalement", "désormais", "d'abord", "d’abord", "or", "jusqu'ici", "jusqu’ici", "jusqu'alors",
    "jusqu’alors", "d’après", "ce", "cette", "cet", "peu", "quelques", "entre-temps", "auparavant"))
# An adjunct naming the set a part is of (« Sur les 40 passagers, la plupart … », « Parmi les blessés, certains … »).
_SET_ADJUNCT = re.compile(r"(?:[Pp]armi|[Ee]ntre|[Ss]ur|[Dd]['’]entre)\s")


def _an_adjunct(head: str) -> bool:
    """Whether the words before a line's first comma are an adjunct (see `_ADJUNCT_WORDS`) or a participle's phrase."""
    first, _, rest = head.partition(" ")
    low = first.lower()
    if low in _ADJUNCT_WORDS or low.startswith(("jusqu", "lorsqu")):
        return True
    if low in ("le", "la", "l'", "l’", "les") and rest[:1].isdigit():
        return True  # « Le 12 mars, … »
    return low.endswith(("é", "ée", "és", "ées", "ant")) and len(low) > 4


def _subject_leans_back(text: str) -> bool:
    """A line opening on `_BARE_ROLE_SUBJECT` or `_BARE_PART_SUBJECT`, or an
    adjunct and its comma then one of them (« En 2010, l'auteur … »); not a
    part after an adjunct naming its set (« Parmi les blessés, certains … »)."""
    if _BARE_ROLE_SUBJECT.match(text) or _BARE_PART_SUBJECT.match(text):
        return True
    k = _adjunct_comma(text)
    if k < 0 or not _an_adjunct(text[:k]):
        return False
    return bool(_BARE_ROLE_SUBJECT.match(text, k + 2)
                or (_BARE_PART_SUBJECT.match(text, k + 2) and not _SET_ADJUNCT.match(text)))


# Words anywhere in a line (out of a quotation) that stand for what a
# previous sentence said: « parmi eux », « d'ici là », « celle-ci », « une
# telle procédure », « une attaque comparable » (like the one told before;
# not « de Tel-Aviv », « de telle sorte que », « comparable à … »; nor « un
# pareil désastre », which is most often the news itself), « Celle
# de jeudi » opening the line; a demonstrative determiner (« ces surfaces »),
# but before a noun of the time of writing (« cette année », « à ce stade »);
# « non plus » (« On ne sait pas non plus … »: as another thing not known);
# « dans le premier cas », « dans l'autre cas », « dans les deux cas » (of
# the alternative a previous sentence gave; not « dans le premier cas de
# … », a count);
# a contrast with what another sentence said (« en revanche », « au
# contraire », « par contre »); « ensuite » (after what?) with no comma,
# « et » or « puis » before it in the line; « plus tard », « le
# lendemain », « la veille » (of what?, not « au plus tard », « le
# lendemain de l'audience ») with no « et », « puis » or « après » before it;
# a temporal « alors » (« n'a alors que 26 ans »: then), not « alors que »
# opening a clause, nor the consequence « alors » after a modal, a
# conditional or a future, or in a line with « si » (« peuvent alors
# atteindre »); « la même cour », « au même endroit » (the one named
# before; not « la même somme que … », nor « le même jour » after a day or a
# year named in the line, nor « du même coup »). (The patterns read the lowered line; each opens on a
# literal, which the search looks for first.)
_BACK_PHRASES = re.compile(r"parmi (?:eux|elles)\b|d['’]ici là\b|(?:celui|celle|ceux|celles)-ci\b|alors\b|non plus\b"
                           r"|en revanche\b|au contraire\b(?! (?:de|du|des)\b| d['’])|par contre\b|ensuite\b"
                           r"|(?<!au )(?<!à )plus tard\b(?! (?:que|qu['’]|dans)\b)|le lendemain\b(?! (?:de|du|des|d['’]))"
                           r"|la veille\b(?! (?:de|du|des|d['’]|au|à)\b| [a-zéè]+(?:aire|ique|ale|elle|ive|ée|ienne|ien)\b)"
                           r"|(?:un|une|de) tel(?:le)?s?\b(?![-‑'’]| aviv| (?:sorte|manière|façon|point)\b)"
                           r"|(?:un|une|des) [a-zàâçéèêëîïôûù-]+ (?:comparable|similaire|analogue|semblable)s?\b"
                           r"(?! (?:à|au|aux)\b)"
                           r"|dans (?:le (?:premier|second|deuxième|dernier) cas|l['’]autre cas|les deux cas"
                           r"|un cas comme dans l['’]autre)(?: de figure)?\b(?! (?:de|du|des)\b| d['’])"
                           r"|dans le cas contraire\b"
                           r"|(?:le|la|les|au|aux|du|des) mêmes? (?!coup\b)(?=[a-zàâçéèêëîïôûù])"
                           r"|dans (?:la (?:première|seconde|deuxième|dernière)|l['’]autre|les deux) hypothèses?\b"
                           # « l'intéressé s'étant présenté … »: the person the text spoke of before
                           r"|l['’]intéressée?\b|les intéressée?s\b"
                           # « aucun lien entre les deux affaires, … »: two things told before (a
                           # bare noun: not « entre les deux listes arrivées en tête », which says
                           # which; nor the time between two rounds of an election, or two wars)
                           r"|entre les deux (?!(?:tours|guerres)\b)[a-zàâçéèêëîïôûù-]+(?=\s*(?:[,.;:!?)]|$))")
# A day named in the line (« le 3 mars », « dimanche »): the day « le
# lendemain », « la veille » or « plus tard » counts from.
_DAY_NAMED = re.compile(r"\b(?:\d{1,2}|1er) (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
                        r"|novembre|décembre)\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b")
# « le même jour », « la même année »: of a time the line may name before.
_SAME_TIME_NOUNS = ("jour", "soir", "matin", "semaine", "mois", "année", "an ", "moment", "date", "heure", "nuit", "journée")
# Several things named before « le même N » in a line, which it may be the
# same of: a plural opening the line, « deux », « et ».
_SEVERAL_BEFORE = re.compile(r"^(?:les|des|ces|leurs|nos|vos|ils|elles|deux|trois|quatre)\b|\bdeux\b| et ")
# « de la même époque », « la même période »: a time the text names in other
# words (« datées du VIe siècle »), never the line's own.
_SAME_PERIOD_NOUNS = frozenset(("époque", "époques", "période", "périodes", "saison", "saisons", "siècle", "siècles"))
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_OPENING_CELLE = re.compile(r"(?:celui|celle|ceux|celles)\s+(?:de|du|des|d['’])")
_DEMONSTRATIVE_DET = re.compile(
    r"ce(?:s|tte|t)?\s+(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|midi|week-end"
    r"|semaine|mois|année|an|jour|nuit|printemps|été|automne|hiver|stade|moment|qui|que|qu['’]|dont|sont|fut|furent"
    r"|sera|seront|serait|seraient|soit|n['’]|ne|faisant)\b(?!-))(?=[a-zàâçéèêëîïôûù])")
_SI = re.compile(r"(?:^|\s)[Ss]i\s")  # « si » in the line: « alors » is then of a consequence
_MODAL_OR_CONDITIONAL_BEFORE = re.compile(
    r"(?:\b(?:peut|peuvent|pourra|pourront|doit|doivent|devra|devront|faut|faudra)|rait|raient|ra|ront)\s+$", re.I)
_NEGATION_BEFORE = re.compile(r"\b(?:ne|n['’])\s*\S+\s+$", re.I)
# A subject pronoun after an opening adjunct with no comma before it (« À
# Lyon et à Bordeaux ils ont reculé … »): an adjunct opens on a preposition.
_OPENING_PREPOSITIONS = ("à", "au", "aux", "en", "dans", "sur", "sous", "chez", "pour", "par", "selon", "d'après",
                         "après", "avant", "depuis", "dès", "lors", "pendant", "durant", "malgré", "parmi", "avec",
                         "sans", "vers", "entre", "contre", "outre")
_PRONOUN_AFTER_BARE_ADJUNCT = re.compile(
    rf"^(?:{'|'.join(p.capitalize() for p in _OPENING_PREPOSITIONS)})\s[^,«;:]{{0,60}}?\s(il|elle|ils|elles)\s")
# A possessive determiner (« son », « sa », « ses », « leur(s) » before a
# noun), in the lowered line.
_POSSESSIVE = re.compile(r"(?:son|sa|ses|leurs|leur(?! (?:ne|n['’]|a|ont|avait|avaient|est|sont|était|sera|seront"
                         r"|serait|fut|va|vont|doit|peut|pourrait)\b))\s+(?=[a-zàâçéèêëîïôûù])")
# What can own it, before it in the line: an article before a word, or a
# capitalised word (a name) after the first; the first word is a name when
# it is no function word and no number follows it (« Seuls 30 % de ses
# composants … » names no owner).
# (The article captured, for `_owner_before`'s one owner; the same pattern under both names.)
_OWNER_GROUP_ARTICLE = re.compile(r"\b(?:(le|la|les|un|une|des|du|au|aux)\s+|l['’])[a-zàâçéèêëîïôûùA-ZÉ]", re.I)
_OWNER_GROUP = _OWNER_GROUP_ARTICLE


def _owner_before(text: str, at: int, singular: bool = False) -> bool:
    """Something named in the line before offset `at` that can own a possessive there.
    A quotation's words own nothing the narrator says after it (« « Il est
    beaucoup trop tôt … », a souligné son directeur, Jean-Marc Pellerin. »:
    « son » is of someone named in another sentence). `singular`: the
    possessive is « son », « sa » or « ses », of one owner, which a group
    opening on a plural article is not (« Les tableaux devraient être
    inscrits dans sa base de données », the base of Interpol, named in the
    clause cut off)."""
    head = text[:at]
    if "»" in head:
        head = _CLOSED_QUOTATION.sub("« »", head)
        # « « Elle n'a rien dit … », a confié au Parisien son fils »: the one
        # a quotation was told to owns nothing of the one who told it.
        m = _INCISE_RECIPIENT.search(head)
        if m:
            head = head[: m.start()]
    if singular:
        if any(m.group(1) is None or m.group(1).lower() not in ("les", "des", "aux")
               for m in _OWNER_GROUP_ARTICLE.finditer(head)):
            return True
    elif _OWNER_GROUP.search(head):
        return True
    words = head.split()
    if any(w[:1].isupper() for w in words[1:]):
        return True
    first = words[0] if words else ""
    return bool(first[:1].isupper() and first.lower() not in FUNCTION_STARTS
                and first.lower() not in _OPENING_PREPOSITIONS and len(words) > 1 and not words[1][:1].isdigit())


_CLOSED_QUOTATION = re.compile(r"«[^«»]*»")
# The incise after a quotation ending on whom it was told (« », a confié au
# Parisien », « », a déclaré dimanche à l'AFP »): lower-case words of its
# verb, no « -t-il », then « à », « au » or « aux » and no comma.
_INCISE_RECIPIENT = re.compile(r"»\s*,\s*(?:[a-zàâçéèêëîïôûù'’]+\s+){1,4}?(?:à|au|aux)\s+[^,«»]*$")


def _word_start(low: str, at: int) -> bool:
    """A word of the lowered line starts at offset `at`."""
    return at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "'’-")


# A comparison whose other term is not in the line (« Le maire de Cahors se
# montre plus sévère. »: than whom? the sentence before said): a copula then
# « plus » or « moins » and a word, no « que » after it. Not « n'est plus »
# (no longer), not « plus de » (a quantity), not « plus tard » and the like.
_OPEN_COMPARISON = re.compile(
    r"(?<![nN]['’])(?<!ne )\b(?:se\s+montre(?:nt)?|est|sont|était|étaient|sera|seront|serait|seraient|paraît|paraissent"
    r"|semble(?:nt)?|reste(?:nt)?|devient|deviennent|s['’](?:annonce|avère)(?:nt)?)\s+"
    r"(?:bien\s+|encore\s+|beaucoup\s+|nettement\s+|un\s+peu\s+)?(?:plus|moins)\s+"
    r"(?!(?:de|d['’]|du|des|que|qu['’]|tard|tôt|loin|haut|bas|rien|personne|jamais|guère|en|à|au|aux)\b)"
    r"[a-zàâçéèêëîïôûù]")
_COMPARISON_TERM = re.compile(r"\b(?:que|qu['’])")
# The other term of « le même N que … », right after its noun (and one more
# word: « le même montant d'aide que »); not a « que » further on, a verb's
# (« la même cour avait déjà jugé que … »: the court named before).
_SAME_AS = re.compile(r"\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?\s+qu(?:e\b|['’])")


def _open_comparison(text: str) -> bool:
    """`_OPEN_COMPARISON` out of a quotation, with no « que » after it."""
    for m in _OPEN_COMPARISON.finditer(text):
        if not inside_quote(text, m.start()) and not _COMPARISON_TERM.search(text, m.end()):
            return True
    return False


def _leans_back_inside(text: str, low: str | None = None) -> bool:
    """A phrase pointing back (_BACK_PHRASES, _DEMONSTRATIVE_DET), a subject
    pronoun after a bare opening adjunct, a possessive with no owner named
    before it, or a comparison without its other term, out of a quotation.
    (`low`: text.lower(), when the caller has it.)"""
    if (" plus " in text or " moins " in text) and _open_comparison(text):
        return True
    # (Quick tests first, on the line itself, of what each match needs: most
    # lines hold none of it. Inside a line these words are in lower case; a
    # line opening on one is `_ANAPHORIC`'s, but « Parmi », « D'ici là ».)
    # (« ce », « ces », « cet », « cette » after a space all hold « ce »: one
    # scan for it first, most lines have none.)
    back = ("alors" in text or "non plus" in text or "revanche" in text or "contraire" in text or "par contre" in text
            or "nsuite" in text or "plus tard" in text or "lendemain" in text or "veille" in text or "armi e" in text or "ici là" in text or "-ci" in text or " tel" in text
            or "intéress" in text or "entre les deux" in text or "comparable" in text or "similaire" in text or " même" in text or " cas" in text or "hypothèse" in text or "analogue" in text or "semblable" in text
            or (" ce" in text and (" ce " in text or " ces " in text or " cet " in text or " cette " in text))
            or text.startswith(("Celle", "Celui", "Ceux")))
    possessive = " son " in text or " sa " in text or " ses " in text or " leur" in text
    pronoun = " il" in text or " elle" in text or "'il" in text or "’il" in text or "'elle" in text or "’elle" in text
    if not (back or possessive or pronoun):
        return False
    if low is None:
        low = text.lower()
    if len(low) != len(text):
        return False  # (a letter whose lower case is longer: offsets would not match; see text.ODD_CASE)
    if back and _leans_back_word(text, low):
        return True
    if text[:1].isupper() and (" il" in text or " elle" in text):
        m = _PRONOUN_AFTER_BARE_ADJUNCT.match(text)
        if m and not _IMPERSONAL_IL.match(text[m.start(1):]):
            return True
    if pronoun and _pronoun_without_antecedent(text):
        return True
    if not possessive:
        return False
    for m in _POSSESSIVE.finditer(low):
        if (_word_start(low, m.start()) and not inside_quote(text, m.start())
                and not _owner_before(text, m.start(), singular=low.startswith("s", m.start()))):
            # « Dans son rapport, la Cour des comptes estime … »: a possessive
            # in an opening adjunct may be of the subject after its comma.
            comma = text.find(", ")
            if (m.start() < comma and low.split(" ", 1)[0] in _OPENING_PREPOSITIONS
                    and (text[comma + 2 : comma + 3].isupper() or _OWNER_GROUP.match(text, comma + 2))):
                continue
            return True
    return False


# A third-person pronoun inside the line (« pourquoi il se trouvait », « qu'il
# réside », « avec elle »), not one after its verb (« a-t-il dit »).
_INNER_PRONOUN = re.compile(r"(?:(?<![\w'’-])|(?<=[Qq]u['’])|(?<=\b[Ss]['’]))(il|elle|ils|elles)\b(?![-'’])")


def _pronoun_without_antecedent(text: str) -> bool:
    """A personal pronoun after the line's first word, out of a quotation,
    not an impersonal « il », with nothing named before it that it can
    stand for (`_owner_before`): « On ne sait pas pourquoi il se trouvait à
    Villefranche. » (the suspect, named in another sentence)."""
    for m in _INNER_PRONOUN.finditer(text, 1):
        at = m.start(1)
        if inside_quote(text, at) or _owner_before(text, at):
            continue
        if m.group(1) == "il" and _IMPERSONAL_IL.match(text[at:]):
            continue
        if _cataphoric(text, at):
            continue
        return True
    return False


# A subordinate clause opening the line: a pronoun in it may stand for the
# main clause's subject, named after its comma (« Lorsqu'elle a pris ses
# fonctions, la préfète … », « S'il est adopté, le texte … »).
_OPENING_SUBORDINATE = re.compile(
    r"^(?:Lorsqu(?:e\s|['’])|Quand\s|S['’](?=ils?\b)|Si\s|Comme\s|Puisqu(?:e\s|['’])"
    r"|Même\s+s['’](?=ils?\b)|(?:Avant|Dès|Bien|Alors|Après|Depuis|Tant|Parce|Pour\s+peu|Une\s+fois|Sitôt)\s+qu(?:e\s|['’]))")
# The articles a subject group may open on, by the pronouns that agree with them.
_AGREEING_ARTICLES = {"il": ("le ", "l'", "l’", "un ", "ce ", "cet "), "elle": ("la ", "l'", "l’", "une ", "cette "),
                      "ils": ("les ", "des ", "ces "), "elles": ("les ", "des ", "ces ")}


def _cataphoric(text: str, at: int) -> bool:
    """Whether the pronoun at `at` is in a subordinate clause opening the
    line, before its first comma, and a subject group follows that comma: a
    name or an article's noun the pronoun stands for."""
    if not _OPENING_SUBORDINATE.match(text):
        return False
    comma = text.find(", ")
    if comma < at or "«" in text[:comma]:
        return False
    rest = comma + 2
    pronoun = re.match(r"\w+", text[at:]).group(0)
    if text[rest : rest + 1].isupper():
        return pronoun in ("il", "elle") and not text.startswith(("Les ", "Des ", "Ces "), rest) or (
            pronoun in ("ils", "elles") and text.startswith(("Les ", "Des ", "Ces "), rest))
    return text[rest:].lower().startswith(_AGREEING_ARTICLES.get(pronoun, ()))


# The other side of a contrast before it in the line: a clause before « ; »,
# a « celle(s) »/« ceux » after a comma taking up the first clause's noun
# (« Les ventes … progressent de 12 %, celles des voitures diesel reculent en
# revanche »), « Loin de » opening it; « ni … ni » or « , et » before « non plus ».
_CONTRAST_BEFORE = re.compile(r";\s|,\s+(?:celui|celle|ceux|celles)\s|^loin d['’e]")


def _contrast_in_line(low: str, at: int) -> bool:
    """Whether the contrast or addition at `at` of the lowered line has its
    other side before it in the line."""
    before = low[:at]
    if low.startswith("non plus", at):
        return before.startswith("ni ") or " ni " in before or ", et " in before
    return bool(_CONTRAST_BEFORE.search(before))


def _leans_back_word(text: str, low: str) -> bool:
    """A match of `_BACK_PHRASES` or `_DEMONSTRATIVE_DET` in the lowered line
    `low`, or « Celle de … » opening it, out of a quotation; but « ce
    dernier » after someone named in the line, and « alors » of a
    consequence or opening a clause."""
    if _OPENING_CELLE.match(low):
        return True
    for m in _BACK_PHRASES.finditer(low):
        if not _word_start(low, m.start()) or inside_quote(text, m.start()):
            continue
        if m.group(0) == "alors":
            before = text[: m.start()]
            if (m.start() == 0 or _MODAL_OR_CONDITIONAL_BEFORE.search(before)
                    or _SI.search(before)):
                continue
            if low.startswith(" qu", m.end()) and not _NEGATION_BEFORE.search(before):
                continue
        elif m.start() == 0 and m.group(0) in ("en revanche", "au contraire", "par contre"):
            continue  # an opening connective, which a line drops (see `without_connective`)
        elif m.group(0) in ("en revanche", "au contraire", "par contre", "non plus") and _contrast_in_line(low, m.start()):
            continue
        elif m.group(0) == "ensuite":
            before = low[: m.start()]
            if "," in before or " et " in before or " puis " in before:
                continue  # « … présenteront le rapport, qui sera ensuite publié »: after what the line says
        elif "même" in m.group(0):
            if _SAME_AS.match(low, m.end()):
                continue  # « la même somme que l'an dernier »: the other term is in the line
            before = low[: m.start()]
            if low.startswith(_SAME_TIME_NOUNS, m.end()):
                if _DAY_NAMED.search(before) or _YEAR.search(before):
                    continue  # « le 3 mars, …, le même jour »: the line's own day
                if ";" in before or " puis " in before or ", et " in before:
                    # « l'Aa est sortie de son lit … ; le même jour, 1 200 habitants ont été
                    # évacués »: the day of what the line tells before (a chronology line
                    # whose date went into its label)
                    continue
            else:
                named = _NAMED_NOUNS.get()
                noun = _WORD_AFTER.match(low, m.end())
                if (named is not None and noun and noun.group() not in named and noun.group().rstrip("sx") not in named
                        and noun.group() not in _SAME_PERIOD_NOUNS and _SEVERAL_BEFORE.search(before)):
                    # « Les deux plaignants … ont le même âge », « X et son adjoint habitent la
                    # même rue »: a noun the text names nowhere else, so no one named before
                    # (« la même cour » after « la cour d'appel de Douai »), shared by the
                    # things the line names before it (not « un incendie avait détruit une
                    # partie du même site », the news's place in other words)
                    continue
        elif m.group(0) in ("plus tard", "le lendemain", "la veille"):
            before = low[: m.start()]
            if " et " in before or " puis " in before or "après" in before:
                continue  # « … interpellé après l'attaque, puis relâché deux jours plus tard »
            if _DAY_NAMED.search(before):
                continue  # « Jean Dupont, hospitalisé le 3 mars, est mort deux jours plus tard »: its own day
        return True
    for m in _DEMONSTRATIVE_DET.finditer(low):
        if not _word_start(low, m.start()) or inside_quote(text, m.start()):
            continue
        if low.startswith("dernier", m.end()) and _owner_before(text, m.start()):
            continue  # « un écart avec son frère Jonathan que ce dernier … »: the last one named in the line
        return True
    return False


# « Un hommage national lui sera rendu »: « lui », « leur » before a verb (an
# auxiliary or a modal, which is all a regex can tell) stand for someone; with
# no name before them in the line, someone of a previous sentence.
# (Any verb in the future, the conditional or the imperfect too: « Une part
# de 100 000 euros leur reviendra »; a noun after « leur » has none of
# these endings, « leur portrait » and « leur front » aside.)
_DATIVE_CLITIC = re.compile(
    r"\b(?:lui|leur) (?:ne |n')?(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|sera|seront|serait|"
    r"seraient|fut|furent|va|vont|allait|doit|doivent|devait|devrait|peut|peuvent|pourrait|pourraient"
    r"|[a-zàâçéèêëîïôûù]+(?:[eiudvr]ra|[eiudvr]ront|[eiudv]rait|[eiudv]raient|aient))\b")


def _clitic_before_any_name(text: str) -> bool:
    """The line holds « lui » or « leur » before a verb (_DATIVE_CLITIC), out
    of a quotation, with no capitalised word before it but the first."""
    m = _DATIVE_CLITIC.search(text)
    if m is None or inside_quote(text, m.start()):
        return False
    return not any(word[:1].isupper() for word in text[: m.start()].split()[1:])


# An object pronoun, which stands for a noun group (« Le musée ne les avait
# pas fait assurer », « Jakarta envisageait d'en acquérir 24 »): after
# « ne », before an auxiliary, « d'en » before an infinitive (not « d'en
# face », « d'en haut »). « lui », « leur »: see _DATIVE_CLITIC.
_AUXILIARY = r"(?:a|ont|avait|avaient|aura|auront|aurait|auraient|eut|eurent)\b"
# (Written to open on one of its first letters, the look-behinds after it:
# searched quicker than « \b(?:ne |n') … » tried at every position.)
_OBJECT_CLITIC = re.compile(
    r"[NnLlEeDd](?<![\w'’][NnLlEeDd])(?:"
    r"(?<=[Nn])(?:e (?:les|la|le|l['’]|en)\b|['’]en\b)"
    rf"|(?<=[Ll])(?:es {_AUXILIARY}|['’]{_AUXILIARY})"
    rf"|(?<=[Ee])n {_AUXILIARY}"
    # (« en » of a set phrase stands for nothing: « d'en finir avec », « d'en découdre », « d'en savoir plus ».)
    r"|(?<=[Dd])['’]en (?!(?:face|haut|bas|cours|outre|dessous|dessus|finir|découdre|savoir (?:plus|davantage))\b)"
    r"[a-zàâçéèêëîïôûù]+(?:er|ir|re|oir)\b)")
_NOUN_GROUP_OR_NUMBER = re.compile(
    r"\b(?:(?:le|la|les|un|une|des|du|au|aux|ces|ses|leurs|plusieurs|deux|trois|quatre|cinq|six|sept|huit|neuf"
    r"|dix|douze|quinze|vingt|trente|cent|mille)\s+|l['’])[a-zàâçéèêëîïôûùA-ZÉ]|\d", re.I)


# An object pronoun's verb (two words at most) right before a colon: the
# pronoun stands for the clause after it.
_CATAPHORIC_COLON = re.compile(r"[^\W\d]*(?:\s+[^\W\d]+){0,2}\s*:\s+\S")


def _object_clitic_back(text: str) -> bool:
    """The line holds an object pronoun (_OBJECT_CLITIC), out of a
    quotation, with no noun group, number or name before it but the one
    opening the line (its subject, which an object pronoun never stands
    for): it stands for something of another sentence."""
    for m in _OBJECT_CLITIC.finditer(text):
        if inside_quote(text, m.start()):
            continue
        if _CATAPHORIC_COLON.match(text, m.end()):
            continue  # « Le ministre de l'Intérieur l'a promis : 1 500 policiers … »: the colon's clause
        head = text[: m.start()]
        if _subject_group_only(head):
            return True  # « Le tribunal correctionnel de Nîmes l'avait jugé »: « Nîmes » is of the subject
        if any(g.start() > 0 for g in _NOUN_GROUP_OR_NUMBER.finditer(head)):
            continue
        if any(word[:1].isupper() for word in head.split()[1:]):
            continue
        return True
    return False


# What tells a verb or a clause before an object pronoun: the head is then
# more than the subject's group (« La police a arrêté Jean Dupont et l'a … »).
_VERB_OR_CLAUSE_WORDS = frozenset((
    "a", "ont", "est", "sont", "était", "étaient", "avait", "avaient", "sera", "seront", "serait", "seraient",
    "aura", "auront", "aurait", "auraient", "été", "qui", "que", "qu'", "qu’", "dont", "où", "et", "ou", "mais",
    "puis", "ne", "n'", "n’", "se", "s'", "s’"))


def _subject_group_only(head: str) -> bool:
    """Whether the words before an object pronoun are only the subject's
    noun group: an article first, no comma, quotation or colon, no word of
    a verb or a clause (_VERB_OR_CLAUSE_WORDS, an imperfect's ending). The
    pronoun then stands for no word of it (the subject, or a name inside
    its group: « le tribunal correctionnel de Nîmes »)."""
    words = head.split()
    if len(words) < 2 or words[0] not in ("Le", "La", "Les", "Un", "Une") and not words[0].startswith(("L'", "L’")):
        return False
    if any(c in head for c in ",;:«»()"):
        return False
    for word in words[1:]:
        low = word.lower()
        if low in _VERB_OR_CLAUSE_WORDS or low.endswith(("ait", "aient")) or low.startswith(("qu'", "qu’")):
            return False
    return True


def _root_index(doc) -> int:
    """The index of a parse's first root, 0 if it has none (memoized on the
    Doc: asked many times per sentence)."""
    i = doc.user_data.get("seoarticle.root")
    if i is None:
        dep = words_of(doc).dep
        i = doc.user_data["seoarticle.root"] = dep.index("ROOT") if "ROOT" in dep else 0
    return i


def _root(doc):
    """The first root of a parse, as a token (see `_root_index`)."""
    return doc[_root_index(doc)]


def _is_clause(doc, a: int, b: int) -> bool:
    """True when the characters a..b hold one syntactic unit that can go: no
    quotation mark, not the main verb or its subject, and every word in it
    hangs from one head inside it (a subtree, give or take punctuation)."""
    w = words_of(doc)
    doc_text = w.doc_text
    if doc_text.find("«", a, b) >= 0 or doc_text.find("»", a, b) >= 0:
        return False
    span = doc.char_span(a, b, alignment_mode="contract")
    if span is None:
        return False
    punct, dep, head = w.punct, w.dep, w.head  # (the lists read for each word: looked up once)
    toks = [k for k in range(span.start, span.end) if not punct[k]]
    if not toks:
        return False
    root = _root_index(doc)
    if root in toks:
        return False
    for k in toks:
        if head[k] == root and dep[k].startswith("nsubj"):
            return False
    inside = set(toks)
    heads = 0
    for k in toks:
        if head[k] not in inside or head[k] == k:
            heads += 1
    return heads == 1


def _subject_starts_at(doc, i: int) -> bool:
    """The main clause's subject starts at token i: as the parse says, or,
    when the parse is broken (« Lors du dernier tour, Alistair accélère et
    crée … » comes out with « Lors » as its root), as the words say: a
    determiner, a name or a subject pronoun, then a finite verb before any
    other comma."""
    t = _nsubj_child(words_of(doc), _root_index(doc))  # (off the words: a token only for the edge)
    if t is not None:
        return doc[t].left_edge.i == i
    return surface_clause_at(doc, i)


def _nsubj_child(w: Words, i: int) -> int | None:
    """Token i's first child whose relation is a nominal subject (nsubj,
    nsubj:pass…), or None (a loop: quicker than next() over a generator)."""
    dep = w.dep
    for c in w.children(i):
        if dep[c].startswith("nsubj"):
            return c
    return None


def surface_clause_at(doc, i: int, end: int | None = None) -> bool:
    """A clause opens at token i as the words show (for a broken parse): a
    determiner, a name or a subject pronoun, then a finite verb before any
    comma, colon, quotation, parenthesis or relative pronoun (and before
    token `end`)."""
    w = words_of(doc)
    if i >= w.n:
        return False
    if not (w.pos[i] in ("DET", "PROPN") or w.lower[i] in SUBJECT_PRONOUNS or w.text[i][:1].isupper()):
        return False
    text, lower, pos, verb_finite = w.text, w.lower, w.pos, w.verb_finite
    for k in range(*slice(i + 1, end).indices(w.n)):  # doc[i + 1 : end]
        if text[k] in (",", ";", ":", "«", "(") or lower[k] in _RELATIVES:
            return False
        if verb_finite[k] or (pos[k] in ("ADJ", "NOUN") and _looks_finite(w, k)):  # (all it can be true of)
            return True
    return False


_THIRD_PERSON_ENDING = re.compile(r"(?:e|ent|it|ait)$")


def _looks_finite(w: Words, i: int) -> bool:
    """A present-tense verb the small model tags as an adjective or noun
    right after a name (« Alistair accélère »): a lower-case word ending like
    a third-person verb, after a name (token i of the words `w`)."""
    word = w.text[i]
    return (i > 0 and w.text[i - 1][:1].isupper() and word.islower() and w.pos[i] in ("ADJ", "NOUN")
            and _THIRD_PERSON_ENDING.search(word) is not None and "Fin" not in w.morph(i, "VerbForm")
            and not w.morph(i, "Gender"))


_FRAME = re.compile(r"(?:en ce qui concerne|quant à|quant aux?|concernant|s'agissant|dans le cas)\b", re.I)
# A leading adjunct that says who holds the statement true (« Selon les
# experts, le vaccin est efficace à 90 % »: without it, an opinion becomes a
# fact), or how long or how surely it holds (« En attendant, la ligne
# fermera plus tôt le dimanche »: without it, a stopgap becomes the rule),
# or the period a change is measured over (« Depuis le 1er janvier, le titre
# cède près de 9 % »: without it, the fall would be of the day), or the time
# or the case it holds in (« Pendant ces fermetures, les patients devront
# composer le 15 »: without it, a night's rule becomes the rule; « En cas de
# pluie, … », « Faute d'accord, … », « Sauf en cas de pluie, … »; not a
# vague while, « Pendant un moment, … », nor the moment of an event, « Lors
# du dernier tour, … »), or the period,
# the ranking or the mean a figure is
# of (« Sur un an, les prix ont augmenté de 12 % », « Au classement général,
# Martinez compte 9 secondes d'avance »).
SOURCE_OPENERS = r"selon|d['’]après|suivant"  # (a pattern's alternatives) the words that give a statement's source
# (A pattern's alternatives) words that say what a statement holds for
# alone, or does not: the cases, the limits, the exceptions.
BOUNDING = (r"hors|sauf|hormis|excepté|à l['’]exception|à l['’]exclusion|en dehors|en cas|au cas|dans la limite"
            r"|sous réserve|à condition|à moins|pour les seul")
_KEPT_LEADING = re.compile(
    rf"(?:{SOURCE_OPENERS}|aux yeux d|de l['’]avis d|à en croire|pour (?:lui|elle|eux|elles)\b"
    r"|depuis\b|jusqu['’]|d['’]ici\b"
    r"|en attendant|pour l['’]instant|pour le moment|dans l['’]immédiat|provisoirement|dans un premier temps"
    r"|officiellement|en principe|théoriquement|a priori"
    rf"|{BOUNDING}"
    r"|(?:pendant|durant)\b(?! (?:un moment|un temps|quelque temps|longtemps)\b)|faute d|à défaut d|tant qu"
    r"|en l['’]absence d|par temps|en période d|en semaine|en un an|en glissement"
    r"|sur (?:un|une|deux|trois|quatre|cinq|six|dix|douze|l['’]|les)\s|(?:au|dans le) classement|en moyenne)", re.I)


def compress(s: Sentence, keep_dates: bool = True, lean: bool = False) -> str | None:
    """A shorter sentence with the same main statement, or None when nothing
    can be removed safely or what remains is too short to stand alone.

    Removed, when each is a clause of its own: a leading adverbial (« Dans leur
    briefing quotidien, »), parentheses, an incise between dashes, a
    non-restrictive relative clause, a trailing participial clause (« ,
    faisant craindre que … »), reference markers [1]. Attributions (« selon
    … ») and contrasts (« mais … ») are kept: without them the meaning changes.
    With `keep_dates` false, a leading adverbial holding a date goes too; with
    `lean`, also what an indefinite noun does or holds.
    """
    # (The variants are derived together, once per sentence: `_compressed`.)
    if lean and not keep_dates:
        return _compressed_lean_undated(s)
    forms = _compressed(s)
    return forms[2] if lean else forms[0] if keep_dates else forms[1]


@per_sentence
def _compressed(s: Sentence) -> tuple[str | None, str | None, str | None]:
    """`compress(s)`, `compress(s, keep_dates=False)` and `compress(s,
    lean=True)`, derived together from one `_removable` (a variant removing
    what the plain one removes is the same line)."""
    spans, leading, leading_dated, lean_spans = _removable(s)
    plain_leading = leading is not None and not leading_dated
    plain = _cut(s, spans + [leading] if plain_leading else spans)
    # Without the dates: the leading adverbial goes even when dated.
    undated = _cut(s, spans + [leading]) if leading is not None and leading_dated else plain
    lean_form = _cut(s, (spans + [leading] if plain_leading else spans) + lean_spans) if lean_spans else plain
    return plain, undated, lean_form


@per_sentence
def _compressed_lean_undated(s: Sentence) -> str | None:
    """`compress(s, keep_dates=False, lean=True)` (no caller asks it: kept for
    the combination's sake)."""
    spans, leading, leading_dated, lean_spans = _removable(s)
    if not lean_spans and not (leading is not None and leading_dated):
        return _compressed(s)[0]
    return _cut(s, (spans + [leading] if leading is not None else spans) + lean_spans)


def _cut(s: Sentence, spans: list[tuple[int, int]]) -> str | None:
    """The text of `s` without the character spans `spans` (cleaned), or
    None when nothing goes or what remains does not stand alone."""
    if not spans:
        return None
    text = s.text
    spans = sorted(spans)
    out, pos = [], 0
    for a, b in spans:
        if a < pos:
            # « Le beau-frère[, Loïc Tanguy][, poursuivi pour recel,] a … »: two
            # spans sharing a comma go as one, or the comma between is left.
            pos = max(pos, b)
            continue
        out.append(text[pos:a])
        pos = b
    out.append(text[pos:])
    result = _clean("".join(out))
    if word_count(result) < MIN_WORDS or result == _clean(text) or _dangling(result):
        return None
    return result


# Third-person pronouns, each standing for a noun group: the clitics, the
# disjunctive forms (« l'une d'elles », « parmi eux »), « l'un(e) », « celui
# (-ci) », « chacun », the subjects.
_ANAPHORS = frozenset(("le", "la", "les", "l'", "lui", "leur", "en", "y", "eux", "elle", "elles", "il", "ils",
                       "un", "une", "celui", "celle", "ceux", "celles", "chacun", "chacune"))
_ANY_NOUN_ANAPHORS = frozenset(("en", "y"))  # (of a noun of any gender and number)
_CLITIC_ANAPHORS = frozenset(("le", "la", "les", "l'", "lui", "leur", "en", "y"))  # (before a verb)
_SUBJECT_ANAPHORS = frozenset(("il", "ils", "elle", "elles"))


def _referred_into(s: Sentence, candidates: list[tuple[int, int]], removed: list[tuple[int, int]]) -> set:
    """The spans among `candidates` no cut may remove: each holds a noun a
    kept pronoun after it may stand for, of its gender and number (« l'école,
    qui accueille 34 élèves répartis en deux classes, devrait perdre l'une
    d'elles »: « elles » are the classes; without them the line says
    nothing of them). Removed, the span would leave the pronoun standing for
    nothing, or for another noun. A pronoun is kept but inside the spans
    `removed` (those always removed) not refused."""
    if not candidates:
        return set()
    w = words_of(s.doc)
    if _ANAPHORS.isdisjoint(w.lower_set):
        return set()  # (a quicker test than the scan)
    pos, lower, idx = w.pos, w.lower, w.idx
    # (A clitic before a verb, or another clitic: « en danger » is no clitic,
    # whatever the tagger says.)
    pronouns = [k for k in range(w.n) if lower[k] in _ANAPHORS and pos[k] == "PRON"
                and not w.dep[k].startswith("expl") and not inside_quote(s.text, idx[k])
                and (lower[k] not in _CLITIC_ANAPHORS
                     or (k + 1 < w.n and (pos[k + 1] in ("VERB", "AUX") or lower[k + 1] in _CLITIC_ANAPHORS)))]
    refused: set = set()
    if not pronouns:
        return refused
    removed = list(removed)
    changed = True
    while changed:  # (a span refused keeps its own pronouns, which may stand for another span's noun)
        changed = False
        for a, b in candidates:
            if (a, b) in refused:
                continue
            after = [k for k in pronouns if idx[k] >= b and not any(x <= idx[k] < y for x, y in removed)]
            first = bisect_left(idx, a)
            if after and any(_may_stand_for(w, k, j) and not _subject_of_noun_before(w, k, first)
                             for k in after for j in range(first, bisect_left(idx, b))):
                refused.add((a, b))
                if (a, b) in removed:
                    removed.remove((a, b))
                changed = True
    return refused


def _subject_of_noun_before(w: Words, pronoun: int, first: int) -> bool:
    """Whether a subject pronoun stands, most likely, for the noun right
    before a span starting at word `first` (the noun the incise is of),
    of its gender and number both told: « Une première analyse, portant sur
    une dizaine de composés, n'a révélé aucune substance dangereuse, mais
    elle devra être confirmée … »: the analysis."""
    if w.lower[pronoun] not in _SUBJECT_ANAPHORS:
        return False
    j = next((x for x in range(first - 1, -1, -1) if w.pos[x] in ("NOUN", "PROPN")), None)
    if j is None:
        return False
    return all(w.morph(pronoun, f) and w.morph(pronoun, f) == w.morph(j, f) for f in ("Gender", "Number"))


def _may_stand_for(w: Words, pronoun: int, j: int) -> bool:
    """Whether word j is a noun the pronoun may stand for: of its gender and
    number when both say theirs (any noun for « en », « y »)."""
    if w.pos[j] not in ("NOUN", "PROPN"):
        return False
    if w.lower[pronoun] in _ANY_NOUN_ANAPHORS:
        return True
    for field in ("Gender", "Number"):
        mine, its = w.morph(pronoun, field), w.morph(j, field)
        if mine and its and mine != its:
            return False
    return True


def _removable(s: Sentence):
    """What `compress` may remove from s, found once for all its variants
    (by `_compressed`, which alone asks it: not memoized): the spans always
    removable, the leading adverbial (and whether a date is in it or
    before), and the spans of the lean variant."""
    text, doc = s.text, s.doc
    w = words_of(doc)
    words, idx, n = w.text, w.idx, w.n
    leading, leading_dated = None, False
    spans: list[tuple[int, int]] = []
    body_end = len(text.rstrip(" .!?…"))
    commas = _commas(words, n - 1)  # with a word after them
    # Trailing participial clause.
    for i in commas:
        nxt = w.lower[i + 1]
        if nxt.endswith("ant") and (("Part" in w.morph(i + 1, "VerbForm") and "Pres" in w.morph(i + 1, "Tense"))
                                    or nxt in ("ayant", "étant")):
            if _is_clause(doc, idx[i] + 1, body_end):
                spans.append((idx[i], body_end))
                break
    # A participial incise after the subject: « Le nouveau texte, adopté dans
    # l'urgence, définit … » -> « Le nouveau texte définit … ».
    for i in commas:
        if w.pos[i + 1] == "VERB" and "Part" in w.morph(i + 1, "VerbForm") and "Past" in w.morph(i + 1, "Tense"):
            close = next((k for k in range(i + 2, n) if words[k] == ","), None)
            if close is not None and not inside_quote(text, idx[i]) and _is_clause(doc, idx[i] + 1, idx[close]) \
                    and _verb_follows(w, idx[close]) and w.lower[close + 1] not in RELATIVE_PRONOUNS \
                    and not _figure_compared(w, i, close):
                # (« la procédure, prévue par le Pacte … de 2012, qui limitent le
                # déficit … »: a relative after the incise may be of its nouns.)
                # « …du groupe, Marc Delorme[, parti en novembre], avait alerté »:
                # the second comma closes the apposition before, and stays.
                spans.append((idx[i], idx[close] + (not _name_apposition_before(w, idx[i]))))
                break
    # (Each helper below is called only when the words it needs are there:
    # the same tests the helpers open on, without a call.)
    lower_set = w.lower_set
    if len(commas) >= 2 and commas[1] < _root_index(doc):  # (what the incise needs: two commas before the main verb)
        spans += _incise_after_subject(s)
    if not EMPHATIC.isdisjoint(lower_set):
        spans += _emphatic_pronouns(s)
    lowered = lower_for_search(text)
    # (What the absolute phrase needs: its comma after the third word, among
    # the first 15, and a participle in « -ant » before it, so « ant » in
    # the text before the comma.)
    if commas and 3 <= commas[0] < 15 and (lowered is None or lowered.find("ant", 0, idx[commas[0]]) >= 0):
        spans += _leading_absolute(s)
    # (The words a match of _TRAILING_ADJUNCT or _PURPOSE needs stand
    # between white spaces, so each is one of the sentence's words: a test
    # of the words first. Not when `lowered` is None: re.I reads some other
    # letters as these, and the words' lower case would miss them.)
    if lowered is None or not _TRAILING_ADJUNCT_TOKENS.isdisjoint(lower_set) or "instar" in lowered:
        m = _trailing_adjunct(text, body_end, lowered)
        if m and not inside_quote(text, m.start()) and any(
                dep == "ROOT" and idx[k] < m.start() for k, dep in enumerate(w.dep)):
            spans.append((m.start(), body_end))
    # the shorter variant's only
    lean_spans = [] if _RELATIVES.isdisjoint(lower_set) else _indefinite_relatives(s, body_end)
    if lowered is None or "afin" in lower_set:
        purpose = _final_purpose(s, body_end, lowered)
        if purpose is not None:
            spans.append((purpose, body_end))
    for m in _DROPPABLE_PHRASES.finditer(text) if _may_match(lowered, _DROPPABLE_WORDS) else ():
        last = bisect_left(idx, m.end()) - 1  # (its last word, or the comma after it)
        if last >= 0 and words[last] == ",":
            last -= 1
        if not inside_quote(text, m.start()) and not (w.lower[last] == "outre" and _additive_kept(w, last)):
            spans.append((m.start(), m.end() - _comma_kept(w, m.start(), m.end())))
    # Leading adverbial before the subject (a comma among the first ten words).
    # (The first comma among the first ten words: the first of `commas`, or
    # the last word of a sentence of ten words at most, with no other.)
    comma = None
    if w.pos[0] in ("ADP", "ADV") if n else False:
        if commas:
            comma = commas[0] if commas[0] < 10 else None
        elif n <= 10 and words[n - 1] == ",":
            comma = n - 1
    if comma:
        prefix = w.span_text(0, comma)
        # « Au Japon, la maladie est réapparue », « Pour le Portugal, la
        # situation est plus délicate »: a named place or party bounds the
        # statement, which without it would say more than the text.
        # (The patterns first: quicker than the test of each word.)
        if ("«" not in prefix and not _FRAME.match(prefix) and not _KEPT_LEADING.match(prefix)
                and not any(w.pos[x] in ("VERB", "AUX", "PROPN") or (words[x][:1].isupper() and x > 0)
                            for x in range(comma))
                and _subject_starts_at(doc, comma + 1) and not _bare_quantity_at(w, comma + 1)
                and w.lower[comma + 1:comma + 4] != ["il", "y", "a"]  # (an « il y a » incise would open the line)
                and not _bounding_adjunct(s, w, comma)):
            leading, leading_dated = (0, idx[comma] + 1), any(d.start < idx[comma] for d in s.dates)
    if not DROPPABLE_ADVERBS.isdisjoint(lower_set):
        spans += _connective_adverbs(s)
    for pattern, needs in _REMOVABLE_PATTERNS:
        if pattern is _COMMA_RELATIVE:
            # (Its pronoun stands between white spaces: one of the words.)
            if _COMMA_RELATIVE_WORDS.isdisjoint(lower_set):
                continue
        else:
            if pattern is _DASH_INCISE and text.isprintable():
                needs = _SPACED_DASHES  # (its dash follows a white space: in a printable text, a space)
            for x in needs:
                if x in text:
                    break
            else:
                continue  # none of what a match needs (a quicker test than the search)
        for m in pattern.finditer(text):
            if pattern is _REF or _is_clause(doc, m.start(), m.end()):
                if pattern is not _REF and _figure_compared(w, bisect_left(idx, m.start()), bisect_left(idx, m.end())):
                    continue  # « Le coût du chantier (2,7 milliards d'euros en 2019) atteindrait 3,4 milliards »
                b = m.end()
                if pattern is _COMMA_RELATIVE and _dont_including_at(text, m.start()) and (
                        text[m.end():m.end() + 1] != "," or _RELATIVE_AFTER_COMMA.match(text, m.end())
                        or _dont_subject_before_verb(w, text, m.start(), m.end())):
                    # « à quatre ans d'emprisonnement, dont deux avec sursis. »:
                    # « dont » for « including » ending the sentence restricts its
                    # figure; before a relative (« 148 millions d'euros, dont 60
                    # millions pour le groupe scolaire, qui … »), the relative would
                    # then be said of the noun before. Between a subject and its
                    # verb it may go: « Dix personnes[, dont trois enfants,] ont été tuées ».
                    continue
                if pattern is _COMMA_RELATIVE and _cleft_before(w, text, m.start()):
                    # « C'est un oncle, photographe amateur, qui lui offre son
                    # premier appareil »: the relative of a cleft is its point.
                    continue
                if pattern is _COMMA_RELATIVE and _present_participle_follows(w, b):
                    # « le thème « … », dont le motif était des ponts, symbolisant
                    # l'ouverture »: what the participle says is of the relative's
                    # words; without them it would be said of the theme.
                    continue
                if pattern is _COMMA_RELATIVE and _verb_follows(w, b):
                    # « La série, qui sera dévoilée …, conserve » -> « La série
                    # conserve »; a verb with its subject after it opens an
                    # incise of saying, whose comma stays (« faisant 17 blessés[,
                    # dont trois …], a indiqué la préfecture »).
                    if not _subject_after_verb(w, b) and not _name_apposition_before(w, m.start()):
                        b += 1
                elif pattern is _COMMA_RELATIVE and text[b:b + 1] == "," and not _subject_starts_at(
                        doc, bisect_right(idx, b)):
                    # « …, Pierre Vasseur, qui a reconnu que …, faute de moyens. »:
                    # what follows the comma may still be the relative's (its
                    # adjunct, « , et 10,2 % à 4,4 % »): its end is certain only
                    # before the main verb or the main subject.
                    continue
                a = m.start()
                if pattern is _DASH_INCISE:
                    # « L'attentat, qui survient … à Marseille – visant … – a
                    # bouleversé … »: the dash closes the relative too, which goes with it.
                    rel = _RELATIVE_BEFORE_DASH.search(text[:a])
                    if rel and _verb_follows(w, b - 1):
                        a = rel.start()
                spans.append((a, b))
    # An incise between two commas before an inverted incise of saying
    # (« … au musée de Dijon[, installé dans l'ancien palais des ducs,] a
    # annoncé dimanche la mairie »): its second comma stays, that incise's.
    if spans and any(text[b - 1] == "," and text[a] == "," for a, b in spans):
        spans = [(a, b - 1) if text[a] == "," and text[b - 1] == "," and _inverted_saying_after(s, w, b - 1, a) else (a, b)
                 for a, b in spans]
    # Nothing inside a quotation goes: its words are the speaker's, word for
    # word (« « Sans la vigilance du conducteur[, qui a freiné …,] le bilan
    # aurait pu … » »).
    if "«" in text or '"' in text:
        spans = [x for x in spans if not _cuts_quotation(text, *x)]
        lean_spans = [x for x in lean_spans if not _cuts_quotation(text, *x)]
    # Not a span holding what a kept pronoun stands for.
    refused = _referred_into(s, spans + lean_spans + ([leading] if leading else []), spans)
    if refused:
        spans = [x for x in spans if x not in refused]
        lean_spans = [x for x in lean_spans if x not in refused]
        if leading in refused:
            leading, leading_dated = None, False
    return spans, leading, leading_dated, lean_spans


def _cuts_quotation(text: str, a: int, b: int) -> bool:
    """Whether removing the characters a..b of `text` would cut into a
    quotation: either end inside one (a whole quotation going is no cut
    into it)."""
    return inside_quote(text, a) or inside_quote(text, b)


PLUPERFECT_AUXILIARIES = frozenset(("avait", "avaient", "était", "étaient"))
# A year (« en 2013 », « de novembre 2023 »), or an adjunct that names an
# event or a time back from now (« lors des inondations … », « il y a un an »).
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_EVENT_OR_AGO = re.compile(r"(?:à l['’]époque|il y a|lors d|avant\b)", re.I)
# The words that make a leading adjunct the statement's claim (« Jamais depuis
# 2008, les Rochelais n'avaient perdu … »: without it the line says the
# opposite; « Pour la première fois depuis 1986, un second tour sera … »).
_CLAIM_WORDS = frozenset(("jamais", "fois", "guère"))
# The adverbs of place or time that bound a statement alone (« Ailleurs, la
# situation est sous contrôle », « Autrefois, le village comptait … »).
_PLACE_OR_TIME_ADVERBS = frozenset(("ailleurs", "ici", "là", "là-bas", "localement", "partout", "autrefois", "jadis",
                                    "naguère", "auparavant", "jusqu'ici", "jusque-là"))
# The prepositions that open an adjunct of place or scope (« Au niveau
# national », « Dans le monde », « Au plus fort de la tempête »).
_SCOPE_PREPOSITIONS = frozenset(("à", "au", "aux", "en", "dans", "sur", "chez", "pour", "parmi"))
# Connectives made of a noun group: they tie a statement to the text, and bound nothing.
_CONNECTIVE_GROUP = re.compile(r"(?:d['’]une part|d['’]autre part|tout d['’]abord|de fait|en fait|par exemple"
                               r"|de (?:son|leur) côté|pour (?:sa|leur) part|à cet égard|en tout cas|dans ce cadre"
                               r"|à titre (?:de|d['’])\s*\w+|sur le plan \w+)$",
                               re.I)


def _simple_present(w: Words, comma: int) -> bool:
    """The clause after token `comma` tells in the simple present (« Lors du
    dernier tour, Alistair accélère … », a narrative's present): no earlier
    time to bound."""
    k = next((k for k in range(comma + 1, w.n) if w.verb_finite[k]), None)
    return (k is not None and w.pos[k] == "VERB" and "Pres" in w.morph(k, "Tense")
            and "Ind" in w.morph(k, "Mood"))


def _counts_noun(w: Words, k: int) -> bool:
    """The number at token k counts the noun after it (« 2000 salariés »): no
    year, which follows its noun (« l'année 2023 ») or stands alone."""
    return w.dep[k] == "nummod" and w.head[k] > k


def _bounding_adjunct(s: Sentence, w: Words, comma: int) -> bool:
    """Whether the leading adjunct (the words before token `comma`) bounds
    its statement, which without it would read as the news's own or as
    holding everywhere:
    - it names a year, not as where a span up to now starts (« En 2013, …
      », « Lors des inondations de novembre 2023, le coût des sinistres
      avait été évalué à 640 millions d'euros »; not « Pour la première
      fois depuis leur introduction en 2002, »), or opens on « il y a »;
    - a group with a noun, no connective, before a figure: a scope (« Au
      niveau national, la couverture à deux doses atteint 85 % », in an
      article about one département; « Au plus fort de la tempête, les
      secours recevaient … plus de 10 000 appels »);
    - the clause after it is in the pluperfect (« À titre de comparaison,
      le département n'avait enregistré que cinq cas »): the adjunct sets
      the earlier time or frame it is told in."""
    prefix = s.text[: w.idx[comma]]
    if not _CLAIM_WORDS.isdisjoint(w.lower[:comma]) or ("plus" in w.lower[:comma] and "depuis" in w.lower[:comma]):
        return True  # (« Jamais depuis 2008, », « Pour la première fois depuis 1986, »: the claim itself)
    # (A year, not a count: « 2000 salariés » counts.)
    year = next((k for k in range(comma) if _YEAR.fullmatch(w.text[k]) and not _counts_noun(w, k)), None)
    if (year is not None and "depuis" not in w.lower[:year]) or (
            _EVENT_OR_AGO.match(prefix) and not (w.lower[0] in ("lors", "avant") and _simple_present(w, comma))):
        return True  # (« depuis leur introduction en 2002 » reaches up to now: it dates nothing past)
    if comma == 1 and w.lower[0] in _PLACE_OR_TIME_ADVERBS:
        return True  # (« Ailleurs, la situation est sous contrôle »)
    if (w.lower[0] in _SCOPE_PREPOSITIONS and "NOUN" in w.pos[:comma] and not _leading_connective(prefix + ", ")
            and not _CONNECTIVE_GROUP.match(prefix) and not (w.lower[0] == "parmi" and w.pos[comma + 1] == "NUM")):
        # (« Parmi les blessés, trois enfants sont … »: a counted part, true without its set.)
        return True  # (whatever follows: « Au niveau national, la couverture vaccinale progresse nettement »)
    if any(_YEAR.fullmatch(w.text[k]) and not _counts_noun(w, k) for k in range(comma + 1, w.n)):
        return False  # (the clause dates itself: « …, le département n'avait enregistré que cinq cas sur … 2023 »)
    k = next((k for k in range(comma + 1, w.n) if w.verb_finite[k]), None)
    if k is None or w.lower[k] not in PLUPERFECT_AUXILIARIES:
        return False
    return any("Part" in w.morph(j, "VerbForm") and "Past" in w.morph(j, "Tense") for j in range(k + 1, min(k + 4, w.n)))


# Words that count a part of a set named elsewhere (« la plupart », « les
# autres », « l'une », « trois »): a subject of them alone needs that set.
_QUANTITY_WORDS = frozenset(("plupart", "certains", "certaines", "plusieurs", "autres", "moitié", "tiers", "quart",
                             "un", "une", "chacun", "chacune", "aucun", "aucune", "tous", "toutes", "beaucoup",
                             "majorité", "minorité", "partie"))
_PARTITIVE_DE = frozenset(("de", "d'", "d’", "des", "du"))


def _bare_quantity_at(w: Words, k: int) -> bool:
    """Whether the subject at word k is a number or a part with no noun of
    its own (« Parmi elles, 140 ont été hébergées … », « la plupart d'entre
    eux »): the leading adjunct before it names what it counts, and stays
    (« 140 ont été hébergées » alone says 140 of nothing)."""
    if k < w.n and w.pos[k] == "DET" and w.lower[k] in ("la", "les", "l'", "l’", "une", "un"):
        k += 1
    if k + 1 >= w.n or not (w.lower[k] in _QUANTITY_WORDS or w.like_num[k]):
        return False
    nxt = w.lower[k + 1]
    if w.pos[k + 1] in ("NOUN", "PROPN", "ADJ") or (w.like_num[k] and w.like_num[k + 1]):
        return False  # « trois enfants », « 2 300 personnes » (a number in groups)
    if nxt in _PARTITIVE_DE:
        return k + 2 < w.n and w.lower[k + 2] in ("entre", "eux", "elles")  # « la plupart des blessés » has its noun
    return True


def _name_apposition_before(w: Words, at: int) -> bool:
    """Whether the comma at offset `at` (a relative's) closes an apposition
    to the subject, opened by the comma before it: « Le maire de Vierzon,
    Nicolas Sansu, qui préside …, a dénoncé » -> « Le maire de Vierzon,
    Nicolas Sansu, a dénoncé », the pair of commas around the apposition
    kept (« Nicolas Sansu, maire de Vierzon, … », « Le conducteur, âgé de 20
    ans, … » alike). No finite verb before it, and the comma before is no
    leading adjunct's: the first comma of a sentence opening on a
    preposition or an adverb (« À Vierzon, Nicolas Sansu, qui … » -> « À
    Vierzon, Nicolas Sansu a dénoncé »)."""
    c = bisect_left(w.idx, at)
    if True in w.verb_finite[:c]:
        return False
    p = next((k for k in range(c - 1, 0, -1) if w.text[k] == ","), None)
    if p is None:
        return False
    if not any(w.head[x] < p for x in range(p + 1, c)):
        return False  # « Mardi, le conducteur, qui … »: the words since the comma hang on none before it, no apposition
    return not (w.pos[0] in ("ADP", "ADV", "SCONJ") and "," not in w.text[:p])


def _figure_compared(w: Words, a: int, b: int) -> bool:
    """Whether the words a..b hold a figure that another, out of them,
    needs: « Le coût du chantier, estimé à 2,7 milliards d'euros en 2019,
    atteindrait désormais 3,4 milliards »: « 3,4 milliards » says no unit of
    its own (« milliards » with no « de » after it), nor « le double »; it is
    read against the first, which holds it."""
    text, lower = w.text, w.lower
    if not any(any(map(str.isdigit, t)) for t in text[a:b]):
        return False
    # « La majorité des malades (29 sur 42) sont des enfants …, et 34 d'entre
    # eux … »: a number counted out of a set after them (« d'entre eux »,
    # « parmi eux ») is read against their figure (34 of the 42 patients;
    # without it, of the children).
    for k in range(b, w.n - 2):
        if (w.pos[k] == "NUM" or any(map(str.isdigit, text[k]))) and (
                (lower[k + 1] in ("d'", "d’") and lower[k + 2] == "entre") or lower[k + 1] == "parmi"):
            return True
    for k in [*range(0, a), *range(b, w.n - 1)]:
        if lower[k + 1] in _BARE_MAGNITUDES and any(map(str.isdigit, text[k])) and (
                k + 2 >= w.n or lower[k + 2] not in ("de", "d'", "d’")):
            return True
        if lower[k + 1] in _RATIOS and lower[k] in ("le", "la", "au", "à") and (
                k + 2 >= w.n or lower[k + 2] not in ("de", "d'", "d’", "du", "des")):
            return True
    return False


_BARE_MAGNITUDES = {"millier", "milliers", "million", "millions", "milliard", "milliards"}
_RATIOS = {"double", "triple", "quadruple", "moitié", "tiers", "quart"}  # (« atteindrait le double »)


def _bare_role(w: Words, a: int) -> bool:
    """Whether the words before token `a` are a role with nothing to say
    whose: a determiner, then nouns and adjectives, a noun among them (« Le
    maire », « L'ancien maire », « Le maire sortant »; not « Le maire de
    Lyon »)."""
    return (a >= 2 and w.pos[0] == "DET" and all(w.pos[k] in ("NOUN", "ADJ") for k in range(1, a))
            and "NOUN" in w.pos[1:a])


def _indexes(items: list, value, start: int = 0, end: int | None = None) -> list[int]:
    """The indexes i, start <= i < end (as a slice reads them), where
    items[i] == value, in order: found with list.index, quicker than a
    loop over every word when the value is one of a few (a comma, « qui »).
    (As many searches as the list holds the value: none raises, but when
    some are out of the bounds.)"""
    out = []
    if end is None:
        end = len(items)
    i = start - 1 if start > 0 else -1
    for _ in range(items.count(value)):
        try:
            i = items.index(value, i + 1, end)
        except ValueError:
            break
        out.append(i)
    return out


def _commas(words: list[str], end: int) -> list[int]:
    """The indexes of the comma tokens among words[:end], in order."""
    return _indexes(words, ",", 0, end)


def _trailing_adjunct(text: str, body_end: int, lowered: str | None):
    """`_TRAILING_ADJUNCT.search(text[:body_end])`, searched only from where a
    match can start: a match holds one of `_TRAILING_ADJUNCT_WORDS` at most
    four characters after its opening words start (« à l'instar », « de
    même que », « au même titre »), with only white space and a comma
    before them. `lowered` is `lower_for_search(text)` (None: searched
    whole)."""
    body = text[:body_end]
    if lowered is None:
        return _TRAILING_ADJUNCT.search(body)
    first = -1
    for word in _TRAILING_ADJUNCT_WORDS:
        at = lowered.find(word)
        if at >= 0 and (first < 0 or at < first):
            first = at
    if first < 0:
        return None  # (what `_may_match` tells: no word the pattern needs)
    start = max(0, first - 4)
    while start > 0 and (body[start - 1 : start].isspace() or body[start - 1 : start] == ","):
        start -= 1
    return _TRAILING_ADJUNCT.search(body, start)


def _dont_including_at(text: str, at: int) -> bool:
    """« …, dont trois enfants, … », « …, dont deux avec sursis. »: a match of
    `_COMMA_RELATIVE` at `at` opening on « dont » with no verb before the next
    comma or the end: « including », no relative clause. (A verb: a word in
    « -é », « -ait », « -ont » … is enough to keep the relative reading. Read
    off the text, where `offline._dont_including` reads a parse's words.)"""
    m = _DONT_GROUP.match(text, at)
    return m is not None and not _VERB_FORM.search(m.group(1))


def _dont_subject_before_verb(w: Words, text: str, a: int, b: int) -> bool:
    """Whether the « dont » group at offsets a..b (no verb in it, a comma
    after it) is the subject of the verb that follows it, so the opening
    of a relative clause: the sentence's verb comes before it (« La
    découverte intervient … après celle de la société Carbios, dont
    l'enzyme, présentée en avril 2020 …, dépolymérisait 90 % du PET »), and
    a verb follows the comma, its subject not after it (no incise of
    saying). Removed, it would leave two verbs run together (« … Carbios
    dépolymérisait … »). Between a subject and its verb it is « including »
    (« Dix personnes, dont trois enfants, ont été tuées »)."""
    root = w.dep.index("ROOT") if "ROOT" in w.dep else 0
    if root > (at := bisect_left(w.idx, b)) and w.pos[root] in ("VERB", "AUX"):
        # « La société Carbios, dont l'enzyme, présentée en avril 2020,
        # dépolymérisait 90 % du PET …, a levé 100 millions »: inside the
        # subject, a finite verb before the main one, not of it, is the
        # relative's (the enzyme depolymerises, not the company).
        k = next((k for k in range(at, root) if w.verb_finite[k]), None)
        if k is not None and w.head[k] != root and not inside_quote(text, w.idx[k]):
            return True
    if root >= bisect_left(w.idx, a) or w.pos[root] not in ("VERB", "AUX") or inside_quote(text, w.idx[root]):
        return False
    return _verb_follows(w, b) and not _subject_after_verb(w, b)


_DONT_GROUP = re.compile(r",\s+dont\s+((?:[^,]|(?<=\d),(?=\d))*)")  # (see _DECIMAL_COMMA)
_VERB_FORM = re.compile(
    r"\b(?:est|sont|était|étaient|a|ont|avait|avaient|sera|seront|fut|furent)\b|\w+(?:ait|aient|ent|é|ée|és|ées)\b")


_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_DASH_INCISE = re.compile(r"\s+[–—-]\s+[^–—«»]+?\s+[–—-](?=[\s,])")
# A comma between two digits is a decimal comma (« 47,6 % »), never the end
# of a clause: the patterns below that stop at a comma pass over it.
_DECIMAL_COMMA = r"(?<=\d),(?=\d)"
_COMMA_RELATIVE = re.compile(
    rf",\s+(?:qui|dont|où|lequel|laquelle)\s+(?:[^,«»]|{_DECIMAL_COMMA})+(?=,(?!\d)|\.$)")
_RELATIVE_AFTER_COMMA = re.compile(r",\s+(?:qui|que|qu['’]|dont|où)\b")
_RELATIVE_BEFORE_DASH = re.compile(rf",\s+(?:qui|dont|où)\s+(?:[^,«»–—()]|{_DECIMAL_COMMA})*$")
# The patterns of the spans `_removable` looks for, each with what a match
# of it holds, one at least (case-sensitive patterns: a quick test first).
_REMOVABLE_PATTERNS = ((_PARENTHESES, ("(",)), (_DASH_INCISE, ("–", "—", "-")),
                       (_COMMA_RELATIVE, ("qui", "dont", "où", "lequel", "laquelle")), (_REF, ("[",)))
_COMMA_RELATIVE_WORDS = frozenset(_REMOVABLE_PATTERNS[2][1])  # (its case-sensitive pronouns, as words)
_SPACED_DASHES = (" –", " —", " -")  # what _DASH_INCISE needs in a printable text (see `_clean`)


_INDEFINITE = {"un", "une", "des", "d'", "de"}
# Nouns of a measure or an amount: « un coût », « une durée » (bare: no
# adjective, « un nombre brillant » is something else) say nothing
# without the value a relative gives them (« un coût qui pourrait atteindre
# 14 millions d'euros »).
_MEASURE_NOUNS = frozenset(
    w + p for w in ("coût", "montant", "prix", "somme", "durée", "taux", "niveau", "total", "budget", "chiffre",
                    "valeur", "nombre", "hauteur", "poids", "superficie", "surface", "longueur", "distance",
                    "délai", "volume", "vitesse", "température", "score", "bilan", "effectif", "seuil", "record")
    for p in ("", "s")) | {"niveaux"}
_NEGATION = {"ne", "n'", "pas", "jamais", "aucun", "aucune", "ni", "sans"}


def _indefinite_relatives(s: Sentence, body_end: int) -> list[tuple[int, int]]:
    """Relative clauses (with no comma before them) of a noun with an
    indefinite article: « un nouvel hologramme dans lequel apparait Europe »,
    « un nombre brillant dont la couleur pourra passer … » -> « un nouvel
    hologramme », « un nombre brillant ». What an indefinite noun does or
    holds adds to it: without it the sentence says less, never something
    else. Not after a negation (« n'a trouvé aucun X qui … » would flip)."""
    text = s.text
    w = words_of(s.doc)
    words, lower, pos, idx, n = w.text, w.lower, w.pos, w.idx, w.n
    if _RELATIVES.isdisjoint(w.lower_set):
        return []  # (a quicker test than the loop)
    out = []
    for i in [j for j in range(2, n) if lower[j] in _RELATIVES]:  # (the relative pronouns only)
        if inside_quote(text, idx[i]):
            continue
        start = i
        if lower[i] in ("lequel", "laquelle", "lesquels", "lesquelles") and pos[i - 1] == "ADP":
            start = i - 1
        k = start - 1
        while k > 0 and pos[k] == "ADJ":
            k -= 1
        noun = k
        if pos[noun] != "NOUN" or words[start - 1] == ",":
            continue
        if k > 0 and pos[k - 1] == "NOUN" and not any(w.dep[c] == "det" for c in w.children(noun)):
            noun = k - 1  # « un site internet où … »: the article is the first noun's
        det = next((c for c in w.children(noun) if w.dep[c] == "det" and pos[c] == "DET"), None)
        if det is None or lower[det] not in _INDEFINITE or not _NEGATION.isdisjoint(lower[:start]):
            continue  # « le car de patrouille dans lequel … »: « de » is no article
        if _PRESENTATIVE.search(text[: idx[start]]):
            continue  # « ce sont … 4 milliards d'êtres humains qui sont exposés »: the relative is the point
        if lower[noun] in _MEASURE_NOUNS and det == noun - 1 and noun == start - 1:
            continue  # « pour un coût qui pourrait atteindre 14 millions d'euros »: a measure without its value
        close = next((x for x in range(i + 1, n) if words[x] in (",", ";", ":", "«", "(") or idx[x] >= body_end), None)
        end = idx[close] if close is not None else body_end
        if close is not None and words[close] == "," and close + 1 < n and (
                pos[close + 1] in ("ADJ", "SCONJ") or "Part" in w.morph(close + 1, "VerbForm")
                or lower[close + 1] in _RELATIVES):
            # « …, chargés de protéger … » hangs on what the relative names;
            # « un niveau qui n'avait plus été observé depuis la crue de 1907,
            # quand le fleuve était monté à 6,48 mètres »: a clause after it
            # may be of its words (the « quand » of 1907's flood), and would
            # be said of the sentence's time without them.
            continue
        if det > 0 and words[det - 1] == ",":
            # « …, dimanche à 18 heures, un niveau qui n'avait plus été observé
            # … »: an indefinite group set after a comma, in apposition, says
            # what its relative says, and nothing without it.
            continue
        if not any(w.verb_finite[x] for x in range(i + 1, n) if idx[x] < end):
            continue
        if word_count(text[: idx[start]]) < MIN_WORDS:
            continue
        out.append((idx[start] - 1 if text[idx[start] - 1 : idx[start]] == " " else idx[start], end))
    return out


_PRESENTATIVE = re.compile(r"\b(?:c['’]\s*|ce\s+|se\s+)(?:est|sont|était|étaient)\b", re.I)  # (« C'est » too)
# A cleft: « c'est » (« c'était », « ce sont » …), its focus, then a relative
# (« C'est un oncle, photographe amateur, qui lui offre … »). A finite verb
# between them opens another clause, whose relative it is (« C'est ce que
# dit le maire, qui … »); « se sont » is a reflexive verb, no presentative.
_CLEFT_OPENER = re.compile(r"\b(?:c['’]\s*(?:est|était|étaient)|ce\s+(?:sont|étaient))\b", re.I)


def _cleft_before(w: Words, text: str, at: int) -> bool:
    """True when the relative at `at` (text offset) closes a cleft: a
    `_CLEFT_OPENER` before it outside quotations (the last one), and no
    finite verb outside quotations between the two."""
    opener = None
    for m in _CLEFT_OPENER.finditer(text, 0, at):
        if not inside_quote(text, m.start()):
            opener = m
    if opener is None:
        return False
    for k in range(bisect_left(w.idx, opener.end()), w.n):
        if w.idx[k] >= at:
            break
        if w.verb_finite[k] and not inside_quote(text, w.idx[k]):
            return False
    return True


_PURPOSE = re.compile(r"(?:\s*,\s+|\s+)afin (?:de\s|d'|qu(?:e\s|'))", re.I)


def _final_purpose(s: Sentence, body_end: int, lowered: str | None = None) -> int | None:
    """Where a final « afin de / afin que » clause starts (« La conception des
    billets a été légèrement modifiée afin d'y intégrer … »): the statement
    stands without its aim. Never in a quotation, nor when the main verb
    needs the aim (« Il faudrait quatre jours afin de vider … »). Not « pour »
    + infinitive: it often carries the point (« sont descendus dans la rue
    pour protester contre … », « accepter une coalition … pour mener de
    nouvelles réformes »). `lowered`: `lower_for_search` of the text, when
    known."""
    text, doc = s.text, s.doc
    if "«" in text or "af" not in (lowered if lowered is not None else text.lower()) or _IMPERSONAL_IL.match(text):
        return None  # (no « afin » at all: a quicker test than the search)
    for m in _PURPOSE.finditer(text[:body_end]):
        before = doc.char_span(0, m.start(), alignment_mode="contract")
        if before is None or word_count(before.text) < MIN_WORDS or not any(
                "Fin" in t.morph.get("VerbForm") for t in before):
            continue
        if any(t.lemma_ in ("falloir", "suffire", "servir", "permettre", "aider", "utiliser") for t in before):
            continue
        return m.start()
    return None


def _incise_after_subject(s: Sentence) -> list[tuple[int, int]]:
    """« Angela Merkel, au pouvoir depuis 2005, fait face … » -> the span of
    « , au pouvoir depuis 2005 »: a phrase between commas right after a
    subject that opens the sentence, with no verb of its own, and a verb
    right after it. An enumeration (« Paris, Lyon, Marseille et Nice
    sont … ») never has a verb after its second comma."""
    doc, text = s.doc, s.text
    w = words_of(doc)
    root = _root_index(doc)
    if w.text[:root].count(",") < 2:
        return []  # (two commas before the main verb: a quicker test than the subject's)
    subj = next((c for c in w.children(root) if w.dep[c].startswith("nsubj") and c < root), None)
    if subj is None:
        return []
    if not w.verb_finite[root] and "Part" in w.morph(root, "VerbForm") and not any(
            w.dep[c].startswith("aux") for c in w.children(root)):
        # « Le beau-frère, Loïc Tanguy, poursuivi pour recel, a … été relaxé »:
        # the parse may make the participle of an incise the root; the main
        # verb is then the first finite one after it.
        root = next((k for k in range(root + 1, w.n) if w.verb_finite[k]), root)
    before = w.text[:root]
    commas = [k for k, x in enumerate(before) if x == ","]
    if commas[0] <= subj or w.pos[commas[0] - 1] not in ("PROPN", "NOUN"):
        return []
    if commas[0] == 1 and _opening_participle(w.lower[0]):
        # « Contacté, son président, Thierry Mouchel, a démenti … »: the
        # parse takes the opening participle for a name and the subject; the
        # subject is what follows its comma, and goes with no incise.
        return []
    if doc[subj].left_edge.i != 0:  # (after the words' tests: a token's edge is slower to read)
        return []
    # « Le beau-frère, Loïc Tanguy, poursuivi pour recel, a … »: the incises
    # run to the last comma before the main verb (a participle after the
    # second comma is no main verb).
    a, b = commas[0], commas[-1]
    inner = range(a + 1, b)
    if not len(inner) or inside_quote(text, w.idx[a]) or any(w.text[x] in "«»()" for x in inner):
        return []
    if any(w.verb_finite[x] for x in inner):
        return []
    if not _verb_follows(w, w.idx[b]):
        return []
    if _bare_role(w, a) and w.text[a + 1][:1].isupper():
        # « Le maire, Grégory Doucet, a appelé … »: the name says who a bare
        # role (`_bare_role`) is, and stays with its pair of commas;
        # what follows it may go (« Le beau-frère, Loïc Tanguy[, poursuivi pour
        # recel], a … été relaxé »). (« Le maire de Vidauban[, Gérard
        # Pellegrin,] a ouvert … » is known without it.)
        c = next((x for x in commas if x > a), b)
        return [(w.idx[c], w.idx[b])] if c < b else []
    return [(w.idx[a], w.idx[b] + 1)]


@per_sentence
def _emphatic_pronouns(s: Sentence) -> list[tuple[int, int]]:
    w = words_of(s.doc)
    if EMPHATIC.isdisjoint(w.lower_set):
        return []  # (a quicker test than the loop)
    spans = []
    for i in [j for j in range(1, w.n) if w.lower[j] in EMPHATIC]:  # (those words only)
        if (w.verb_finite[i - 1] and w.space[i - 1] and i + 1 < w.n
                and not w.punct[i + 1] and not inside_quote(s.text, w.idx[i])):
            spans.append((w.idx[i] - 1, w.end_char(i)))
    return spans


@per_sentence
def _connective_adverbs(s: Sentence) -> list[tuple[int, int]]:
    """Connective adverbs whose removal leaves the statement as it was
    (« L'alliance perd toutefois 65 sièges »), with the space before them,
    or with their commas when they stand between two."""
    text = s.text
    w = words_of(s.doc)
    if DROPPABLE_ADVERBS.isdisjoint(w.lower_set):
        return []  # (a quicker test than the loop)
    spans = []
    for i in [j for j in range(1, w.n) if w.lower[j] in DROPPABLE_ADVERBS]:  # (those words only)
        if w.lower[i] in ADDITIVE_ADVERBS and _additive_kept(w, i):
            continue
        if (w.pos[i] in ("ADV", "CCONJ")
                and not (i + 1 < w.n and w.lower[i + 1] in ("que", "qu'"))
                and not _degree(w, i)):
            a, b = w.idx[i], w.end_char(i)
            if w.text[i - 1] == "," and i + 1 < w.n and w.text[i + 1] == ",":
                a, b = w.idx[i - 1], w.idx[i + 1] + 1
                b -= _comma_kept(w, a, b)
            elif i + 1 < w.n and w.text[i + 1] == "," and w.lower[i - 1] in ("et", "ou", "mais"):
                # « … les plus rapides et notamment, l'Espagnol Mario Mola »: it
                # opens what follows (an example, a consequence), and its comma
                # would be left behind: kept.
                continue
            if not inside_quote(text, a):
                spans.append((a - 1 if text[a - 1 : a] == " " else a, b))
    return spans


_CLAUSE_STOPS = frozenset((";", ":", "«", "(", "»", ")"))


def _additive_kept(w: Words, i: int) -> bool:
    """Whether the additive adverb at word i stays (see ADDITIVE_ADVERBS):
    after « mais », or before a list (« et », « ou » not before a verb) or
    a number in the rest of its clause (up to a colon, a quotation, a
    subordinate or a relative clause, or a finite verb after a comma)."""
    if w.lower[i - 1] == "mais":
        return True
    for j in range(i + 1, w.n):
        if (w.text[j] in _CLAUSE_STOPS or w.pos[j] == "SCONJ" or w.lower[j] in _RELATIVES
                or (w.verb_finite[j] and w.text[j - 1] == ",")):
            return False
        if w.lower[j] in ("et", "ou") and w.pos[j] == "CCONJ":
            if j + 1 < w.n and w.pos[j + 1] not in ("VERB", "AUX"):
                return True
        elif w.like_num[j] and w.pos[j] == "NUM" and w.lower[j] not in ("un", "une"):
            return True
    return False


def drop_emphatic(s: Sentence, form: str) -> str:
    """A derived form of `s` without the emphatic pronouns `s` has after its
    verbs, nor the connective adverbs between two words (the forms are cut
    from the sentence's own text, so each is found with the word before it)."""
    for old, new in _emphatic_cuts(s):
        form = _replace_outside_quotes(form, old, new)
    return form


@per_sentence
def _emphatic_cuts(s: Sentence) -> tuple[tuple[str, str], ...]:
    """What `drop_emphatic` makes of what in a form of `s`, in order: the
    same for every form of the sentence, read once."""
    text = s.text
    cuts = []
    for a, b in _emphatic_pronouns(s):
        verb = text[:a].rsplit(" ", 1)[-1]
        cuts.append((f"{verb} {text[a + 1 : b]} ", f"{verb} "))
    for a, b in _connective_adverbs(s):
        if text[a : a + 1] != " " or text[b : b + 1] != " ":
            continue  # with its commas, or last: as the clause it sits in is cut
        before = text[:a].rsplit(" ", 1)[-1]
        if before:
            cuts.append((f"{before}{text[a:b]} ", f"{before} "))
    return tuple(cuts)


def _replace_outside_quotes(text: str, old: str, new: str) -> str:
    """`text` with each `old` that is not inside a quotation made `new`: the
    words of a quotation never change. A demonstrative made « le » or
    « les » after « à » or « de » contracts with it (« lié à ces produits »
    -> « lié aux produits », not « à les produits »)."""
    out, pos = [], 0
    article = _replaced_demonstrative(old, new)
    while (i := text.find(old, pos)) >= 0:
        before = text[pos:i]
        if inside_quote(text, i):
            out += (before, old)
        elif article and (m := _CONTRACTING_BEFORE.search(before)):
            # (The new text's spaces are kept: only « à les » becomes « aux ».)
            lead = new[: len(new) - len(new.lstrip())]
            joined = _CONTRACTIONS[(m.group(2).lower(), article)]
            if m.group(2)[:1].isupper():
                joined = joined.capitalize()
            out += (before[: m.start(2)], joined, new[len(lead) + len(article):])
        else:
            out += (before, new)
        pos = i + len(old)
    out.append(text[pos:])
    return "".join(out)


_CONTRACTIONS = {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des"}
# « à » or « de » ending a text, then spaces only (group 2: the word); « à »
# elided into « jusqu'à », « qu'à » too (« jusqu'à ces dates » -> « jusqu'aux dates »).
_CONTRACTING_BEFORE = re.compile(r"(^|\s|(?<=['’](?=à)))(à|À|de|De)(\s*)$")
_DEMONSTRATIVE_STARTS = ("ce ", "cet ", "cette ", "ces ", "Ce ", "Cet ", "Cette ", "Ces ")


def _replaced_demonstrative(old: str, new: str) -> str | None:
    """« le » or « les » when `new` is `old` with its demonstrative made that
    article (« ces produits » -> « les produits »), else None."""
    if not old.lstrip().startswith(_DEMONSTRATIVE_STARTS):
        return None
    head = new.lstrip()
    for article in ("les", "le"):
        if head.startswith(article + " "):
            return article
    return None


def _opening_participle(low: str) -> bool:
    """Whether the lowered word a sentence opens on, alone before a comma,
    is a past participle: a participle's ending, and a form of a verb in -er
    by the lemmatizer's tables (« Contacté, … », « Interrogée, … »), not a
    first name that ends alike (« Chloé, une étudiante de 19 ans, … »,
    « Timothée, … »: no verb « chloer », « timother »)."""
    if len(low) <= 4 or not low.endswith(("é", "ée", "és", "ées")):
        return False
    from .nlp import is_er_verb_form  # (the lemmatizer's tables: loaded with the model)

    return is_er_verb_form(low)


def _leading_absolute(s: Sentence) -> list[tuple[int, int]]:
    """« Les deux formations de droite la soutenant, l'alliance CSU/CDU arrive
    en tête » -> without the absolute participial phrase before the comma:
    its participle has a clitic object or is « étant »/« ayant », it has no
    finite verb, and the main clause after the comma has its own subject."""
    text = s.text
    w = words_of(s.doc)
    lower = w.lower
    first = w.text[:15]
    comma = first.index(",") if "," in first else None
    if comma is None or comma < 3 or "«" in text[: w.idx[comma]]:
        return []
    if True in w.verb_finite[:comma]:  # (booleans)
        return []
    participle = False
    for x in range(comma):  # (a loop: quicker than any() over a generator)
        if lower[x].endswith("ant") and (lower[x] in ("étant", "ayant") or (
                x > 0 and lower[x - 1] in ("la", "le", "les", "l'", "se", "s'", "en", "y", "lui", "leur"))):
            participle = True
            break
    rest = comma + 1
    if not participle or rest >= w.n or w.pos[rest] not in ("DET", "PROPN") or not has_clause(w, rest, w.n):
        return []
    return [(0, w.idx[comma] + 1)]


def _degree(w: Words, i: int) -> bool:
    """« aussi souvent qu'actuellement », « ainsi que »: the adverb (token i)
    is part of a comparison when an adjective or adverb and then « que »
    follow it; « aussi » before an adjective or an adverb is one even
    without « que » (« un mouvement aussi long »: as long as the one just
    told, not « also »)."""
    if i + 1 >= w.n or w.pos[i + 1] not in ("ADJ", "ADV"):
        return False
    return w.lower[i] == "aussi" or any(w.lower[x] in ("que", "qu'") for x in range(i + 2, min(i + 4, w.n)))


def _present_participle_follows(w: Words, comma_at: int) -> bool:
    """True when the comma at this offset is followed by a present
    participle (« symbolisant », « ayant », « étant »)."""
    k = bisect_right(w.idx, comma_at)
    if k >= w.n or w.text[k - 1] != "," or not w.lower[k].endswith("ant"):
        return False
    return w.lower[k] in ("ayant", "étant") or (
        "Part" in w.morph(k, "VerbForm") and "Pres" in w.morph(k, "Tense"))


def _comma_kept(w: Words, a: int, b: int) -> int:
    """1 when the span a..b, a connective between two commas (« À Lyon et à
    Bordeaux[, en revanche,] ils ont reculé »), must leave its second comma:
    the first closed an opening adjunct (the line opens on a preposition or
    an adverb, no finite verb before that comma) and no verb follows (the
    comma is not between a subject and its verb); else 0."""
    if b < 1 or not (0 < a < b) or w.text[bisect_right(w.idx, a) - 1] != "," or not _ends_on_comma(w, b):
        return 0
    if not (w.pos[0] in ("ADP", "ADV") or w.lower[0] in _OPENING_PREPOSITIONS) or any(
            w.verb_finite[k] for k in range(bisect_right(w.idx, a) - 1)):
        return 0
    return 0 if _verb_follows(w, b - 1) else 1


def _ends_on_comma(w: Words, b: int) -> bool:
    """The character before offset `b` is a comma token."""
    k = bisect_right(w.idx, b - 1) - 1
    return 0 <= k < w.n and w.text[k] == "," and w.idx[k] == b - 1


def _verb_follows(w: Words, comma_at: int) -> bool:
    """True when the comma at this offset is followed by a verb or its
    auxiliary (possibly after a clitic or an adverb). Not after a subject
    pronoun (« Selon l'arrêt, dont l'AFP a obtenu copie, il n'est pas établi
    … »): a clause with its own subject opens there."""
    first = bisect_right(w.idx, comma_at)  # (the offsets are in order)
    if first < w.n and w.lower[first] in SUBJECT_PRONOUNS:
        return False
    for k in range(first, min(first + 3, w.n)):
        if w.pos[k] in ("VERB", "AUX"):
            return True
        if w.pos[k] not in ("PRON", "ADV", "PART"):
            return False
    return False


def _subject_after_verb(w: Words, comma_at: int) -> bool:
    """The verb after the comma at this offset (its auxiliary may come
    first) has its nominal subject after it: an inverted incise (« , a
    indiqué la préfecture »)."""
    first = bisect_right(w.idx, comma_at)
    k = next((k for k in range(first, min(first + 3, w.n)) if w.pos[k] in ("VERB", "AUX")), None)
    if k is None:
        return False
    verb = w.head[k] if w.dep[k].startswith("aux") or w.dep[k] == "cop" else k
    subject = w.subject(verb)
    if subject is not None and subject > verb and _piece_of_compound(w, subject):
        # « , restent mobilisées ce week-end »: « week », « - », « end » cut
        # apart, and one of them read as the subject; no inverted subject.
        subject = next((c for c in w.children(verb) if c > verb and w.dep[c] in ("nsubj", "nsubj:pass")
                        and not _piece_of_compound(w, c)), None)
    return subject is not None and subject > verb


def _piece_of_compound(w: Words, k: int) -> bool:
    """Whether token k is a hyphen, or a word glued to one, of a compound
    the tokenizer cut apart (« week-end » read as « week », « - », « end »)."""
    return (w.text[k] in ("-", "‑") or k + 1 < w.n and not w.space[k] and w.text[k + 1] in ("-", "‑")
            or k > 0 and not w.space[k - 1] and w.text[k - 1] in ("-", "‑"))


def _inverted_saying_after(s: Sentence, w: Words, comma_at: int, opened_at: int | None = None) -> bool:
    """The comma at this offset opens an inverted incise of saying: its
    subject after the verb (`_subject_after_verb`); or a subject pronoun
    joined to the verb by a hyphen (« …, a-t-on appris de source
    policière », « …, ajoute-t-il »); or, whatever the parse calls that
    subject (« …, a annoncé dimanche la mairie », « …, ont fait savoir les
    enquêteurs »: an object), a verb of saying (`_INCISE_SAYING`, « faire
    savoir ») after the comma when the main verb is before it and the verb
    has no subject before the comma (« que le suspect, interpellé jeudi, a
    reconnu … »: the verb of a clause, its subject before the incise).
    Whatever its verb, when the words before the incise's first comma (at
    `opened_at`) close a clause (`_clause_closed_before`): « … à la commune
    qui l'héberge[, dont …], a calculé l'Association … », the verb after has
    no subject before and opens an incise; without its comma the line would
    read « la commune qui l'héberge a calculé »."""
    if _subject_after_verb(w, comma_at):
        return True
    first = bisect_right(w.idx, comma_at)
    k = next((k for k in range(first, min(first + 3, w.n)) if w.pos[k] == "VERB"), None)
    hyphened = _hyphened_subject_at(w, first)
    if hyphened:
        # (The verb of « a-t-on appris » stands past its two pronouns.)
        k = first if w.pos[first] == "VERB" else next(
            (k for k in range(hyphened, min(hyphened + 3, w.n)) if w.pos[k] == "VERB"), None)
    if k is None or any(w.pos[x] not in ("AUX", "ADV", "PRON") for x in range(first, k)):
        return False
    # (The parse may make the verb of the incise the root, « …, a annoncé
    # dimanche le procureur », and the main verb its adverbial clause.)
    closed = opened_at is not None and _clause_closed_before(w, bisect_left(w.idx, opened_at))
    subject = w.subject(k)
    if subject is not None and subject < first:
        # (After a closed clause, a verb of saying has no subject there,
        # whatever the parse says: « Les pompiers ont évacué l'immeuble[, dont
        # …], a indiqué la préfecture », « immeuble » its subject to the parse.)
        return closed and (bool(hyphened) or _saying_verb_at(s, w, k))
    root = _root_index(s.doc)
    if not (closed or (root < first - 1 and w.pos[root] in ("VERB", "AUX"))):
        return False
    return closed or bool(hyphened) or _saying_verb_at(s, w, k)


# What opens a clause whose verb may still be to come: a subordinating or
# coordinating conjunction, a relative pronoun.
_CLAUSE_OPENERS = RELATIVE_PRONOUNS | frozenset(("que", "qu'", "et", "ou", "ni", "mais", "puis", "car", "si", "s'",
                                                 "lorsque", "lorsqu'", "quand", "puisque", "puisqu'", "quoique"))


def _clause_closed_before(w: Words, c: int) -> bool:
    """The words before token c (an incise's first comma) end on a clause
    with its finite verb, from the sentence's start or a comma, each clause
    opened inside it by a conjunction or a relative pronoun holding its
    verb too: « Cinq hommes … ont été mis en examen … pour escroquerie en
    bande organisée », « … coûte … à la commune qui l'héberge ». Not
    « Le parquet a indiqué que l'atelier » (the completive waits for its
    verb), « Le préfet des Pyrénées-Orientales, Thierry Vaillant » (no verb
    since the comma), « … et son adjoint »."""
    seen = False  # (a finite verb since the last opener)
    for k in range(c - 1, -1, -1):
        if w.verb_finite[k] or w.dep[k] == "acl:relcl":  # (a relative's verb the tagger missed: « qui l'héberge[PROPN] »)
            seen = True
        elif w.lower[k] in _CLAUSE_OPENERS or w.pos[k] in ("SCONJ", "CCONJ"):
            if not seen:
                return False
            if w.lower[k] not in RELATIVE_PRONOUNS and w.pos[k] != "SCONJ":
                return True  # (a coordinated clause with its verb)
            seen = False  # (a subordinate clause with its verb: the clause it is in needs one too)
        elif w.text[k] in (",", ";", ":", "«", "»", "(", ")"):
            return seen
    return seen


def _hyphened_subject_at(w: Words, first: int) -> int:
    """After a verb or auxiliary at token `first`, the index past a subject
    pronoun joined to it by a hyphen (« a-t-il », « a-t-on », « estime-t-elle »,
    « ont-ils »); else 0."""
    if first >= w.n or w.pos[first] not in ("VERB", "AUX"):
        return 0
    k = first + 1
    if k < w.n and w.lower[k] == "-t":
        k += 1
    if k < w.n and w.lower[k][:1] == "-" and w.lower[k][1:] in SUBJECT_PRONOUNS:
        return k + 1
    return 0


def _saying_verb_at(s: Sentence, w: Words, k: int) -> bool:
    """Token k is a verb that opens an incise of saying (`_INCISE_SAYING`),
    or the verb of « faire savoir », « faire valoir », « faire état »."""
    lemma = s.doc[k].lemma_
    if lemma in _INCISE_SAYING:
        return True
    if lemma == "faire":
        return k + 1 < w.n and w.lower[k + 1] in _MADE_TO_SAY
    return w.lower[k] in _MADE_TO_SAY and k > 0 and s.doc[k - 1].lemma_ == "faire"


_DANGLING_END = re.compile(r"\b(?:de|du|des|le|la|les|l'|un|une|et|ou|à|au|aux|en|par|pour|sur|que|qui)\s*[.!?]$", re.I)


_PUNCT_BEFORE_END = re.compile(r"[:;,]\s*[.!?]$")


@functools.lru_cache(maxsize=4096)  # pure, and asked again of the same forms
def _dangling(text: str) -> bool:
    return _dangling_end(text) or bool(_PUNCT_BEFORE_END.search(text)) or text.count("«") != text.count("»")


def _dangling_end(text: str) -> bool:
    """`_DANGLING_END.search(text)`, looked for only where it can start: up
    to four letters before the spaces before the final stop (at the end, or
    before a final line break, as « $ » reads). Searched from there, « \\b »
    still sees the character before."""
    end = len(text) - 1 if text.endswith("\n") else len(text)
    if end < 1 or text[end - 1] not in ".!?":
        return False
    i = end - 1
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return _DANGLING_END.search(text, max(0, i - 4)) is not None


def without_date(s: Sentence, d: DateMention) -> str | None:
    """The sentence with one date phrase taken out (it moves to a label):
    « En 1999, la Biélorussie et la Russie ont signé … » -> « La Biélorussie et
    la Russie ont signé … »; « … sera diffusée … à partir du mois de mai 2013 »
    -> « … sera diffusée … » (the phrase leading to the date goes with it)."""
    lead = _DATE_LEAD.search(s.text[: d.start])
    start = lead.start() if lead and d.text.lower().startswith(("de ", "d'")) or (lead and lead.end() == d.start) else d.start
    if _PARTICIPLE_OF_DATE.search(s.text, 0, start):
        return None  # « Le week-end d'inauguration, prévu les 12 et 13 décembre, … »: « prévu, » would be left
    return without_span(s.text, start, d.end, _adjunct_before(s, start, d.end))


# A participle whose complement the date is, right before it.
_PARTICIPLE_OF_DATE = re.compile(r"\b(?:prévu|programmé|fixé|attendu|organisé|planifié|reporté|avancé|annoncé|"
                                 r"repoussé|décalé)(?:e|s|es)?(?:\s+(?:le|les|la|du|au|pour|en|à))?\s*$", re.I)


def _adjunct_before(s: Sentence, a: int, b: int) -> bool:
    """Whether the words of `s` before the phrase at a..b are a leading
    adjunct: no finite verb among them, and no verb right after the phrase
    (« Le week-end d'inauguration, [les 12 et 13 décembre,] le métro sera
    gratuit », « À Lyon, [samedi 26 avril,] vers 22 heures, un homme … »;
    not « Le président, [le 26 avril,] a annoncé », whose subject it was,
    nor « traversera alors, [le 26 avril,] la zone »)."""
    w = words_of(s.doc)
    k, j = bisect_left(w.idx, a), bisect_left(w.idx, b)
    while j < w.n and w.lower[j] in ("dernier", "dernière", "prochain", "prochaine", ","):
        j += 1
    return 0 < k and j < w.n and True not in w.verb_finite[:k] and w.pos[j] not in ("VERB", "AUX")


_LIMIT_BEFORE = re.compile(r"(?:'|\b(?:jusque|jusqu'à|avant|après|dès|depuis|entre|vers|ici))\s*$", re.I)
_LEFT_OF_OPENING_DATE = re.compile(r"^\s*(?:soir|matin|dernier|dernière|prochain)?\s*,?\s*")
_LEFT_OF_DATE = re.compile(r"^\s*(?:dernier|dernière|prochain|prochaine)\b")
_ONE_WORD_THEN_COMMA = re.compile(r"^[\w'-]+,(?!\d)")


def without_span(text: str, a: int, b: int, adjunct_before: bool = False) -> str | None:
    """`text` without the time phrase at a..b, or None when what is left does
    not stand alone or the phrase touches a quotation. `adjunct_before`: the
    words before the phrase are a leading adjunct, which keeps its comma."""
    if "«" in text[a:b] or inside_quote(text, a):
        return None
    before, after = text[:a], text[b:]
    if _LIMIT_BEFORE.search(before):
        return None  # « jusqu'au 15 septembre »: the date is a limit, not when it happens
    if not before.strip():
        after = _LEFT_OF_OPENING_DATE.sub("", after)
        text = after
    else:
        after = _LEFT_OF_DATE.sub("", after)
        if before.rstrip().endswith(",") and after.lstrip().startswith(","):
            # « traversera alors, le 26 avril, la zone » -> « traversera alors la zone »;
            # « Le week-end d'inauguration, les 12 et 13 décembre, le métro sera
            # gratuit » -> « Le week-end d'inauguration, le métro sera gratuit ».
            before = before.rstrip() if adjunct_before else before.rstrip()[:-1]
            after = " " + after.lstrip()[1:].lstrip()
        text = before.rstrip() + after
    text = _REF.sub("", text)
    text = _PARENTHESES.sub("", text)
    text = _clean(text)
    if _ONE_WORD_THEN_COMMA.match(text):  # (« 47,6 % … »: a decimal comma)
        return None  # « Disponible depuis décembre 2015, il … » cannot lose its date
    if word_count(text) < MIN_WORDS or _dangling(text):
        return None
    return text


def inside_quote(text: str, pos: int) -> bool:
    # (No « before pos, the common case: one scan, not two counts.)
    if text.find("«", 0, pos) >= 0 and text.count("«", 0, pos) > text.count("»", 0, pos):
        return True
    # A quotation between straight quotes ("…", which the reader leaves): an odd count before pos.
    return text.find('"', 0, pos) >= 0 and text.count('"', 0, pos) % 2 == 1


_LABEL_OPENER = re.compile(
    r"^(?:le|les|ce|du|au|en|depuis|dès|de|d'|à|avant|après|d'ici|jusqu'en|fin|début)\s+", re.I)
_LABEL_WEEKDAY = re.compile(r"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+", re.I)


def date_label(d: DateMention) -> str:
    label = _LABEL_OPENER.sub("", d.text)
    label = _LABEL_WEEKDAY.sub("", label)
    return label[0].upper() + label[1:] if label[:1].isalpha() else label


def _joins_bounds(w: Words, i: int) -> bool:
    """The « et » at word i joins two figures (« les 12 et 13 mars ») or
    closes an « entre » of its clause (« entre 12 et 15 mètres », « entre la
    France et l'Allemagne »): what it joins is one range or one pair, never
    two clauses."""
    if i + 1 < w.n and w.like_num[i - 1] and w.like_num[i + 1]:
        return True
    for j in range(i - 1, -1, -1):
        if w.punct[j] or w.verb_finite[j] or w.lower[j] in ("et", "ou"):
            return False
        if w.lower[j] == "entre" and w.pos[j] == "ADP":
            return True
    return False


CLAUSES_MAX_TOKENS = 200  # the corpus's longest sentence has 128 tokens


@per_sentence
def clauses(s: Sentence) -> list[str]:
    """Independent clauses of a sentence joined by a comma, a semicolon or
    « et », each a sentence of its own: « la Bourse de New York est fermée,
    elle devrait rouvrir mercredi » -> two sentences. Only where each part has
    its own subject and finite verb; never inside a quotation."""
    doc, text = s.doc, s.text
    w = words_of(doc)
    words, lower, pos, n = w.text, w.lower, w.pos, w.n
    if n > CLAUSES_MAX_TOKENS:
        return []  # each cut tests both sides whole: the square of a sentence this long, for forms none would use
    if w.verb_finite.count(True) < 2:
        return []  # a cut needs a clause, so a finite verb, on each side (a quicker test than the cuts')
    # A cut needs `has_clause` of both its sides, so on each a finite verb
    # with a subject (`_finite_subjects`, read once per sentence and shared
    # with `has_clause`): with fewer than two such verbs, no cut is found.
    subjects = _finite_subjects(w)  # (None or a tuple, maybe empty, for each verb: those not found count)
    if len(subjects) - subjects.count(None) - subjects.count(()) < 2:
        return []
    cuts = []  # (index of the cutting token, 1 when the conjunction after it goes too)
    subordinate_open = False
    # (Only the words the loop reads can change its state or cut: the others are passed over.)
    marks = [i for i in range(n) if words[i] in _CUT_WORDS or lower[i] in _SUBORDINATE_OPENERS]
    for i in marks:
        word = words[i]
        if lower[i] in SUBORDINATORS or (lower[i] in ("que", "qu'") and i > 0 and lower[i - 1] in ("alors", "tandis", "bien", "parce", "pendant", "avant", "après", "sans")):
            subordinate_open = True  # its comma is not a cut
        if word in (",", ";") and subordinate_open:
            subordinate_open = False  # the comma that closes the subordinate clause: no cut there
            continue
        if word in (",", ";", ":", "et") and 2 < i < n - 3 and not inside_quote(text, w.idx[i]):
            # « …, mais on ne compte que quelques blessés »: the conjunction goes with the cut.
            skip = 1 if word == "," and lower[i + 1] in ("mais", "puis", "car") else 0
            right = i + 1 + skip  # the left part is the words before i, the right one those from here
            # (After a colon or a semicolon, a clause may open on its adjunct:
            # « … n'est pas encore chiffré ; en 2022, une attaque … avait coûté … ».)
            opens = ("DET", "PRON", "PROPN", "NOUN", "NUM") + (("ADP",) if word in (":", ";") else ())
            if word == ":" and not _complete_before_colon(w, i):
                continue
            if word == ";" and pos[right] == "ADP" and _pronoun_in(w, right, words.index(",", right) if "," in words[
                    right:] else n):
                continue  # « ; pour les financer, la ville empruntera … »: the adjunct points back
            if word == "," and _comma_closes_adjunct(w, text, i):
                continue  # « … menacé : en 2013, un plan social avait … »: « en 2013 » dates what follows
            if word == "et" and _joins_bounds(w, i):
                continue  # « mesurait entre 12 et 15 mètres »: one range, no two clauses
            if pos[right] in opens and has_clause(w, 0, i) and has_clause(w, right, n):
                if lower[right] in ("qui", "que", "dont", "où", "lequel", "laquelle"):
                    continue
                if _no_subject_after_cut(w, i, right):
                    continue
                cuts.append((i, skip))
    if not cuts:
        return []
    # « … que la précédente : du fait d'un plus faible degré d'usure, il ne
    # sera pas … »: a part without its own subject and verb is a leading
    # adjunct of the next clause, and the cut after it goes.
    while True:
        bounds = [0] + [i + 1 + skip for i, skip in cuts]
        ends = [i for i, _ in cuts] + [n]
        bad = next((k for k in range(len(cuts)) if not has_clause(w, bounds[k], ends[k])), None)
        if (bad is None or bad == 0 or words[cuts[bad][0]] != "," or pos[bounds[bad]] != "ADP"
                or pos[bounds[bad + 1]] not in ("PRON", "DET", "PROPN", "NOUN")):
            break
        del cuts[bad]
    if _FINAL_SOURCE.search(text):
        # « …, mais aucune n'est à l'étude, a précisé le directeur financier »:
        # every part before the source would lose it.
        return []
    parts, start, tok = [], 0, 0
    for i, skip in cuts:
        parts.append((text[start : w.idx[i]], doc[tok:i]))
        tok = i + 1 + skip
        start = w.idx[tok]
    parts.append((text[start:], doc[tok:]))
    if not cuts or not all(has_clause(w, span.start, span.end) and _subject_before_relatives(w, span.start, span.end)
                           for _, span in parts):
        return []  # a part without its own subject and verb: the cuts are wrong
    out = [without_connective(_clean(p.strip())) for p, _ in parts]
    # « …, elle devrait rouvrir mercredi »: the pronoun is the first clause's subject.
    resolved = set()
    for k in range(1, len(out)):
        ante = clause_pronoun_antecedent(parts[0][1], parts[k][1])
        if ante:
            out[k] = capitalize_first(ante) + out[k][len(parts[k][1][0].text):]
            resolved.add(k)
    if any(_dangling(p) for p in out):
        return []
    # « X, mais Y »: Y restricts X (« Le groupe n'exclut pas de nouvelles
    # acquisitions, mais aucune n'est à l'étude »), and X alone says more than
    # the text; Y is said against X, and alone may say more too (« Les
    # mariages prévus samedi seront maintenus, mais les actes seront établis
    # à la main »: not every act, those of these weddings; nor « Marseille
    # établira les actes à la main »), but for a Y whose subject is X's (« …,
    # mais elle vise l'équilibre en 2027 »).
    # (The contrast is kept, as compress keeps it.)
    restricted = set()
    for k, (i, skip) in enumerate(cuts):
        if skip and lower[i + 1] == "mais":
            restricted.add(k)
            if k + 1 not in resolved:
                restricted.add(k + 1)
    # A part that ends on what followed a semicolon without its clause (« Les
    # travaux dureront deux ans ; pour les financer ») is no sentence.
    for k, (_, span) in enumerate(parts):
        q = next((x for x in range(span.end - 1, span.start, -1) if words[x] == ";"), None)
        if q is not None and not has_clause(w, q + 1, span.end):
            restricted.add(k)
    # As with « mais », a clause that says its contrast with an adverb (« … ; les
    # actes seront toutefois établis à la main », « …, en revanche … »).
    for k in range(1, len(parts)):
        span = parts[k][1]
        if not _CONTRAST_ADVERBS.isdisjoint(lower[span.start:span.end]) or "en revanche" in parts[k][0].lower():
            restricted.add(k - 1)
            if k not in resolved:
                restricted.add(k)
    # « Pour le Portugal, la situation est encore plus délicate, car le vote …
    # entraînerait la dégradation de la note du pays »: a leading adjunct
    # naming a place or a party (a preposition, then a name, no verb up to
    # its comma; the bound compress keeps) bounds every clause of the
    # sentence, and the later ones point back to what it names (« du pays »):
    # only the first, which keeps it, stands alone.
    lead = words.index(",", 0, cuts[0][0]) if "," in words[: cuts[0][0]] else None
    if (lead and pos[0] == "ADP" and True not in w.verb_finite[:lead]
            and any(pos[k] == "PROPN" or words[k][:1].isupper() for k in range(1, lead))):
        restricted.update(range(1, len(out)))
    # « …, trois jours après le braquage …, a-t-on appris de source
    # policière »: a part whose only finite verb is that of an incise of
    # saying after it (an inverted subject pronoun) is an adjunct and its
    # source, no sentence. (Its verb, not its subject: the parse may miss
    # the subject of a clause before the incise, « les travaux reprendront
    # lundi, a-t-il précisé ».)
    for k in range(1, len(parts)):
        text_k, span = parts[k]
        m = _INVERTED_INCISE.search(text_k)
        if m is not None:
            comma = bisect_left(w.idx, w.idx[span.start] + m.start())
            if not has_clause(w, span.start, comma) and not any(
                    w.verb_finite[x] and "acl:relcl" not in (w.dep[x], w.dep[w.head[x]])
                    for x in range(span.start, comma)):
                restricted.add(k)  # (a verb of a relative, « … le braquage qui a visé … », is no clause)
    # A clause too short to stand alone is left out; the others still stand.
    return [p for k, p in enumerate(out) if word_count(p) >= MIN_WORDS and k not in restricted]


# An incise of saying after a statement, its subject pronoun inverted
# (« …, a-t-on appris de source policière », « …, ont-ils indiqué »,
# « …, apprend-on »): French inverts it in a statement only there.
_INVERTED_INCISE = re.compile(
    r",\s+(?:(?:a|ont|avait|avaient|aurait|auraient)-(?:t-)?(?:il|elle|ils|elles|on)\s+[a-zàâçéèêëîïôûù]+"
    r"|[a-zàâçéèêëîïôûù]+-(?:t-)?(?:il|elle|ils|elles|on)\b)[^«»]*$")


_CONTRAST_ADVERBS = {"toutefois", "cependant", "pourtant", "néanmoins"}
_OBJECT_CLITICS = {"le", "la", "les", "l'", "l’", "lui", "leur", "en", "y"}
# The units of a time span (« il y a un an », « il y a près de quarante ans »).
_TIME_UNITS = frozenset(("an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "heure",
                         "heures", "minute", "minutes", "décennie", "décennies", "siècle", "siècles"))
# The relative or the conjunction that closes a cleft (« c'est … que … »).
_CLEFT_CLOSERS = frozenset(("que", "qu'", "qu’", "qui"))


def _ago_words(w: Words, a: int, b: int) -> bool:
    """The words a..b are « il y a » and a time span, and no other verb:
    « Il y a un an presque jour pour jour »: an adjunct of time (« ago »),
    no statement of its own."""
    return (b - a >= 4 and w.lower[a:a + 3] == ["il", "y", "a"]
            and not any(w.verb_finite[k] for k in range(a + 3, b))
            and not _TIME_UNITS.isdisjoint(w.lower[a + 3:b]))


def _comma_closes_adjunct(w: Words, text: str, i: int) -> bool:
    """Whether the comma at word i closes what cannot stand without the
    clause after it, so that no cut is made there:
    - the focus of a cleft whose « que » (« qui ») comes after an incise:
      « C'est la première fois depuis 1986, il y a près de quarante ans,
      qu'un second tour est nécessaire … » (« C'est la première fois
      depuis 1986. » says not what is a first; the rest, that a second
      round has been needed for forty years);
    - an adjunct opening the sentence or following a colon or a semicolon,
      no verb of its own: « … menacé : en 2013, un plan social avait déjà
      supprimé 230 postes » (without « en 2013 », the cut reads as now);
    - « il y a » and a time span (`_ago_words`): « Il y a un an presque
      jour pour jour, le Losc s'était imposé 1-0 à Bollaert »."""
    if _cleft_before(w, text, w.idx[i]):
        j = next((k for k in range(i + 1, w.n) if w.lower[k] in _CLEFT_CLOSERS), None)
        if j is not None and w.text[j - 1] == "," and not inside_quote(text, w.idx[j]):
            return True
    # « Il y a un an, jour pour jour, le Losc s'était imposé … », « … menacé :
    # en mars 2023, sous la direction précédente, un partenaire … », « Jamais
    # depuis 2008, il y a seize ans, les Rochelais n'avaient perdu … »: adjuncts
    # one after the other since the clause's start (no verb but « il y a »'s),
    # the last comma closes them all as the first does.
    first = next((k + 1 for k in range(i - 1, -1, -1) if w.text[k] in (":", ";")), 0)
    if first < i and (w.pos[first] in ("ADP", "ADV") or w.lower[first:first + 3] == ["il", "y", "a"]) and not any(
            w.verb_finite[k] and not (k >= 2 and w.lower[k - 2:k + 1] == ["il", "y", "a"]) for k in range(first, i)):
        return True
    start = next((k + 1 for k in range(i - 1, -1, -1) if w.text[k] in (":", ";", ",")), 0)
    if start and w.text[start - 1] == ",":
        return False  # (an adjunct after a comma: the part before it said its own)
    if start < i and w.pos[start] in ("ADP", "ADV") and not any(w.verb_finite[k] for k in range(start, i)):
        return start > 0  # (an opening adjunct with no verb: no clause to cut anyway)
    return _ago_words(w, start, i)


def _pronoun_in(w: Words, a: int, b: int) -> bool:
    """Whether the words a..b hold a pronoun: tagged so, or an object
    clitic before a verb, or before what reads as an infinitive where the
    parse missed it (« pour les financer », « financer » tagged a noun)."""
    return any(w.pos[k] == "PRON" or (w.lower[k] in _OBJECT_CLITICS and k + 1 < w.n and (
        w.pos[k + 1] in ("VERB", "AUX") or w.lower[k + 1].endswith(("er", "ir", "re", "oir")))) for k in range(a, b))


# A sentence that ends on its source, a verb of saying after the statement
# (« …, a précisé le directeur financier, Nadia Ferhat. », « …, estime-t-il. »)
# or « selon … »: the source holds for all the clauses before it.
# What may follow a final source: no quotation, no coordinated clause.
_SOURCE_TAIL = r"(?:[^«»,]|,(?!\s+(?:et|mais|ou|puis|car|donc|or)\b))*$"
_FINAL_SOURCE = re.compile(
    r",\s+(?:(?:a|ont|avait|avaient)\s+(?:annoncé|déclaré|indiqué|précisé|expliqué|affirmé|ajouté|estimé|souligné"
    r"|assuré|rapporté|confirmé|rappelé|révélé|averti|reconnu|dit|jugé|noté|observé|signalé|constaté|écrit)"
    r"|(?:annonce|déclare|indique|précise|explique|affirme|ajoute|estime|souligne|assure|rapporte|confirme|rappelle"
    r"|révèle|avertit|reconnaît|reconnait|dit|juge|note|observe|signale|constate|écrit)(?:-t-|-)?(?:il|elle|ils|elles|on)?"
    r"|selon)\b" + _SOURCE_TAIL +
    # A reflexive verb after the statement, its subject after it (« …, s'est
    # félicité le directeur du festival, Jérôme Le Goff. », « …, se réjouit
    # le maire », « …, s'inquiète-t-elle »): French inverts the subject
    # there only in an incise of saying, whatever the verb.
    r"|,\s+(?:(?:s['’]|se\s+)(?:est|sont|était|étaient)\s+[a-zàâçéèêëîïôûù]+\s+"
    r"|(?:s['’]|se\s+)[a-zàâçéèêëîïôûù]+(?:\s+|(?=-)))"
    r"(?:-t-|-)?(?:il|elle|ils|elles|on\b|le\s|la\s|les\s|l['’]|un\s|une\s|[A-ZÉÈÀÂ])" + _SOURCE_TAIL)


def _subject_before_relatives(w: Words, a: int, b: int) -> bool:
    """False when the words a..b are a noun group and its relative after a
    comma (« Pierre Vasseur, qui a reconnu que la procédure n'avait pas été
    engagée », « Escherichia coli, qui a acquis … »): no finite verb of them
    has a subject before that relative pronoun, whatever subjects the verbs
    inside the relative have (the pronoun itself, « la procédure »). (A
    relative with no comma before it may sit in a subject whose verb the
    parse missed: « La nature exacte de l'union politique qui pourrait
    émerger reste vague ».)"""
    finite, _, relatives = _clause_marks(w)
    first_relative = next((r for r in relatives if a <= r < b), b)
    if first_relative == b or first_relative == a or w.text[first_relative - 1] != ",":
        return True
    subjects = _finite_subjects(w)
    for j in range(bisect_left(finite, a), bisect_left(finite, b)):
        for c in subjects[j] or ():
            if a <= c < first_relative:
                return True
    return False


def _complete_before_colon(w: Words, colon: int) -> bool:
    """A colon (token `colon`) cuts only after a complete statement (« la
    seconde série aura une plus grande longévité que la précédente : … »),
    not after a verb whose object follows (« ont déclaré : « … » »), nor
    after a trailing phrase (« …, avec en précision : … »)."""
    if w.text[colon + 1] == "«" or w.pos[colon - 1] in ("VERB", "AUX", "ADP"):
        return False
    commas = [k for k in range(colon) if w.text[k] == ","]
    tail = range(commas[-1] + 1 if commas else 0, colon)
    return any("Fin" in w.morph(k, "VerbForm") for k in tail)


SUBORDINATORS = {"si", "s'", "lorsque", "lorsqu'", "quand", "puisque", "puisqu'", "quoique"}
_CUT_WORDS = {",", ";", ":", "et"}  # the words `clauses` may cut at
_SUBORDINATE_OPENERS = SUBORDINATORS | {"que", "qu'"}  # the words that may open a subordinate clause there


_RELATIVES = {"qui", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "auxquels",
              "auxquelles", "duquel", "desquels", "desquelles"}


def _clause_marks(w: Words) -> tuple[list[int], list[int], list[int]]:
    """The indexes, in order, of the finite verbs, of those that are no
    relative pronoun, and of the relative pronouns of a sentence's words
    (kept with them: `has_clause` asks for many spans of one sentence)."""
    marks = w.derived.get("clause_marks")
    if marks is None:
        lower, pos, lower_set = w.lower, w.pos, w.lower_set
        relatives = [k for k in range(w.n)
                     if lower[k] in _RELATIVES or (lower[k] in ("que", "qu'") and pos[k] == "PRON")] if (
            not _RELATIVES.isdisjoint(lower_set) or "que" in lower_set or "qu'" in lower_set) else []
        finite = _indexes(w.verb_finite, True)
        others = [k for k in finite if k not in relatives] if relatives else finite
        marks = w.derived["clause_marks"] = (finite, others, relatives)
    return marks


def _noun_phrase_only(w: Words, a: int, b: int) -> bool:
    """True when every finite verb of the words a..b can belong to a
    relative clause of them: « un nombre brillant dont la couleur pourra
    passer du vert au bleu » is a noun phrase, whatever subject the parse
    gives « pourra ». Read off the surface (one finite verb per relative
    pronoun before it), since the parse of such a group is often wrong.
    (A relative pronoun the tagger calls a finite verb counts as a pronoun.)"""
    _, finite, relatives = _clause_marks(w)
    lo, hi = bisect_left(finite, a), bisect_left(finite, b)
    if lo == hi:
        return True  # no finite verb
    r_lo = bisect_left(relatives, a)
    if r_lo == len(relatives) or relatives[r_lo] > finite[lo]:
        return False  # a finite verb before any relative pronoun
    return hi - lo <= bisect_left(relatives, b) - r_lo


def _finite_subjects(w: Words) -> list[tuple[int, ...] | None]:
    """For each finite verb of `_clause_marks` (in its order): the subjects
    (nsubj…, expl:subj) among the children of the verb and of the word it
    serves (an auxiliary's or copula's head), or None when one of those
    children is a subordinating conjunction (« puisqu'il était au travail »:
    a subordinate clause is no statement of its own). Read once per
    sentence: `has_clause` asks it of many spans."""
    found = w.derived.get("finite_subjects")
    if found is None:
        dep, pos, children, punct = w.dep, w.pos, w.children, w.punct
        found = []
        for k in _clause_marks(w)[0]:
            verb = w.head[k] if dep[k].startswith("aux") or dep[k] == "cop" else k
            # (A verb that serves none has its children read once: only
            # whether a subject is among them counts, never how many times.)
            around = children(verb) + children(k) if verb != k else children(k)
            subjects = []
            for c in around:
                if dep[c] == "mark" and pos[c] == "SCONJ":
                    subjects = None
                    break
                if dep[c].startswith(("nsubj", "expl:subj")) and not punct[c]:
                    # (« …, et « pourrait en perdre le double … » »: the parse
                    # may take the opening guillemet for the subject.)
                    subjects.append(c)
            found.append(None if subjects is None else tuple(subjects))
        w.derived["finite_subjects"] = found
    return found


# Clitics that open no clause with its subject: a part opening on one lost
# the subject before the cut (« Ce dernier, …, | s'est montré plus sévère »).
# The analysis's clitics and « y », less those that may be a subject (« nous »,
# « vous ») or an article (« le », « la », « l' », « les »); read with « ' ».
_NO_SUBJECT_CLITICS = (_CLITICS | {"y"}) - {"nous", "vous", "le", "la", "l'", "les"}


def _no_subject_after_cut(w: Words, i: int, right: int) -> bool:
    """Whether a cut of `clauses` at token i, its right part opening at
    token `right`, leaves a part without its subject: the right part opens
    on an object or reflexive clitic (« Ce dernier, …, | s'est montré plus
    sévère »: the subject was before the cut), or the left part ends on the
    opening words of a sentence that ends inside a quotation before them,
    words without their verb (« … pas de l'envie. » La capitaine, | Estelle
    Minko, a refusé … »: the text read as one sentence is two, and the cut
    falls between a subject and the name apposed to it)."""
    if w.pos[right] == "PRON" and w.lower[right].replace("’", "'") in _NO_SUBJECT_CLITICS:
        return True
    if "»" not in w.lower_set:
        return False
    j = i - 1
    while j > 1 and w.text[j] != "»":
        j -= 1
    if j <= 1 or w.text[j - 1] not in (".", "!", "?", "…") or not w.text[j + 1][:1].isupper():
        return False
    return not has_clause(w, j + 1, i)


def has_clause(w: Words, a: int, b: int) -> bool:
    """A finite verb with its own nominal or pronominal subject among the
    words a..b, those not a mere noun phrase with a relative clause. (The
    subject first: most spans asked have none, and need no other test.)"""
    finite = _clause_marks(w)[0]
    subjects = _finite_subjects(w)
    for j in range(bisect_left(finite, a), bisect_left(finite, b)):
        found = subjects[j]
        if found is not None:
            for c in found:
                if a <= c < b:
                    return not _noun_phrase_only(w, a, b)
    return False


def _finite(verb):
    """`_finite_at` of a spaCy token, as a token."""
    k = _finite_at(words_of(verb.doc), verb.i)
    return None if k is None else verb.doc[k]


def _finite_at(w: Words, verb: int) -> int | None:
    """The finite form carrying the person and number of token `verb`: its
    auxiliary when it has one, else the verb itself (None when neither is
    finite), as an index into its sentence's words."""
    for c in w.children(verb):
        if w.dep[c].startswith("aux") and "Fin" in w.morph(c, "VerbForm"):
            return c
    return verb if "Fin" in w.morph(verb, "VerbForm") else None


SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles", "on"}
_COORDINATORS = {"et", "mais", "puis"}  # what joins two predicates in split_coordination and surface_coordination


@per_sentence
def split_coordination(s: Sentence) -> list[str]:
    """Two verbs sharing one subject, each a sentence with that subject:
    « L'alliance perd toutefois 65 sièges et réalise une performance mauvaise »
    -> « L'alliance perd toutefois 65 sièges. » + « L'alliance réalise une
    performance mauvaise. ». Only when both verbs are finite and agree in
    number, the subject comes first, and nothing is inside a quotation."""
    doc, text = s.doc, s.text
    if "«" in text:
        return []
    w = words_of(doc)
    if _COORDINATORS.isdisjoint(w.lower_set):
        return []  # no « et », « mais » nor « puis » to join two verbs (a quicker test than the parse's)
    r = _root_index(doc)
    if w.pos[r] not in ("VERB", "AUX"):
        return []
    dep = w.dep
    for c in w.children(r):  # (what the loop below needs, a « conj » of the root: tested before the subject's edges)
        if dep[c] == "conj":
            break
    else:
        return []
    k = w.subject(r)
    if k is None or k > r or (w.pos[k] == "PRON" and w.lower[k] not in SUBJECT_PRONOUNS):
        return []
    subj = doc[k]
    first, last = subj.left_edge.i, subj.right_edge.i
    if "," in w.span_text(first, last + 1):
        return []
    if first != 0 and any(w.pos[k] in ("VERB", "AUX") for k in range(first)):
        return []
    # (The root's children read off the words: a token only for an edge.)
    for conj in w.children(r):
        if dep[conj] != "conj" or w.pos[conj] not in ("VERB", "AUX") or conj < r:
            continue
        if any(dep[c].startswith("nsubj") for c in w.children(conj)):
            continue
        cc = next((c for c in w.children(conj) if dep[c] == "cc" and w.lower[c] in _COORDINATORS and c < conj),
                  None)
        f_root, f_conj = _finite_at(w, r), _finite_at(w, conj)
        if cc is None or f_root is None or f_conj is None or doc[conj].left_edge.i < cc:
            continue
        left = text[: w.idx[cc]].rstrip(" ,")
        # « X mais Y »: Y restricts X (« Angela Merkel réussit son pari mais
        # sort fragilisée … »), and X alone says more than the text (as in
        # `clauses`): only Y may stand alone.
        contrast = w.lower[cc] == "mais"
        if f_root != r and f_conj == conj and _PARTICIPLE_FORM.search(w.lower[conj]):
            # « … une coulée avait franchi une de ces digues et détruit trois
            # maisons »: the root's auxiliary is the second verb's too (its
            # participle the tagger read as a present); given the subject
            # alone, « Une coulée détruit … » would move the event's tense.
            # The first verb's statement stands on its own.
            first = _clean(left)
            return [] if contrast or word_count(first) < MIN_WORDS or _dangling(first) else [first]
        if w.morph(f_root, "Number") != w.morph(f_conj, "Number"):
            if contrast:
                return []
            # « Les sociaux-démocrates … et perd » : the text's own slip, not
            # ours to copy; the first verb's statement stands on its own.
            first = _clean(left)
            return [] if word_count(first) < MIN_WORDS or _dangling(first) else [first]
        subject = w.span_text(first, last + 1)
        right = text[w.end_char(cc) :].strip()
        right = f"{capitalize_first(subject)} {right}"
        parts = [_clean(left), _clean(right)]
        if any(_dangling(p) for p in parts):
            return []
        if contrast:
            parts = parts[1:]
        # « Angela Merkel réussit son pari. » is too short to stand; the other part stands.
        return [p for p in parts if word_count(p) >= MIN_WORDS]
    return []


_VERB_CLITICS = {"ne", "n'", "se", "s'", "y", "en", "le", "la", "les", "l'", "lui", "leur"}
_OPENS_CLAUSE = {"qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "si", "s'", "quand", "lorsque", "lorsqu'",
                 "comme", "puisque", "puisqu'"}


def _verb_like(w: Words, i: int) -> bool:
    """Token i is a finite verb as the tagger says, or as its ending says (see
    `_looks_finite`); never a capitalised word (« Vincent Luis » has « Luis » as an auxiliary)."""
    return w.text[i][:1].islower() and (w.verb_finite[i] or (w.pos[i] in ("ADJ", "NOUN") and _looks_finite(w, i)))


@per_sentence
def surface_coordination(s: Sentence) -> list[str]:
    """Two predicates of one subject, read off the words when the parse is
    broken (« Vincent Luis parvient malgré tout à conserver un diplôme
    olympique en prenant la 7e position, mais ne cache pas sa déception … »
    comes out with « Vincent » as its root): the words before the first verb
    are a plain nominal subject, and « et », « mais » or « puis » is followed
    by a finite verb agreeing with the first, no relative or subordinate
    clause in between. Each predicate then gets the subject."""
    text = s.text
    w = words_of(s.doc)
    if _COORDINATORS.isdisjoint(w.lower_set):
        return []  # (what every cut below needs: a quicker test first)
    if split_coordination(s):
        return []
    words, lower, n = w.text, w.lower, w.n
    verb_finite = w.verb_finite
    # (`_verb_like`, inline: asked of every word up to the first verb;
    # `_looks_finite` only of an adjective or a noun, all it can be true of.)
    pos = w.pos
    first = None
    for i in range(n):
        if words[i][:1].islower() and (verb_finite[i] or (pos[i] in ("ADJ", "NOUN") and _looks_finite(w, i))):
            first = i
            break
    if first is None or inside_quote(text, w.idx[first]):
        return []
    k = first  # the subject is the words before k
    while k > 0 and lower[k - 1] in _VERB_CLITICS:
        k -= 1
    # (A name the tagger calls a pronoun is still a name: « Angela Merkel ».)
    if (not 1 <= k <= 8 or not (w.pos[0] in ("DET", "PROPN") or words[0][:1].isupper())
            or any(w.punct[x] or lower[x] in _OPENS_CLAUSE or _verb_like(w, x) or (w.pos[x] == "PRON" and not (
                words[x][:1].isupper() and lower[x] not in _PRONOUN_WORDS)) for x in range(k))):
        return []
    quoted = False
    for i in range(first + 1, n):
        if words[i] in ("«", "»"):
            quoted = words[i] == "«"  # a quotation is passed over whole: « est baptisée « Europe » et présente … »
            continue
        if quoted:
            continue
        if lower[i] in _OPENS_CLAUSE or words[i] in (":", ";", "("):
            return []
        if lower[i] not in _COORDINATORS or i + 1 >= n:
            continue
        j = i + 1
        while j < n and lower[j] in _VERB_CLITICS:
            j += 1
        if j >= n or not (_verb_like(w, j) or _bare_predicate(w, j)) or _INFINITIVE_END.search(lower[j]):
            continue  # « … de les « peser » et en apprendre … »: an infinitive the tagger calls finite
        n1, n2 = w.morph(first, "Number"), w.morph(j, "Number")
        if n1 and n2 and n1 != n2:
            return []
        # (« … avait franchi la digue et détruit trois maisons »: the auxiliary
        # shared, see split_coordination; the first statement stands, the
        # second, given the subject alone, would move its tense. « … a
        # présenté son projet et dit vouloir … » loses its second, a present.)
        shared = w.pos[first] == "AUX" and w.pos[j] != "AUX" and _PARTICIPLE_FORM.search(lower[j])
        left = _clean(text[: w.idx[i]].rstrip(" ,"))
        right = _clean(f"{w.span_text(0, k)} {text[w.idx[i + 1] :]}")
        # (After « mais », the part before does not stand alone: see split_coordination.)
        parts = [p for p in (() if shared and lower[i] == "mais" else (left,) if shared
                             else (right,) if lower[i] == "mais" else (left, right))
                 if word_count(p) >= MIN_WORDS and not _dangling(p)]
        return parts
    return []


_INFINITIVE_END = re.compile(r"(?:er|ir|dre|oir)$")
# The endings of a masculine or plural past participle (« détruit », « fait »,
# « pris », « élu », « arrêté »): after « et », with no auxiliary of its own,
# the participle of the auxiliary before, whatever the tagger calls it.
_PARTICIPLE_FORM = re.compile(r"(?:é|és|ée|ées|i|is|ie|ies|u|us|ue|ues|t|ts)$")
_PRONOUN_WORDS = {"il", "elle", "ils", "elles", "on", "ce", "c'", "cela", "ceci", "ça", "celui", "celle", "ceux",
                  "celles", "tout", "tous", "chacun", "chacune", "certains", "plusieurs", "nous", "vous"}


def _bare_predicate(w: Words, j: int) -> bool:
    """A verb the tagger took for a noun or an adjective right after « et »,
    « mais » or « puis » (« … mais sort fragilisée des dernières élections »,
    « … et présente pour la première fois un visage humain »): a lower-case
    word with no article, ending as a verb of the third person does, and
    followed by a participle, or by a direct object (an indefinite article
    after no preposition) before the next punctuation. An adjective takes
    neither."""
    if w.pos[j] not in ("NOUN", "ADJ") or not w.text[j].islower() or any(w.dep[c] == "det" for c in w.children(j)):
        return False
    if not _VERB_ENDING.search(w.text[j]):
        return False
    if j + 1 < w.n and w.pos[j + 1] == "VERB" and "Part" in w.morph(j + 1, "VerbForm"):
        return True
    for x in range(j + 1, w.n):
        if w.punct[x]:
            return False
        if w.lower[x] in ("un", "une", "des") and w.pos[x] == "DET" and w.pos[x - 1] != "ADP":
            return True
    return False


_VERB_ENDING = re.compile(r"(?:e|t|d|ent)$")


# A leading adverbial moves to the end only when it says when or where, and
# the rest has no comma it could then seem to hang on.
TIME_PLACE_STARTS = {"en", "dans", "à", "a", "au", "aux", "ce", "cet", "cette", "depuis", "lors", "pendant",
                     "durant", "après", "avant", "dès", "le", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
                     "samedi", "dimanche", "hier", "aujourd'hui", "demain", "sur", "chez"}
FRONTABLE_PREPOSITIONS = {"dans", "lors", "en", "depuis", "pendant", "durant", "après", "avant", "dès", "sur", "au",
                          "aux", "à", "chez", "malgré", "grâce"}
_MOVABLE_START = ("ADP", "ADV", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PUNCT", "CCONJ")


@per_sentence
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
    w = words_of(doc)
    words, lower, pos, n = w.text, w.lower, w.pos, w.n
    root = _root_index(doc)
    subj = _nsubj_child(w, root)
    subj_start = doc[subj].left_edge.i if subj is not None else None
    if subj is not None:
        start = subj_start  # the words before it are the prefix
        if (0 < start <= 12 and words[start - 1] == "," and lower[0] in TIME_PLACE_STARTS
                and all(pos[k] in _MOVABLE_START for k in range(start))
                and not any(lower[k] in ("côté", "côte", "attendu", "effet", "outre", "ailleurs", "titre", "cas")
                            for k in range(start))):
            adverbial = text[: w.idx[start - 1]].strip()
            first = words[0]
            if pos[0] != "PROPN" and not (len(first) > 1 and first.isupper() and first.isalpha()):
                adverbial = adverbial[:1].lower() + adverbial[1:]
            rest = text[w.idx[start] : end].rstrip(" ,")
            verbs = [k for k in range(start, n) if pos[k] in ("VERB", "AUX") and k != root
                     and not (w.dep[k].startswith("aux") or w.dep[k] == "cop")]
            if "," not in rest and not verbs:
                out.append(_clean(f"{capitalize_first(rest)} {adverbial}"))
    # A final adjunct of time or place goes first, as the press often writes
    # it: « Mitt Romney a collecté des vivres aujourd'hui lors d'un meeting dans
    # l'Ohio » -> « Lors d'un meeting dans l'Ohio, Mitt Romney a collecté … ».
    adjunct = final_adjunct(s) if subj is not None and "," not in text[:end] and subj_start == 0 else None
    if adjunct:
        rest = text[: end - len(adjunct)].strip()
        # « achevé d'ici au 28 février »: a limit's word left behind (« d'ici »,
        # « jusqu' », « avant ») would strand, and the deadline become a date.
        if word_count(rest) >= MIN_WORDS and not _LIMIT_BEFORE.search(rest):
            # A name keeps its capital; « L' » tagged as a name does not (« Dans le monde, l'intégration … »).
            name = (pos[0] == "PROPN" and lower[0] not in FUNCTION_STARTS) or (
                len(words[0]) > 1 and words[0].isupper() and words[0].isalpha())
            head = rest if name else rest[:1].lower() + rest[1:]
            out.append(_clean(f"{capitalize_first(adjunct)}, {head}"))
    if subj is None or pos[root] not in ("VERB", "AUX", "ADJ"):
        out += _adverbial_to_end(s, end)
    out += _final_date_first(s, end)
    out += _copula_inverted(s, end)
    m = None
    if "selon" in text[:end]:  # (both patterns need the word)
        m = _FINAL_SELON.search(text[:end]) or _FINAL_SELON_AFTER_COMMA.search(text[:end])
    if m and text[m.start()] != "," and "," in text[: m.start()]:
        # « …312 personnes, dont 14 ont été transportées à l'hôpital, sans
        # gravité selon les pompiers »: a source written after the last
        # segment without a comma may vouch for that segment alone; put
        # first, it would vouch for the whole sentence.
        m = None
    if m and not _source_phrase(w, m.start(1), end):
        m = None
    if m and "," in m.group(1):
        # « …et reste, selon les historiens, l'une des images emblématiques … »:
        # after a finite verb (or a word that needs what follows), what comes
        # after the source's comma is the verb's complement, not an
        # apposition of the source (« …a été prise, selon Nicolas Altobelli,
        # responsable de la mission … »). (Read off the words: the parse may
        # hang an apposition on the verb.)
        k = bisect_left(w.idx, m.start()) - 1
        if k < 0 or w.verb_finite[k] or _DANGLING_END.search(text[: m.start()] + "."):
            m = None
    if m and pos[0] != "ADP":
        attribution = m.group(1).strip()
        rest = text[: m.start()].strip()
        if pos[0] not in ("PROPN",):
            rest = rest[:1].lower() + rest[1:]
        out.append(_clean(f"{capitalize_first(attribution)}, {rest}"))
    elif m:
        # « Depuis sa mise en service il y a 108 ans, le métro … n'avait jamais
        # connu un pareil désastre, selon Joseph J. Lhota, … » -> « Selon Joseph
        # J. Lhota, …, le métro … n'avait jamais connu un pareil désastre depuis
        # sa mise en service il y a 108 ans. »: the source first, the leading
        # adjunct to the end of its clause.
        head, comma, body = text[: m.start()].partition(", ")
        if (comma and "," not in body and not _CLAUSE_WORD.search(body) and "«" not in head
                and not any(("Fin" in w.morph(k, "VerbForm") or pos[k] in ("VERB", "AUX") or lower[k] in SUBORDINATORS)
                            and not (lower[k] == "a" and k >= 2 and lower[k - 2] == "il" and lower[k - 1] == "y")
                            for k in range(n) if w.idx[k] < len(head))
                and word_count(head) <= 10 and word_count(body) >= MIN_WORDS):
            attribution = m.group(1).strip()
            adjunct = head if pos[0] == "PROPN" else head[:1].lower() + head[1:]
            out.append(_clean(f"{capitalize_first(attribution)}, {lower_start(body)} {adjunct}"))
    return list(dict.fromkeys(o for o in out if o != _clean(text) and not _dangling(o)))


_FINAL_SELON = re.compile(r"(?:,\s+|\s+)(selon\s+[^«»,]+)$")
_FINAL_SELON_AFTER_COMMA = re.compile(r",\s+(selon\s+[^«»]+)$")
_APPOSITION_STARTS = frozenset(("DET", "NOUN", "PROPN", "ADJ", "NUM"))  # (what opens a noun group)


def _source_phrase(w: Words, start: int, end: int) -> bool:
    """Whether the final « selon … » at characters start..end only names a
    source, with at most noun groups in apposition to it, so that it may go
    first. Not « selon » opening a relative (« des informations … selon
    lesquelles le candidat aurait rencontré … ») or a clause (« selon que »);
    not a phrase that holds a finite verb (« selon l'OCDE, et moins de 20 % sont
    recyclées »: a clause coordinated to the sentence, which would come
    before what it is joined to); not a comma followed by anything but a noun
    group (« selon Santé publique France, loin de l'objectif … fixé par
    l'OMS »: the writer's comparison, which « selon » put first would give to
    the source)."""
    first = bisect_left(w.idx, start)
    if first + 1 >= w.n or w.lower[first + 1] in _RELATIVES or w.lower[first + 1] in (
            "que", "qu'", "qu’", "quoi"):
        return False
    for k in range(first + 1, w.n):
        if w.idx[k] >= end:
            break
        if w.verb_finite[k]:
            return False
        if w.text[k] == "," and (k + 1 >= w.n or w.idx[k + 1] >= end or w.pos[k + 1] not in _APPOSITION_STARTS
                                 or w.lower[k + 1] in _MEMBER_JOINS):
            return False
    return True


@per_sentence
def final_adjunct(s: Sentence) -> str | None:
    """The final adjunct of time or place of the main verb (« lors d'un
    meeting dans l'Ohio »), as the sentence ends with it: what `reorders`
    may put first. None when there is none, or it holds a verb."""
    doc, text = s.doc, s.text
    end = len(text.rstrip(" .!?…"))
    if "«" in text:
        return None
    w = words_of(doc)
    root = _root_index(doc)
    subj = _nsubj_child(w, root)
    if subj is None or subj > root:
        return None
    for c in w.children(root):
        if w.dep[c] not in ("obl:mod", "obl") or c < root:
            continue
        first, last = doc[c].left_edge.i, doc[c].right_edge.i
        if w.lower[first] not in FRONTABLE_PREPOSITIONS or w.span_text(last + 1, w.n).strip(" .") != "":
            continue
        if any(w.pos[k] in ("VERB", "AUX") or w.text[k] == "," for k in range(first, last + 1)):
            continue
        if _range_end(w, first):
            continue  # « de 2014 à 2024 »: never half of a range
        if _bounds_last_member(w, root, first):
            return None
        if w.lower[first] in ("pendant", "durant") and any(w.dep[k] == "obj" and w.head[k] == root
                                                           for k in range(root + 1, first)):
            # « a prononcé une interdiction de séjour … pendant trois ans »: a
            # span after an object may be the object's (the ban lasts three
            # years, not the sentencing); put first, it would be the verb's.
            return None
        piece = text[w.idx[first] : end].strip()
        return piece if word_count(piece) >= 2 else None
    return None


_MEMBER_JOINS = frozenset(("et", "ou", "ni"))  # (the coordinators that join two members of a group)
# The roles of a noun: a word tagged VERB in one of them is a noun the
# tagger took for a participle (« a inauguré le nouveau commissariat »).
_NOUN_ROLES = frozenset(("obj", "iobj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:mod", "nmod"))


def _bounds_last_member(w: Words, verb: int, first: int, verbs: bool = True) -> bool:
    """Whether a final phrase opening at token `first` may be of the last
    member of what comes between the main verb and it rather than of the
    verb: after a coordination (« a prononcé une amende de 80 000 euros et une
    interdiction d'exercer toute fonction publique pendant cinq ans »: the
    ban lasts five years, not the fine), or after another verb, an
    infinitive or a participle it may complete (« d'exercer … pendant cinq
    ans »). Put first, the phrase would govern the whole clause. Two
    numbers joined (« les samedis 23 et 30 mars ») are one group. Not
    `verbs`: the coordination only (the caller has looked at the verbs)."""
    for k in range(verb + 1, first):
        if w.lower[k] in _MEMBER_JOINS and w.pos[k] == "CCONJ":
            if not (w.like_num[k - 1] and k + 1 < first and w.like_num[k + 1]):
                return True
        elif verbs and w.pos[k] == "VERB" and not w.dep[k].startswith("aux") and w.dep[k] not in _NOUN_ROLES:
            return True
    return False


def _range_end(w: Words, first: int) -> bool:
    """The phrase opening at token `first` on « à », « au », « aux » closes a
    range « de X à Y », « du X au Y » (« a dirigé la ville de 2014 à 2024 »,
    « de Paris à Lyon »): a « de », « du », « d' » or « depuis » opens the few
    words before it, with no punctuation between, and the two bounds are of
    a kind (numbers, or names: not « le ministre de l'Intérieur à Paris »)."""
    if w.lower[first] not in ("à", "au", "aux") or first + 1 >= w.n:
        return False
    for k in range(first - 1, max(-1, first - 5), -1):
        if w.punct[k]:
            return False
        if w.lower[k] in ("de", "du", "d'", "depuis"):
            kinds = [("NUM" if w.text[x][:1].isdigit() else w.pos[x]) for x in (k + 1, first + 1)]
            return kinds[0] == kinds[1] and kinds[0] in ("NUM", "PROPN")
    return False


def reorder_form(s: Sentence, form: str) -> str | None:
    """A shortened form of s with the sentence's final adjunct first
    (« Le candidat républicain Mitt Romney a collecté des vivres aujourd'hui
    lors d'un meeting dans l'Ohio. » -> « Lors d'un meeting dans l'Ohio, le
    candidat … aujourd'hui. »): only when the form ends with that adjunct and
    has no other comma, so the adjunct can hang on nothing else."""
    piece = final_adjunct(s)
    if not piece or not form.endswith(piece + ".") or "," in form:
        return None
    rest = form[: -len(piece) - 1].strip()
    if word_count(rest) < MIN_WORDS or _DANGLING_END.search(rest + "."):
        return None
    return _clean(f"{capitalize_first(piece)}, {lower_start(rest)}.")


_CLAUSE_WORD = re.compile(r"\b(?:qui|que|qu'|dont|où|lequel|laquelle)\b", re.I)


def _adverbial_to_end(s: Sentence, end: int) -> list[str]:
    """The leading adverbial of time or place to the end, read off the
    surface when the parse has no usable subject (« Ce mardi soir, plus de 8
    millions de foyers sont privés d'électricité »): only when what follows
    the comma has one verb group, no relative or completive clause and no
    other comma, so the adverbial can hang on nothing else."""
    text = s.text
    w = words_of(s.doc)
    if not w.n or w.lower[0] not in TIME_PLACE_STARTS:
        return []  # (the quicker test first)
    comma = next((k for k in range(min(w.n, 8)) if w.text[k] == ","), None)
    if comma is None or comma < 2:
        return []
    rest = comma + 1  # the words before the comma are the prefix, those after it the rest
    if any(w.pos[k] in ("VERB", "AUX") or w.text[k] in "«»" for k in range(comma)) or rest >= w.n:
        return []
    body = text[w.idx[rest] : end].strip()
    finite = [k for k in range(rest, w.n) if "Fin" in w.morph(k, "VerbForm")]
    if "," in body or _CLAUSE_WORD.search(body) or len(finite) != 1 or w.pos[rest] not in ("DET", "ADV", "NUM", "PROPN", "NOUN"):
        return []
    adverbial = text[: w.idx[comma]].strip()
    if w.pos[0] != "PROPN":
        adverbial = adverbial[:1].lower() + adverbial[1:]
    head = body if w.pos[rest] == "PROPN" else body[:1].upper() + body[1:]
    return [_clean(f"{head} {adverbial}")]


_DATE_LEAD = re.compile(
    r"\s(?:(?:à partir|à compter|au cours|lors)(?:\s+d(?:u|e|es|'))?\s*(?:mois\s*(?:d(?:e|')\s*)?)?|depuis\s+|dès\s+|en\s+)$", re.I)


def _final_date_first(s: Sentence, end: int) -> list[str]:
    """A final date phrase goes first, the press's order (« La nouvelle série
    sera diffusée … à partir du mois de mai 2013 » -> « À partir du mois de mai
    2013, la nouvelle série sera diffusée … »): only a date the analysis
    found, ending the sentence, in a sentence with one verb group, no comma
    and no relative or completive clause it could then seem to govern."""
    text = s.text
    if not s.dates:
        return []  # (no date: the quickest test)
    d = next((d for d in s.dates if d.end >= end - 1 and d.explicit), None)
    if d is None or "," in text[:end] or "«" in text or _CLAUSE_WORD.search(text[: d.start]):
        return []
    lead = _DATE_LEAD.search(text[: d.start])
    start = lead.start() + 1 if lead else d.start
    w = words_of(s.doc)
    at = bisect_left(w.idx, d.start)
    if at < w.n and w.idx[at] == d.start and _range_end(w, at):
        return []  # « du 16 au 19 juillet »: never half of a range
    finite = [k for k, f in enumerate(w.feats) if "Fin" in f.get("VerbForm", ())]  # (`w.morph`, inline)
    rest = text[:start].strip()
    if len(finite) != 1 or word_count(rest) < MIN_WORDS or w.idx[finite[0]] >= start:
        return []
    # « …plans de Poutine d'annexer la Biélorussie d'ici 2030 »: another verb
    # before the date (an infinitive, a participle) could be what it dates.
    main = w.head[finite[0]] if w.dep[finite[0]].startswith("aux") else finite[0]
    # A present participle describing a noun (« aux Européens résidant dans
    # les dix-sept états membres ») tells a state, not an event to date.
    if any(w.pos[k] in ("VERB", "AUX") and k not in (finite[0], main) and w.idx[k] < start
           and not (w.dep[k] == "acl" and w.lower[k].endswith("ant") and "Part" in w.morph(k, "VerbForm"))
           for k in range(w.n)):
        return []
    start = _date_phrase_of_verb(w, start, end, (finite[0], main), bool(lead))
    if start is None or _bounds_last_member(w, main, bisect_left(w.idx, start), verbs=False):
        return []  # (« une amende et une interdiction de séjour jusqu'en 2030 »: the ban's term)
    rest = text[:start].strip()
    if word_count(rest) < MIN_WORDS:
        return []
    return [_clean(f"{capitalize_first(text[start:end].strip())}, {lower_start(rest)}")]


def _date_phrase_of_verb(w: Words, start: int, end: int, verbs: tuple[int, ...], led: bool = False) -> int | None:
    """Where the final date phrase at characters start..end begins, with all
    its lead (« avant le 15 juin », « d'ici au 28 février »), when the parse
    hangs it on the main verb; None when it completes a noun (« a appelé à une
    journée de mobilisation le 27 janvier »: the day of the mobilisation, not
    of the call) or when the lead is not the phrase's own. A phrase `led` by
    an adjunct's lead (« à partir du mois de mai 2013 ») the parser hangs
    nowhere in particular (« dep ») is taken as the verb's too."""
    first = bisect_left(w.idx, start)
    last = bisect_left(w.idx, end) - 1
    if first >= w.n or last < first:
        return None
    # The phrase's case words and determiners (« avant », « le ») are its own;
    # so is the adverb it completes (« d'ici au … »: « ici »).
    while True:
        first = min([first] + [_left_edge(w, k) for k in range(first, last + 1)])
        out = {w.head[k] for k in range(first, last + 1) if not first <= w.head[k] <= last}
        climb = [h for h in out if h not in verbs and w.pos[h] == "ADV" and h == first - 1]
        if not climb:
            break
        first = climb[0]
    # What the phrase's last word hangs on, through the phrase, decides: a
    # range's first bound may be hung on the noun before it (« a dirigé la
    # ville de 2014 à 2024 »), the range is one phrase.
    top = last
    while first <= w.head[top] <= last and w.head[top] != top:
        top = w.head[top]
    if w.head[top] not in verbs and not (led and w.dep[top] == "dep"):
        return None
    if first and (w.pos[first - 1] == "ADP" or w.lower[first - 1] in ("ici", "jusque", "jusqu'")):
        return None  # a lead left behind
    return w.idx[first]


def _left_edge(w: Words, i: int) -> int:
    """The first token of token i's subtree."""
    left = i
    for c in w.children(i):
        if c < left:
            left = min(left, _left_edge(w, c))
    return left


FUNCTION_STARTS = {"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces", "son",
                   "sa", "ses", "leur", "leurs", "plus", "moins", "il", "elle", "ils", "elles", "on", "chaque", "tous",
                   "toutes", "près", "environ", "au", "aux", "en", "dans", "à", "pour", "sur", "selon", "depuis"
                   } | SUBORDINATORS  # (« Selon le maire, si les résultats … »)
# What `lower_start` lowers besides: determiners of quantity, possessives,
# numbers in words, prepositions, the restrictive « seul » (« Selon la
# préfecture, seuls les services … »), never a name (« Au cours de la nuit,
# quelque 450 sapeurs-pompiers … »). (Not in FUNCTION_STARTS: « Plusieurs
# pays » opening a line names what a « leur » after it refers to.)
_LOWERED_STARTS = FUNCTION_STARTS | {
    "quelque", "quelques", "plusieurs", "certains", "certaines", "aucun", "aucune", "chacun", "chacune", "tout",
    "toute", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "deux", "trois", "quatre", "cinq", "six", "sept",
    "huit", "neuf", "dix", "vingt", "cent", "mille", "dès", "lors", "après", "avant", "vers", "par", "avec", "sans",
    "sous", "entre", "chez", "pendant", "durant", "seul", "seule", "seuls", "seules"}


_FIRST_WORD_END = re.compile(r"(?<=')|\s")


def lower_start(text: str) -> str:
    """The text with its first letter in lower case when its first word is a
    function word (« Les Philippines » -> « les Philippines »); a name keeps
    its capital whatever the tagger says (« Xavier Jugelé »)."""
    first = _FIRST_WORD_END.split(text, maxsplit=1)[0]
    return text[:1].lower() + text[1:] if first.lower() in _LOWERED_STARTS else text


_COPULAS = {"est", "sont", "était", "étaient", "sera", "seront", "fut", "furent"}
_DEFINITE = {"le", "la", "les", "l'"}


def _copula_inverted(s: Sentence, end: int) -> list[str]:
    """An identity, read the other way: « Le vaccin Dengvaxia est le premier
    vaccin au monde autorisé contre la dengue » -> « Le premier vaccin au
    monde autorisé contre la dengue est le vaccin Dengvaxia ». Both sides
    definite, of one number, with no comma, verb or quotation: then « A est
    B » and « B est A » say the same."""
    text = s.text
    if "«" in text or "," in text[:end] or ":" in text:
        return []
    w = words_of(s.doc)
    if _COPULAS.isdisjoint(w.lower_set) or w.lower[0] not in _DEFINITE:
        return []  # (no copula, or no article opening the sentence: quicker tests than the loop)
    lower, pos = w.lower, w.pos
    cop = next((k for k in range(w.n) if lower[k] in _COPULAS and pos[k] == "AUX"), None)
    if cop is None or cop < 2:
        return []
    left, right = range(cop), [k for k in range(cop + 1, w.n) if not (w.punct[k] and w.idx[k] >= end)]
    if not right or lower[0] not in _DEFINITE or lower[right[0]] not in _DEFINITE:
        return []
    if any(w.verb_finite[k] for k in (*left, *right)):
        return []
    if pos[right[0]] == "ADV" or any(lower[k] in ("ne", "n'", "pas", "plus") for k in range(cop - 1, min(cop + 2, w.n))):
        return []
    if not any(pos[k] in ("NOUN", "PROPN") for k in left) or not any(pos[k] in ("NOUN", "PROPN") for k in right):
        return []
    plural_l = lower[0] == "les" or any(lower[k] == "et" for k in left)
    plural_r = lower[right[0]] == "les" or any(lower[k] == "et" for k in right)
    if plural_l != plural_r or plural_l != (lower[cop] in ("sont", "étaient", "seront", "furent")):
        return []
    a = text[: w.idx[cop]].strip()
    b = text[w.idx[right[0]] : end].strip()
    return [_clean(f"{capitalize_first(b)} {w.text[cop]} {lower_start(a)}")]


@per_sentence
def relative_statements(s: Sentence) -> list[str]:
    """A non-restrictive relative clause as a sentence of its own, its
    antecedent as subject: « …la formation de gauche Die Linke créée en 2007,
    qui réalise elle près de 10 % des voix » -> « La formation de gauche Die
    Linke créée en 2007 réalise elle près de 10 % des voix. »"""
    doc, text = s.doc, s.text
    w = words_of(doc)
    out = []
    if "qui" not in w.lower_set:
        return out  # (a quicker test than the loop)
    for i in _indexes(w.lower, "qui", 2):  # (those words only)
        if w.text[i - 1] != "," or inside_quote(text, w.idx[i]):
            continue
        if _after_apposition(w, i - 1):
            continue
        t = doc[i]
        person = _person_before(doc, t.i - 1)
        if person is not None and _noun_before_complement_agrees(doc, t.i - 1, t.head):
            continue  # « l'amendement du député Julien Marchetti, qui impose … »: « qui » may be either's
        if person is not None:
            # « … la deuxième consécration du Britannique Alistair Brownlee, qui
            # conserve son titre … »: after a person's name, « qui » is that person.
            verb = t.head
            end = _relative_last(doc, t.i, verb.right_edge.i)
            if (end is not None and verb.pos_ in ("VERB", "AUX") and _finite(verb) is not None
                    and "Plur" not in _finite(verb).morph.get("Number") and not _conditional_past(w, verb.i)
                    and (end + 1 >= len(doc) or doc[end + 1].is_punct)):
                body = doc[t.i + 1 : end + 1].text.strip(" ,")
                cand = _clean(f"{person} {body}")
                if word_count(cand) >= MIN_WORDS and not _dangling(cand) and "«" not in body:
                    out.append(cand)
            continue
        verb = t.head
        if verb.dep_ != "acl:relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
            continue
        surface = _surface_relative(s, t.i)
        if surface is not None:
            out.append(surface)
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
        if finite is None or finite.morph.get("Number") != ante.morph.get("Number") or _conditional_past(w, verb.i):
            continue
        if _inner_antecedent(np_, ante, finite.morph.get("Number")):
            continue  # « un plan de restructuration de son usine de Rodez, qui emploie … »: the plan or the plant?
        end = _relative_last(doc, t.i, verb.right_edge.i)
        if end is None or (end + 1 < len(doc) and not doc[end + 1].is_punct):
            continue
        body = doc[t.i + 1 : end + 1].text.strip(" ,")
        if _SHARE_OF_DEFINITE.search(body) and not any(x.pos_ == "PROPN" for x in np_):
            continue  # « les hommes, qui représentent près de 80 % des cas »: of what cases?
        if (len(np_) == 2 and np_[0].lower_ in _DEFINITE_ARTICLES and ante.pos_ == "NOUN"
                and not ante.dep_.startswith("nsubj") and start > 0):  # (« Le vol, qui … »: a subject the parse missed)
            # « Son président n'a pas souhaité commenter le montant, qui reste une
            # proposition … »: a bare definite noun the main clause names in passing
            # stands for what the text said before (the aid of 500 000 euros); « Le
            # montant reste une proposition … » alone says of no known amount.
            continue
        first = _first_name_before_particle(doc, start)
        if first is not None:
            np_ = doc[first : t.i - 1]  # « Bruno Le Maire », not « Le Maire » (the mayor)
        cand = _clean(f"{capitalize_first(np_.text)} {body}")
        if word_count(cand) >= MIN_WORDS and not _dangling(cand) and "«" not in body:
            out.append(cand)
    return out


# The auxiliaries of a compound conditional (« aurait pu », « serait parti »).
_CONDITIONAL_AUXILIARIES = frozenset(("aurait", "auraient", "serait", "seraient"))


def _conditional_past(w: Words, verb: int) -> bool:
    """The finite form of token `verb` is the auxiliary of a compound
    conditional: in a relative, what did not happen (« Le préfet, qui aurait
    pu déférer lui-même l'arrêté, ne l'a pas fait ») or what is only
    reported (« qui aurait été vu à Lyon »). Out of its sentence, as a
    statement of its own, it reads as the report of a fact, maybe the
    opposite of what the main clause says: no such relative is promoted."""
    k = _finite_at(w, verb)
    return k is not None and k != verb and w.lower[k] in _CONDITIONAL_AUXILIARIES


_CAPITAL_PARTICLES = {"Le", "La", "Les", "Du", "De", "Des", "Di", "Da", "Van", "Von"}


def _first_name_before_particle(doc, k: int) -> int | None:
    """The index of the first name before token `k` when it is a name's
    capital particle inside the sentence (« Bruno Le Maire », « Marine Le
    Pen »): a capitalised article there is no article but part of the
    surname, which never goes without the first name (« Le Maire avait
    refusé … » reads as the mayor). None otherwise."""
    if k < 1 or doc[k].text not in _CAPITAL_PARTICLES or k + 1 >= len(doc) or not doc[k + 1].text[:1].isupper():
        return None
    j = k - 1
    word = doc[j].text
    if doc[j].pos_ not in ("PROPN", "NOUN") or not word[:1].isupper() or not word.replace("-", "").isalpha() or not doc[j].whitespace_:
        return None
    # A first name only: not a day or a month opening the sentence (« Jeudi
    # La Poste, qui emploie … »), an acronym (« le député RN Le Pen ») or a
    # title (« le Président Le Foll »). A capital opening the sentence is a
    # first name when the tagger reads a name there, or the word is a common
    # first name (« Sandrine », a noun for the tagger).
    low = word.lower()
    if word.isupper() or low in _NOT_FIRST_NAMES or TITLE_WORD.fullmatch(word):
        return None
    if (j == 0 or doc[j - 1].is_punct) and doc[j].pos_ != "PROPN" and doc[j].ent_type_ != "PER" \
            and first_name_gender(word) is None:
        return None
    return j


# Capitalised words before a name's particle that are no first name: days,
# months, words of time, titles of office (a closed list: « Jeudi La Poste »,
# « Président Le Foll »).
_NOT_FIRST_NAMES = frozenset((*WEEKDAYS.split("|"), *MONTHS.split("|"), "hier", "demain", "aujourd'hui", "ce", "cette",
                              "président", "présidente", "ministre", "premier", "première", "maire", "député",
                              "députée", "sénateur", "sénatrice", "secrétaire", "chancelier", "chancelière", "roi",
                              "reine", "prince", "princesse", "pape", "gouverneur", "juge", "procureur", "préfet"))


def _inner_antecedent(np_, ante, number) -> bool:
    """Whether the group `np_` holds, after its head `ante`, a complement
    « de » + a determiner + a noun agreeing with the relative's verb
    (`number`): « qui » after it may stand for that noun as well as for the
    head (« un plan de restructuration de son usine de Rodez, qui emploie
    750 salariés »), which only meaning tells apart."""
    toks = list(np_)
    for n, x in enumerate(toks):
        if x.i <= ante.i:
            continue
        if x.lower_ in ("du", "des"):
            after = n + 1  # (« de » and its article in one word: « le renouvellement du contrat …, qui fixe … »)
        elif x.lower_ not in ("de", "d'", "d’") or n + 2 >= len(toks) or toks[n + 1].pos_ != "DET":
            continue
        else:
            after = n + 2
        noun = next((y for y in toks[after:] if y.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or not noun.text[:1].islower():
            continue  # (« le ministère de la Transition écologique »: a name's words)
        if not noun.morph.get("Number") or noun.morph.get("Number") == number:
            return True
    return False


# A share of a definite whole (« près de 80 % des cas », « la moitié du
# budget »): the whole is the one the sentence speaks of. A relative saying
# it of a common noun (« La maladie touche majoritairement les hommes, qui
# représentent près de 80 % des cas ») does not stand without its main
# clause: « les hommes » are all men, « des cas » cases of nothing said. A
# name (« la formation Die Linke, qui réalise près de 10 % des voix ») is
# the same one anywhere, and its statement stands.
_SHARE_OF_DEFINITE = re.compile(
    r"(?:%|\bpour ?cent|\bmoitié|\btiers|\bquarts?|\bmajorité|\bminorité)\s+(?:des|du|de la|de l['’])\s?", re.I)



def _after_apposition(w: Words, comma: int) -> bool:
    """The words between the comma before and token `comma` are an
    apposition: they open on a noun (or its adjective, « ancien ») with no
    article (« …, tempère Marc Oberlin, chercheur à l'Inrae de Toulouse, qui
    n'a pas participé à l'étude »). A relative after it may be of the person
    the apposition describes as well as of its last noun: its antecedent is
    uncertain."""
    k = comma - 1
    while k >= 0 and w.text[k] != ",":
        k -= 1
    first = k + 1
    return k >= 0 and first < comma and w.pos[first] in ("NOUN", "ADJ") and w.text[first].islower()


def _relative_last(doc, qui: int, end: int) -> int | None:
    """The last token of the relative clause opening at token `qui`, whose
    verb's subtree the parse ends at token `end`: before a comma a verb
    follows, the main verb (« Le groupe, qui emploie 14 300 salariés dans
    onze pays, proposera … »: the parse may hang the main clause on the
    relative's verb). None when the main verb is still inside it, or may
    be: the main verb is not before the relative (the parse gives no verb as
    root: « La liste écologiste, qui a recueilli 17,0 % des suffrages,
    obtient … » with « obtient » tagged an adverb) and a comma is inside."""
    w = words_of(doc)
    for k in range(qui + 2, end + 1):
        if w.text[k] == "," and _verb_follows(w, w.idx[k]):
            return k - 1
    root = _root_index(doc)
    if qui < root <= end:
        return None
    if not (root < qui and w.pos[root] in ("VERB", "AUX")) and "," in w.text[qui + 1 : end + 1]:
        return None
    return end


_DEFINITE_ARTICLES = {"le", "la", "les", "l'"}


def _article_back(w: Words, end: int, is_article, refused, most: int, quotes: bool = False) -> int | None:
    """Index of the article opening the nominal group that closes before
    token `end`, read off the words: walking back at most `most` tokens, over
    none that `refused` rejects (with `quotes`, a closed quotation is passed
    over whole); None when there is no such article. `is_article` and
    `refused` are asked of token indexes."""
    k = end - 1
    while k >= 0 and end - k <= most:
        if quotes and w.text[k] == "»":
            while k >= 0 and w.text[k] != "«":
                k -= 1
        elif is_article(k):
            return k
        elif refused(k):
            return None
        k -= 1
    return None


def group_before(doc, end: int):
    """The nominal group the words before token `end` close, read off the
    words (the parse may have broken it): back to a definite article after a
    preposition, at most ten words, with no verb, comma, quotation or
    coordination in them, and a noun right after the article. Returns
    (the group's span, its noun) or None."""
    w = words_of(doc)
    k = _article_back(
        w, end, lambda x: w.lower[x] in _DEFINITE_ARTICLES and x > 0 and w.pos[x - 1] == "ADP",
        lambda x: (w.punct[x] or w.lower[x] in _OPENS_CLAUSE or w.lower[x] in ("et", "ou") or _verb_like(w, x)
                   or w.verb_finite[x]), most=10)
    if k is None or k + 1 >= end or w.pos[k + 1] != "NOUN":
        return None
    return doc[k:end], doc[k + 1]


def _surface_relative(s: Sentence, qui: int) -> str | None:
    """The statement of a final « , qui … » read off the words, when the
    parse broke the nominal group before it (« …à la formation de gauche Die
    Linke créée en 2007, qui réalise elle près de 10 % des voix et gagne cinq
    sièges. » has « Linke » as a second root): the group is the words back to
    a definite article after a preposition, with no verb, comma or quotation
    in them, its noun agreeing with the verb after « qui »; the relative runs
    to the end of the sentence, with no punctuation in it."""
    doc, text = s.doc, s.text
    comma = qui - 1
    found = group_before(doc, comma)
    verb = doc[qui + 1] if qui + 1 < len(doc) else None
    if found is None or verb is None or not _verb_like(words_of(doc), verb.i) or verb.lower_ in _CONDITIONAL_AUXILIARIES:
        return None  # (« qui aurait pu … »: see `_conditional_past`)
    group, noun = found
    if noun.morph.get("Number") != verb.morph.get("Number"):
        return None
    rest = doc[qui + 1 :]
    body_end = len(text.rstrip(" .!?…"))
    if any(x.text in ",;:()«»–—" and x.idx < body_end for x in rest):
        return None
    cand = _clean(capitalize_first(group.text) + " " + text[verb.idx :])
    return cand if word_count(cand) >= MIN_WORDS and not _dangling(cand) else None


_OF_ARTICLE = {"le": "du", "un": "du", "la": "de la", "une": "de la", "les": "des", "des": "des", "l'": "de l'"}


@per_sentence
def dont_statements(s: Sentence) -> list[str]:
    """A relative clause in « dont » whose subject is a definite noun, as a
    sentence of its own with the antecedent as that noun's complement:
    « … et un nombre brillant dont la couleur pourra passer du vert émeraude
    au bleu profond. » -> « La couleur du nombre brillant pourra passer du
    vert émeraude au bleu profond. » Only for one finite verb up to the next
    comma (or the end), and an antecedent opening on its article after a
    verb, « et », a comma or the start of the sentence (after a preposition
    it may belong to a larger group: « le projet de loi sur le harcèlement
    sexuel, dont le texte précédent … »)."""
    out = []
    for subject, of, rel, end in dont_parts(s):
        cand = _clean(f"{subject} {of} {s.text[rel[0].idx : end].strip()}")
        if word_count(cand) >= MIN_WORDS and not _dangling(cand):
            out.append(cand)
    return out


@per_sentence
def dont_parts(s: Sentence) -> list[tuple[str, str, list, int]]:
    """The parts of each « dont » relative `dont_statements` turns into a
    sentence: its subject (« La couleur »), the antecedent as its
    complement (« du nombre brillant »), the relative's tokens from its verb
    on, and where the relative ends in the text."""
    doc, text = s.doc, s.text
    w = words_of(doc)
    out = []
    if "dont" not in w.lower_set:
        return out  # (a quicker test than the loop)
    for i in _indexes(w.lower, "dont", 2, w.n - 2):  # (those words only)
        if inside_quote(text, w.idx[i]):
            continue
        t = doc[i]
        det, noun = doc[t.i + 1], doc[t.i + 2]
        if det.lower_ not in _DEFINITE_ARTICLES or noun.pos_ != "NOUN":
            continue
        m = noun.i + 1
        while m < len(doc) and doc[m].pos_ == "ADJ":
            m += 1
        close = next((x for x in doc[m:] if x.text in (",", ";", ":", "(", "–", "—", "«")), None)
        end = close.idx if close is not None else len(text.rstrip(" .!?…"))
        rel = [x for x in doc[m:] if x.idx < end]
        finite = [x for x in rel if x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm")]
        if (len(finite) != 1 or not rel or not (rel[0] in finite or rel[0].lower_ in _VERB_CLITICS)
                or finite[0].lower_ in _CONDITIONAL_AUXILIARIES  # (see `_conditional_past`)
                or any(x.lower_ in _OPENS_CLAUSE for x in rel)
                or (noun.morph.get("Number") and finite[0].morph.get("Number") not in ([], noun.morph.get("Number")))):
            continue
        ante = _antecedent_group(doc, t.i - 1 if doc[t.i - 1].text == "," else t.i)
        if ante is None:
            continue
        first = ante[0].lower_
        rest = ante[1:].text
        of = _OF_ARTICLE[first]
        if of in ("du", "de la") and opens_on_vowel(rest, h=True):
            of = "de l'"
        out.append((capitalize_first(doc[t.i + 1 : m].text), f"{of}{'' if of.endswith(chr(39)) else ' '}{rest}", rel, end))
    return out


_SUBJECT_PRONOUN_NUMBER = {"il": "Sing", "elle": "Sing", "ils": "Plur", "elles": "Plur"}
_SUBORDINATE_PRONOUN = re.compile(r"\s(?:alors|tandis|même) (?:qu'|que |si )(il|elle|ils|elles) ")
_CLAUSE_PUNCT = re.compile(r"[,;:«»()]")


@per_sentence
def subordinate_statements(s: Sentence) -> list[str]:
    """What two clauses of a sentence say besides its main statement, as
    sentences with the main subject:
    - a final « alors qu'ils … » (or « tandis que », « même si ») whose
      pronoun agrees with that subject: « Les sociaux-démocrates ont refusé
      … alors qu'ils espèrent se reconstruire dans l'opposition. » -> « Les
      sociaux-démocrates espèrent se reconstruire dans l'opposition. »;
    - a final relative in « que » whose subject is a definite noun: « … sur
      les centrales thermiques au charbon que les écologistes aimeraient voir
      fermer. » -> « Les écologistes aimeraient voir fermer les centrales
      thermiques au charbon. »"""
    doc, text = s.doc, s.text
    out = []
    body_end = len(text.rstrip(" .!?…"))
    w = words_of(doc)
    # (What every match holds: a quicker test before the search.)
    m = _SUBORDINATE_PRONOUN.search(text) if "alors " in text or "tandis " in text or "même " in text else None
    if m:
        root = _root(doc)
        k = w.subject(root.i)
        subj = doc[k] if k is not None else None
        span = doc[subj.left_edge.i : subj.right_edge.i + 1] if subj is not None else None
        if (span is not None and subj.pos_ == "NOUN" and span.start == 0 and subj.i < root.i
                and not any(w.text[x] in ",;:«»()" for x in range(span.start, span.end))
                and not inside_quote(text, m.start())):
            number = subj.morph.get("Number")
            rest = text[m.end(1) : body_end].strip()
            if (number == [_SUBJECT_PRONOUN_NUMBER[m.group(1)]] and not _CLAUSE_PUNCT.search(rest)
                    and (m.group(1).startswith("elle") == ("Fem" in subj.morph.get("Gender")))):
                cand = _clean(f"{span.text} {rest}")
                if word_count(cand) >= MIN_WORDS and not _dangling(cand):
                    out.append(cand)
    # (Those words only; none at all, most sentences: no scan of the words.)
    ques = sorted(_indexes(w.lower, "que", 3) + _indexes(w.lower, "qu'", 3)) if (
        "que" in w.lower_set or "qu'" in w.lower_set) else ()
    for i in ques:
        if inside_quote(text, w.idx[i]):
            continue
        # (The words' tests first: tokens only for what passes them.)
        if i + 2 >= w.n or w.lower[i + 1] not in _DEFINITE_ARTICLES or w.pos[i + 2] != "NOUN":
            continue
        rel = [x for x in range(i + 3, w.n) if w.idx[x] < body_end]
        # « que les écologistes aimeraient voir fermer »: a finite verb then
        # infinitives only, to the end (the tagger may call « aimeraient » an
        # adverb: its ending tells a verb agreeing with a plural subject).
        if not rel or not all(w.pos[x] in ("VERB", "AUX") and "Inf" in w.morph(x, "VerbForm") for x in rel[1:]):
            continue
        t = doc[i]
        rel = [doc[x] for x in rel]
        finite, number = rel[0], doc[t.i + 2].morph.get("Number")
        if finite.lower_ in _CONDITIONAL_AUXILIARIES:
            continue  # (see `_conditional_past`)
        if not (((finite.pos_ in ("VERB", "AUX") and "Fin" in finite.morph.get("VerbForm"))
                 and finite.morph.get("Number") == number)
                or (finite.is_lower and number == ["Plur"] and _PLURAL_VERB_END.search(finite.text))):
            continue
        ante = _group_to_article(doc, t.i)
        if ante is None:
            continue
        cand = _clean(f"{capitalize_first(doc[t.i + 1 : t.i + 3].text)} {doc[rel[0].i : rel[-1].i + 1].text} {ante.text}")
        if word_count(cand) >= MIN_WORDS and not _dangling(cand):
            out.append(cand)
    return out


_PLURAL_VERB_END = re.compile(r"(?:ent|ont)$")


def _group_to_article(doc, end: int):
    """The words before token `end` back to a definite article, a nominal
    group: nouns, adjectives and their complements, no verb nor punctuation."""
    w = words_of(doc)
    k = _article_back(w, end, lambda x: w.lower[x] in _DEFINITE_ARTICLES and w.pos[x] == "DET",
                      lambda x: w.punct[x] or w.pos[x] in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"), most=9)
    if k is None or end - k < 2 or w.pos[k + 1] != "NOUN":
        return None
    return doc[k:end]


def _antecedent_group(doc, end: int):
    """The nominal group closing before token `end`, back to its article
    (« le thème « Époques et styles architecturaux » », « un nombre
    brillant »), passing over a closed quotation; None unless that article
    follows a verb, « et », a comma or nothing."""
    w = words_of(doc)
    k = _article_back(w, end, lambda x: w.lower[x] in _OF_ARTICLE and w.pos[x] == "DET",
                      lambda x: w.punct[x] or w.lower[x] in ("et", "ou") or w.verb_finite[x],
                      most=12, quotes=True)
    if k is None or end - k < 2:
        return None
    if k > 0 and not (w.pos[k - 1] in ("VERB", "AUX") or w.lower[k - 1] == "et" or w.text[k - 1] == ","):
        return None
    return doc[k:end]


def _noun_before_complement_agrees(doc, comma: int, verb) -> bool:
    """The name before the comma at `comma` closes a complement « de … » of
    a noun before it (« l'amendement du député écologiste Julien Marchetti »,
    « le projet de Julien Marchetti », « l'entourage du ministre, Philippe
    Tabarot »), and that noun agrees in number with
    the relative's verb (token `verb`) as well: « qui » after the comma may
    stand for either, and French gives no way to tell. Read off the words:
    the name's tokens (spaCy's person), the title words before it (nouns,
    adjectives), then « de », « du », « des », « d' » or « de la », then the
    noun (past its adjectives)."""
    k = comma - 1
    while k > 0 and doc[k - 1].ent_type_ == "PER" and doc[k].ent_iob_ == "I":
        k -= 1  # the name's first token
    j = k
    if j > 1 and doc[j - 1].text == ",":
        # « l'entourage du ministre, Philippe Tabarot »: the name in apposition
        # to a noun of a person (not « l'adjoint au logement de la ville,
        # Pierre Vasseur », « le candidat du Rassemblement national, … »:
        # the name renames the group's head).
        from .engines.offline import _names_a_person  # (the engine's test of a person's noun)

        if doc[j - 2].pos_ != "NOUN" or not _names_a_person(doc[j - 2].lower_):
            return False
        j -= 1
    while j > 0 and doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
        j -= 1  # « député écologiste », « Britannique »
    if j > 1 and doc[j - 1].lower_ == "la" and doc[j - 2].lower_ == "de":
        j -= 1
    if j < 2 or doc[j - 1].lower_ not in ("de", "du", "des", "d'"):
        return False
    h = j - 2
    while h > 0 and doc[h].pos_ == "ADJ":
        h -= 1
    if doc[h].pos_ != "NOUN":
        return False
    finite = _finite(verb) if verb.pos_ in ("VERB", "AUX") else None
    number = finite.morph.get("Number") if finite is not None else []
    return not number or not doc[h].morph.get("Number") or doc[h].morph.get("Number") == number


def _person_before(doc, comma: int) -> str | None:
    """The person named right before the comma at `comma`, with the title or
    nationality the text puts before the name (« du Britannique Alistair
    Brownlee » -> « Le Britannique Alistair Brownlee »), or None."""
    k = comma - 1
    if k < 0 or doc[k].ent_type_ != "PER":
        return None
    while k > 0 and doc[k - 1].ent_type_ == "PER" and doc[k - 1].ent_iob_ != "O" and doc[k].ent_iob_ == "I":
        k -= 1
    name = doc[k : comma]
    j = k
    while j > 0 and doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[j - 1].text[:1].isupper() and doc[j - 1].ent_type_ != "PER":
        j -= 1  # « Britannique »
    title = doc[j:k].text
    det = doc[j - 1].lower_ if j > 0 else ""
    article = {"du": "le", "au": "le", "le": "le", "la": "la", "de la": "la"}.get(det)
    if title and article:
        return capitalize_first(f"{article} {title} {name.text}")
    return name.text if not title else None


def _says_a_clause(w: Words, verb: str) -> bool:
    """The verb of saying `verb` (a participle after its auxiliary and a
    comma) has no nominal subject before it, and a clause with a finite
    verb comes before it: what « selon » needs. Not « Le maire de Lyon,
    Grégory Dumont, a annoncé la gratuité … »: the mayor is the subject, the
    free entry the object, and « Selon la gratuité …, le maire » is nonsense."""
    for k in range(2, w.n):
        if w.lower[k] != verb or w.text[k - 2] != "," or w.pos[k - 1] != "AUX":
            continue
        subject = w.subject(k)
        if subject is not None and subject < k and w.pos[subject] not in ("VERB", "AUX"):
            return False  # (a verb as the subject is the statement, the parser's way)
        return any(w.verb_finite[j] for j in range(k - 2))
    return False


# Verbs that report what someone says, shows or thinks: « X estime que P »
# says « selon X, P ».
SAYING = {"montrer", "démontrer", "estimer", "affirmer", "indiquer", "déclarer", "annoncer", "expliquer", "souligner",
          "révéler", "assurer", "considérer", "juger", "penser", "croire", "rappeler", "préciser", "ajouter",
          "suggérer", "confirmer", "dire", "écrire", "avertir", "reconnaître", "constater", "observer", "signaler",
          "noter", "rapporter"}
# The verbs that open an incise of saying after the statement (« …, a
# martelé le ministre »): those of SAYING and other verbs of speech.
_INCISE_SAYING = frozenset(SAYING | {
    "communiquer", "détailler", "raconter", "commenter", "témoigner", "marteler", "insister", "poursuivre",
    "conclure", "résumer", "relever", "prévenir", "lancer", "confier", "glisser", "souffler", "admettre",
    "regretter", "déplorer", "dénoncer", "avancer", "répondre", "répéter", "concéder", "nuancer", "plaider",
    "ironiser", "apprendre", "certifier", "objecter", "renchérir", "tempérer", "fustiger", "argumenter"})
# What « faire » says with (« ont fait savoir les enquêteurs », « a fait état »).
_MADE_TO_SAY = frozenset(("savoir", "valoir", "état", "remarquer", "observer"))
# (Not « a reconnu », « a admis »: an admission is no mere source, and
# « selon » would lose it.)
_INVERTED_SAYING = re.compile(
    r"^(?P<p>[^«»]+?), (?:a|ont|avait|avaient) (?P<v>annoncé|déclaré|indiqué|précisé|expliqué|affirmé|ajouté|estimé|"
    r"souligné|assuré|rapporté|confirmé|rappelé|révélé|averti) (?P<x>(?:[A-ZÉ]|l[ae]s? |l')[^«»]*?)\.$")
# In the source of _INVERTED_SAYING, an adjunct of the verb of saying, not
# part of who speaks (« a reconnu le maire en fin de séance, vers 23 h 30 »):
# a preposition of time or place, a day (« a annoncé le régulateur mercredi »:
# « selon » takes none, and the day would read as the statement's), or a
# comma followed by neither a name nor
# an article (an apposition: « le directeur financier, Nadia Ferhat »).
_SOURCE_ADJUNCT = re.compile(
    r"\s(?:en|vers|lors|dans|pendant|durant|après|avant|dès|depuis|devant|à l['’]issue)\s"
    r"|\s(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|matin|soir)\b"
    r"|,\s+(?![A-ZÉÈÀÂ]|(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs)\b)")


_TRAILING_DAY = re.compile(r"\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|soir))?$")


_NEGATION_OR_COMMA = frozenset(("ne", "n'", ","))  # (what no word before the « que » of an attribution may be)


def _source_acts_after(w: Words, at: int) -> bool:
    """Whether the words after « que » (token `at`) go on with what the one
    who says does: an infinitive after « sans » (« …, sans en préciser les
    modalités », « sans pour autant préciser … »), or after « pour »,
    « afin de », « avant de » following a comma; a gerund or a present
    participle after a comma (« …, en précisant que … », « …, tout en
    refusant … », « …, ajoutant que … »); a verb with no subject after « ,
    et » (« …, et a appelé les automobilistes … »). « Selon » first would
    leave it without its subject (« Selon le gouvernement, un plan … serait
    présenté, sans en préciser les modalités »)."""
    lower, text, n = w.lower, w.text, w.n
    for j in range(at + 1, n - 1):
        word, after_comma = lower[j], text[j - 1] == ","
        if word == "sans" or (after_comma and word in ("pour", "afin", "avant")):
            if any("Inf" in w.morph(k, "VerbForm") for k in range(j + 1, min(j + 7, n))):
                return True
        elif word == "en" and (after_comma or lower[j - 1] == "tout"):
            nxt = lower[j + 1]
            if ("Part" in w.morph(j + 1, "VerbForm") and "Pres" in w.morph(j + 1, "Tense")) or (
                    nxt.endswith("ant") and nxt not in ("tant", "avant", "dedans")):
                return True
        elif after_comma and w.pos[j] == "VERB" and "Part" in w.morph(j, "VerbForm") and "Pres" in w.morph(j, "Tense"):
            return True
        elif after_comma and word == "et" and w.verb_finite[j + 1]:
            return True
    return False


_ANOTHER_SOURCE = re.compile(r"(?:[Ss]elon|[Dd]['’]après)\s")


def _aside_kept(s: Sentence, statement: str) -> bool:
    """Whether `statement`, the words of `s` before a final incise of saying,
    keeps the aside set between commas after the subject opening the
    sentence (`_subject_aside`): « Selon la régie, le forfait journée, vendu
    39,50 euros cette année contre 36 euros l'hiver dernier, …, sera
    remboursé … » of « …, a annoncé la régie » would make the source's the
    narrator's facts of the aside (the price, its rise) as well as what it
    announced."""
    aside = _subject_aside(s)
    return aside is not None and aside in statement


@per_sentence
def _subject_aside(s: Sentence) -> str | None:
    """The words between the first comma of `s` and the last comma before its
    main verb, when a subject opens the sentence before that first comma
    (no verb, no adjunct: « Le forfait journée, vendu 39,50 euros …, soit
    une hausse …, sera remboursé … », « Le projet, qui coûtera …, sera
    lancé … »); None otherwise. The main verb is the first finite one after
    the comma, out of a quotation and out of a relative clause."""
    text = s.text
    w = words_of(s.doc)
    if "," not in w.text:
        return None
    first = w.text.index(",")
    if (first == 0 or True in w.verb_finite[:first] or "«" in w.text[:first] or w.pos[0] not in ("DET", "PROPN", "NOUN")
            or _an_adjunct(text[: w.idx[first]])):
        return None
    relative, last = False, first
    for k in range(first + 1, w.n):
        if w.text[k] == ",":
            relative, last = False, k
        elif w.lower[k] in RELATIVE_PRONOUNS:
            relative = True
        elif w.verb_finite[k] and not relative and not inside_quote(text, w.idx[k]):
            return text[w.idx[first] : w.idx[last]] if last > first else None
    return None


@per_sentence
def attributions(s: Sentence) -> list[str]:
    """A reported statement with its source first, as « selon … »:
    « Les études montrent que ce vaccin permet … » -> « Selon les études, ce
    vaccin permet … »; « Une nouvelle version … va être lancée, a annoncé
    Mario Draghi, le président de la BCE » -> « Selon Mario Draghi, le
    président de la BCE, une nouvelle version … va être lancée ». Never when
    the statement's subject is a pronoun standing for the source (« la Russie
    a annoncé qu'elle … »), under a negation, or with another complement of
    the verb that « selon » would lose (« a déclaré à la presse que … »)."""
    doc, text = s.doc, s.text
    w = words_of(doc)
    out = []
    # (The text lowered once, and only when « selon » is not among its words.)
    if ("selon" in w.lower_set or "après" in (low := text.lower()) and ("d'après" in low or "d’après" in low)) and any(
            w.lower[k] in ("selon", "d'", "d’") and not inside_quote(text, w.idx[k]) and _ANOTHER_SOURCE.match(text, w.idx[k])
            for k in range(w.n)):
        # « La préfecture a indiqué que les ventes resteraient suspendues …,
        # selon un communiqué publié mercredi. »: the line already names a
        # source; « Selon la préfecture, …, selon un communiqué … » gives two.
        return out
    at = None
    if "que" in w.lower_set or "qu'" in w.lower_set:  # (a quicker test than the loop)
        # (The first « que » or « qu' » tagged SCONJ: those words only.)
        ques = _indexes(w.lower, "que") + _indexes(w.lower, "qu'")
        at = next((k for k in sorted(ques) if w.pos[k] == "SCONJ"), None)
    if at is not None and not inside_quote(text, w.idx[at]):
        k = at - 1
        while k > 0 and w.pos[k] == "ADV" and w.lower[k] in DROPPABLE_ADVERBS:
            k -= 1
        if k < 0:
            k += w.n  # « que » opens the sentence: the verb looked at is the last word (doc[-1])
        # The tests of the words around « que » first, then the verb's
        # auxiliaries and subject (a scan of the words before it), the
        # tokens' (lemma, edges) only when these pass.
        if (w.pos[k] == "VERB" and w.n - at - 1 > 3 and w.lower[at + 1] not in SUBJECT_PRONOUNS
                and _NEGATION_OR_COMMA.isdisjoint(w.lower[:at])):
            aux = [j for j in range(k) if w.dep[j].startswith("aux") and w.head[j] == k]
            first_verb = aux[0] if aux else k
            subj = next((c for c in w.children(k) if w.dep[c] == "nsubj" and c < first_verb), None)
        else:
            subj = None
        if (subj is not None and w.lower[subj] not in SUBJECT_PRONOUNS
                and doc[k].lemma_ in SAYING and doc[subj].left_edge.i == 0
                and doc[subj].right_edge.i == first_verb - 1
                and not _source_acts_after(w, at)):
            source = w.span_text(0, first_verb)
            if w.n > 1 and (w.text[0].replace("’", "'").strip(), w.text[1]) in s.titled_articles:
                pass  # (« L'Oréal affirme » -> « selon L'Oréal » when the text writes « le groupe L'Oréal »)
            else:
                source = lower_start(source)  # « L'entreprise affirme » -> « selon l'entreprise »
                if w.pos[0] != "PROPN" and not w.text[0].isupper():
                    source = source[:1].lower() + source[1:]  # « Certains ont suggéré » -> « selon certains »
            statement = text[w.idx[at + 1] :]
            if w.lower[at] == "qu'":
                statement = text[w.idx[at] + 3 :]
            out.append(_clean(f"Selon {source}, {statement}"))
    for form in dict.fromkeys(filter(None, (compress(s), compress(s, keep_dates=False), text))):
        # (What every match of _INVERTED_SAYING holds, one of its auxiliaries
        # after a comma: a quick test before the search.)
        m = _INVERTED_SAYING.match(form) if (", a " in form or ", ont " in form or ", avait " in form
                                             or ", avaient " in form) else None
        # (« a annoncé le régulateur mercredi »: the day is the announcement's,
        # which « selon » does not tell: it goes, « Selon le régulateur, … ».)
        x = _TRAILING_DAY.sub("", m.group("x")) if m and " " in m.group("x") else m and m.group("x")
        if (m and word_count(m.group("p")) >= MIN_WORDS and not _SOURCE_ADJUNCT.search(x)
                and not any(d.text in x for d in s.dates) and _says_a_clause(w, m.group("v"))
                and not _aside_kept(s, m.group("p"))):
            out.append(_clean(f"Selon {x}, {lower_start(m.group('p'))}."))
    return [o for o in out if not _dangling(o)]
