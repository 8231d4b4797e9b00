"""The offline engine: a `Plan` -> an `Article`, deterministic, inventing nothing.

The body holds every sentence of the input, in order, under the planned
intertitres. Around it the engine adds only material derived from those
sentences by `rephrase` (which only removes words): the key points, the key
figures, a chronology of the dated facts, answers to the questions a reader
asks (who is who, what an acronym stands for, when, why, how many, where,
what is known of the main actors; see `questions`), and what comes next. No
derived line repeats another or a sentence of the body word for word.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import repeat

from .. import keyphrase as kpm
from ..analysis import _DE_FORMS, _THIS_DATE, _gender_shown, _personal_pronoun_features, AFTER_PLACE_OR_ADDRESSEE, first_name_gender, role_gender, AFTER_PREPOSITION, WEEKDAYS, Analysis, Sentence, class_noun_of, dates_in, per_sentence
from ..model import Article, Block, Options
from ..nlp import is_common_noun
from ..outline import (_CLAUSE_DEPS, _TIME_NOUNS, Plan, _first_nouns, article_names, de, joined_text, state_taken_up, with_article,
                       with_name_articles)
from ..outline import _ARTICLE_BEFORE as _ARTICLE_JUST_BEFORE, _CONDITIONAL_FORM, _DENIAL_VERB
from ..arrays import words_of
from ..rephrase import (SUBJECT_PRONOUNS, _DROPPABLE_PHRASES, _SOURCE_ADJUNCT, BOUNDING, PLUPERFECT_AUXILIARIES, SAYING, SOURCE_OPENERS, _SUBORDINATE_OPENERS, _connective_adverbs, _emphatic_pronouns, _final_date_first,
                        _replace_outside_quotes, _root, _root_index, _saying_verb_at,
                        attributions, clauses, compress, date_label, dont_statements, drop_emphatic, final_adjunct,
                        group_before, inside_quote, lower_start, points_back, relative_statements, reorder_form,
                        reorders, split_coordination, subordinate_statements, surface_coordination, without_connective,
                        without_date, without_span)
from . import questions
from ..text import (GROUP_SPACES, word_matches, NOT_AFTER_WORD, NOT_AFTER_WORD_OR_APOSTROPHE, NOT_BEFORE_WORD, NOT_BEFORE_WORD_OR_APOSTROPHE, RELATIVE_PRONOUNS, capitalize_first, count_literal, find_literal, lower_as_searched,
                    lower_for_search, opens_on_vowel, same_ignoring_case, word_count)

KEY_POINTS_MAX = 8
KEY_POINTS_MIN = 7
SENTENCES_PER_KEY_POINT = 2.25  # a text of 18 sentences has 8 key points, one of 13 has 7 (the least)
SHORT_TEXT_SENTENCES = 6
FIGURES_MAX = 10
FIGURE_SENTENCE_MAX_WORDS = 30  # a figure with no shorter statement is listed with its sentence, when short
FIGURE_LINES_PER_SENTENCE = 2  # « 12 000 vols … annulés », « sept tunnels … inondés »: one clause each
CHRONOLOGY_MAX = 8
FAQ_MAX = 10
NEXT_MAX = 4

_FUTURE_HINT = re.compile(r"\b(?:devrait|devraient|doit|doivent|prévoi\w*|prévue?s?|sera|seront|\w+ra|\w+ront|prochain\w*|à venir"
                          r"|va|vont)\b")


class _Derived:
    """Keeps the derived lines apart from each other and from the body."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.seen = {s.text for s in analysis.sentences}
        self.uses: dict[int, int] = {}
        self.section = ""
        self.in_section: dict[tuple[str, int], int] = {}  # lines given to a section by a sentence
        self.prose: dict[int, list[str]] = {}  # unlabelled lines (key points, answers) by sentence
        self.labelled: dict[int, list[tuple[str, str]]] = {}  # labelled lines by sentence, with their section
        self.repeated = False  # the last `take` refused a statement said under another angle
        # The chronology's lines refused as such repeats, with the place each had (see `write`).
        self.spare_dates: list[tuple[int, str]] = []
        self.lines: dict[int, list[str]] = {}  # every line, by sentence

    def forget_section(self, section: str) -> None:
        """The labelled lines of `section` are not in the article: no later
        line is refused as their repeat."""
        for sid, lines in self.labelled.items():
            self.labelled[sid] = [(where, p) for where, p in lines if where != section]

    def take(self, s: Sentence, text: str | None, max_uses: int = 2, per_section: int = 1,
             whole: bool = False, counted: bool = True) -> str | None:
        """The derived text, or None when it repeats a line, when its sentence
        already gave `per_section` lines to this section, or gave `max_uses`
        lines in all. With `whole`, the text may be its sentence itself (a
        labelled list item: the label is the new angle). A text not `counted`
        (a fragment of its sentence, not a statement) is no use of it. A
        figure's or a date's line is refused, too, when its sentence gave the
        other of the two a line saying the same (`_ONE_ANGLE`,
        `_same_statement`); `repeated` then says so, for the chronology's
        spare lines (see `_dated_lines`)."""
        self.repeated = False
        if not text or (text in self.seen and not whole) or self.exhausted(
                s, max_uses, per_section, counted):
            return None  # (before the tests below, which cost more)
        if denied_later(self.analysis, s):
            return None  # a claim the paragraph denies after it: alone, the line would lose the denial
        prose = self.section not in LABELLED_SECTIONS
        if prose and (_near_copy(s, text) or any(_shared_words(p, text) >= REPEAT_RATIO for p in self.prose.get(s.id, []))):
            return None  # its sentence again, or two prose lines of one sentence saying nearly the same
        if self.section in _AFTER_DATES and any(_same_statement(p, text) for _, p in self.labelled.get(s.id, [])):
            # « Ce qui se prépare » just below the chronology: « La Bourse de New York devrait
            # rouvrir mercredi. » after « **Mercredi** : la Bourse de New York devrait rouvrir. »
            return None
        self.repeated = self.section in _ONE_ANGLE and any(
            _same_statement(p, text) for where, p in self.labelled.get(s.id, []) if where != self.section)
        if self.repeated:
            # The same statement under a figure, then under a date: « **979 kilomètres** : le 22 avril, …
            # Cassini survolera … » and « **22 avril** : … Cassini survolera … ». The first one read stays.
            return None
        self.seen.add(text)
        if prose:
            self.prose.setdefault(s.id, []).append(text)
        elif self.section in _ONE_ANGLE:
            self.labelled.setdefault(s.id, []).append((self.section, text))
        self.lines.setdefault(s.id, []).append(text)
        self.uses[s.id] = self.uses.get(s.id, 0) + counted
        self.in_section[(self.section, s.id)] = self.in_section.get((self.section, s.id), 0) + 1
        return text

    def exhausted(self, s: Sentence, max_uses: int, per_section: int, counted: bool = True) -> bool:
        """The sentence gave `max_uses` lines in all (when the next one would
        count) or `per_section` to this section: `take` refuses any more."""
        return ((counted and self.uses.get(s.id, 0) >= max_uses)
                or self.in_section.get((self.section, s.id), 0) >= per_section)


LABELLED_SECTIONS = {"figures", "dates", "questions"}  # each line under a label of its own: a new angle on its sentence
# A statement is listed under its figure or under its date, not both (a
# question's answer is a part of it, its own angle).
_ONE_ANGLE = {"figures", "dates"}
# Prose sections that come after the figures and the chronology and would
# repeat one of their statements, its label put back in the sentence.
_AFTER_DATES = {"next"}
REPEAT_RATIO = 0.8  # two unlabelled lines of one sentence sharing this share of the shorter's words repeat it


SAME_STATEMENT_LENGTH = 0.6  # a line under 60 % of the other's length is a part of its sentence, said apart


def _same_statement(a: str, b: str) -> bool:
    """Two labelled lines of one sentence say the same when the shorter has
    most of its words in the other (REPEAT_RATIO) and is not much shorter:
    « la formation de gauche Die Linke est créée » (6 words), under its
    date, is one fact of the 48-word line of its sentence's figure."""
    na, nb = len(_plain_words(a)), len(_plain_words(b))
    return min(na, nb) >= SAME_STATEMENT_LENGTH * max(na, nb) and _shared_words(a, b) >= REPEAT_RATIO


@functools.lru_cache(maxsize=4096)  # pure; a sentence's and a line's words are asked again and again
def _plain_words(text: str) -> tuple[str, ...]:
    # (The text lowered whole: the same words as each lowered after its strip,
    # the stripped marks having no case and no letter lowering to a space.)
    return tuple(map(str.strip, text.lower().split(), repeat(_MARKS)))


_MARKS = ".,;:!?«»()"  # stripped from a word's ends by _plain_words


def _kept_in_order(a: list[str], b: list[str]) -> int:
    """How many words of `b` stand in `a` in the same order (difflib's blocks)."""
    from difflib import SequenceMatcher

    return sum(m.size for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


def _shared_words(a: str, b: str) -> float:
    """The share of the shorter line's words the other has, in any order
    (« Selon Mario Draghi, … P » and « P, a annoncé Mario Draghi » say the
    same)."""
    x, y = _word_counts(a), _word_counts(b)
    if not x or not y:
        return 0.0
    if len(x) > len(y):
        x, y = y, x
    # (The size of the multisets' intersection, as sum((x & y).values()), without building it.)
    shared = sum([min(n, y[w]) for w, n in x.items() if w in y])
    return shared / min(len(_plain_words(a)), len(_plain_words(b)))


@functools.lru_cache(maxsize=4096)  # pure; a line is compared with several others (the result is not changed)
def _word_counts(text: str) -> Counter:
    return Counter(_plain_words(text))


NEAR_COPY_RATIO = 0.9  # prose keeping more of its sentence's words, in their order, repeats it


def _near_copy(s: Sentence, text: str) -> bool:
    """True when `text` is its sentence less a word or two (« Ainsi, » gone
    from a hundred words), or with its opening pronoun or demonstrative
    resolved: the same sentence twice, for the reader of an
    answer or a paragraph. (A labelled list item — a figure, a date — gives
    the sentence a new angle, and may keep it almost whole.)"""
    return _near_copy_of(s.text, text)


@functools.lru_cache(maxsize=4096)  # pure, and asked again of the same lines (faq, then take)
def _near_copy_of(sentence: str, text: str) -> bool:
    """`_near_copy` of the sentence's text."""
    words = _plain_words(sentence)
    # (A text has as many plain words as its whitespace splits it into: told
    # first, most texts are too short to be a copy.)
    if len(text.split()) <= NEAR_COPY_RATIO * len(words):
        return False
    mine = _plain_words(text)
    # Words kept in their order, a pronoun or an article changed at most
    # (« La nouvelle série est baptisée … » for « Cette nouvelle série … »);
    # a re-ordered sentence (an adverbial moved) is not a copy.
    return _kept_in_order(words, mine) >= NEAR_COPY_RATIO * len(mine)


def _importance(s: Sentence, analysis: Analysis, focus: str) -> float:
    score = 2.0 * kpm.contains(s.text, focus)
    score += 0.6 * len(s.entities) + 0.5 * len(s.numbers) + 0.4 * len(s.dates)
    score += 1.5 if s.id == 0 else 0
    score -= 0.02 * s.id
    return score


KEY_POINT_MAX_RATIO = 0.9  # a key point is at most 90 % of its sentence


def key_points(analysis: Analysis, plan: Plan, d: _Derived) -> list[str]:
    d.section = "points"
    # A short text has little besides its lead: its key points may restate it.
    lead = {s.id for s in plan.lead} if len(analysis.sentences) >= SHORT_TEXT_SENTENCES else set()
    ranked = sorted((s for s in analysis.sentences if s.id not in lead),
                    key=lambda s: (-_importance(s, analysis, plan.focus.text), s.id))
    most = max(KEY_POINTS_MIN, min(KEY_POINTS_MAX, round(len(analysis.sentences) / SENTENCES_PER_KEY_POINT)))
    chosen = []
    # The lead's own sentences come last: they fill the list only when the
    # rest of the text gives too few points (the lead is read just above).
    ranked += sorted((s for s in analysis.sentences if s.id in lead),
                     key=lambda s: (-_importance(s, analysis, plan.focus.text), s.id))
    for s in ranked:
        if len(chosen) >= most:
            chosen = _in_context(analysis, chosen)  # (a line it leaves out leaves room for another)
            if len(chosen) >= most:
                break
        most_words = KEY_POINT_MAX_RATIO * s.words  # (once, not per form)
        if state_taken_up(analysis, s) or _continues_dated_past(analysis, s) or _recalled_case(analysis, s):
            continue
        # (A claim keeps its source, or gives no line: `_keeps_source`.)
        t = _first_free(d, s, (_bare_noun_checked(analysis, s, k) for c in _short_forms(s)
                               if word_count(c) <= most_words and not _renamed_inside(analysis, s, c)
                               and (k := _keeps_source(s, c)) and word_count(k) <= most_words),
                        lambda c: c is not None)
        if t:
            chosen.append((s.id, t))
    return [t for _, t in _in_context(analysis, chosen)]


def _in_context(analysis: Analysis, chosen: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The key points (sentence id, line) in the text's order, without a
    line judging what it does not name (`_judged_noun`: « salue une
    décision « de bon sens » ») unless it comes first, right after the lead
    it judges, right after the line of the sentence before it, or after a
    line naming the noun: after another line (the first-instance order the
    appeal overturned) it would judge that one."""
    kept: list[tuple[int, str]] = []
    for i, t in sorted(chosen):
        if kept and kept[-1][0] != i - 1:
            noun = _judged_noun(analysis.sentences[i], t)
            # (Unless a line before names it: « La mesure concerne les 153 communes »,
            # then « Les associations saluent une mesure « nécessaire » ».)
            if noun and not any(find_literal(line.lower(), noun, _NO_WORD_BEFORE, _NO_WORD_AFTER) >= 0
                                for _, line in kept):
                continue
        kept.append((i, t))
    return kept


def _judged_noun(s: Sentence, line: str) -> str | None:
    """The noun (lower case) when the line holds its sentence's indefinite
    noun whose only qualifier is a quotation right after it, out of
    quotations (« salue une décision « de bon sens » », « dénonce une
    procédure « opaque » »): a judgement of something the text named
    before, not named here. None otherwise."""
    if "«" not in line:
        return None
    w = words_of(s.doc)
    for k in range(w.n - 2):
        if (w.lower[k] in ("un", "une") and w.pos[k] == "DET" and w.pos[k + 1] == "NOUN" and w.text[k + 2] == "«"
                and k + 3 < w.n and not w.text[k + 3][:1].isupper()
                and not inside_quote(s.text, w.idx[k]) and s.text[w.idx[k] : w.idx[k + 2] + 1] in line):
            # (A capitalised quotation is the thing's name, not a judgement of
            # it: « un label « Terres vivantes » », « un plan « Ruralité vivante » ».)
            close = next((j for j in range(k + 3, w.n) if w.text[j] == "»"), None)
            # (Nothing more of it after the quotation: « une décision « idéologique »
            # rendue par un juge » names whose.)
            if close is not None and (close + 1 == w.n or (w.punct[close + 1] and w.text[close + 1] not in "«(")):
                return w.lower[k + 1]
    return None


# A possessive opening who speaks in a final incise, then the speaker's name
# after a comma (« , a rappelé son directeur, Hugo Lamarque. »).
_POSSESSIVE_SPEAKER = re.compile(r"(?:son|sa|ses|leur|leurs)\s[^,«»]+,\s+(?=[A-ZÉÈÀÂ])")
# A person's name: capitalised words, and the particles inside one.
_NAME_WORDS = re.compile(r"(?:M\.|Mme|Me|Dr)?\s*[A-ZÉÈÀÂ][\w'’-]*(?:\s+(?:(?:de|du|des|d['’]|la|le)\s*)?[A-ZÉÈÀÂ][\w'’-]*)*")


def _speaker_by_name(line: str | None) -> str | None:
    """A line ending on an incise of saying whose speaker is a possessive's
    role and a name (« En moyenne, la côte recule ici de 2,5 mètres par an,
    a rappelé son directeur, Hugo Lamarque. », the director of the
    observatory named in the sentence before), with the name alone: read
    apart, the possessive would be of a word of the line (the coast). The
    line as it is otherwise."""
    if not line or ", " not in line or not (" son " in line or " sa " in line or " ses " in line or " leur" in line):
        return line
    m = _FINAL_INCISE.search(line)
    if m is None or inside_quote(line, m.start()):
        return line
    p = _POSSESSIVE_SPEAKER.match(line, m.start(2))
    if p is None:
        return line
    name = line[p.end() :].rstrip(" .!?…")
    if not _NAME_WORDS.fullmatch(name):
        return line
    return line[: m.start(2)] + line[p.end() :]


def _bare_noun_checked(analysis: Analysis, s: Sentence, line: str) -> str | None:
    """A line opening on « le »/« la »/« l' » and a bare noun, its
    sentence's bare subject (« Le président a reconnu … », « L'alliance
    perd 65 sièges »): in a list of lines the bare noun reads as any of its
    kind. When every earlier mention of the noun is « le/la/l' » + the noun,
    and one of them only gives its complement (« l'alliance CSU/CDU », « le
    président de l'université, Pierre Mutzenhardt », its acronym « (SNCTA) »),
    the line takes that mention. Else the line as it is, in the text's own
    words: when the text names two with a complement, or the noun after any
    other word (« au ministre de l'Économie », « un ministre », « l'ancien
    ministre »: maybe another one), or the mention's article says another
    gender, which one the bare noun means the words do not say for sure,
    and a name put in would be a guess (the subject's, tried first, gave a
    line to the wrong minister). None when the noun is followed by a comma
    (an apposition the form cut)."""
    line = _demonym_named(analysis, s, _speaker_by_name(line))
    if line is None or not line.startswith(("Le ", "La ", "L'", "L’")):
        return line
    if _demonym_opening(analysis, s, line):
        return None
    m = _DEFINITE_OPENING.match(line)
    if m is None or line.startswith("Les "):
        return line
    noun = m.group(1)
    # The sentence's own bare subject (« En revanche, l'université n'a … »);
    # a form opening on another noun of it is left as it is.
    # (Read off the words' lists, not the Tokens: the noun is tested first.)
    w = words_of(s.doc)
    lower = w.lower
    if noun not in w.lower_set or not any(
            lower[k] == noun and w.dep[k].startswith("nsubj") and k > 0 and lower[k - 1] in _ARTICLES
            and _mention(s.doc[k]) is None for k in range(w.n)):
        return line
    found: set[str] = set()  # the earlier mentions with a complement
    for p in analysis.sentences[: s.id]:
        if noun not in p.text.lower():
            continue
        pw = words_of(p.doc)
        for k in range(pw.n):
            if pw.lower[k] != noun or pw.pos[k] != "NOUN" or inside_quote(p.text, pw.idx[k] - pw.idx[0]):
                continue
            if k == 0 or pw.lower[k - 1] not in _ARTICLES:
                return line  # « au ministre de … », « un ministre », « l'ancien ministre »: another one, maybe
            mention = _mention(p.doc[k])
            if mention == "":
                return line  # (where it ends, unclear)
            if mention:
                found.add(mention[:1].lower() + mention[1:])
    if not found:
        return line  # (a noun the text never named otherwise: as it says it)
    # One referent's shorter mention inside a fuller one: the fuller.
    full = [k for k in found if not any(o != k and o.lower().startswith(k.lower()) for o in found)]
    if len(full) != 1:
        return line
    mention = full[0]
    article = line[: m.start(1)]
    said = mention.split(" ", 1)[0].lower()
    if (article == "Le " and said == "la") or (article == "La " and said == "le"):
        return line  # « La ministre du Travail … » for « Le ministre a reconnu … »: another person
    acronym = re.search(r" \(([A-Z][A-Z0-9-]+)\)$", mention)
    if acronym and article in ("Le ", "La "):
        named = article + acronym.group(1)
    else:
        named = capitalize_first(re.sub(r" \([^()]*\)$", "", mention))
        if ", " in named:
            named += ","  # (the apposition's closing comma: « …, Pierre Mutzenhardt, a reconnu »)
    rest = line[m.end(1):]
    return named + rest if not rest.startswith(",") else None


_ARTICLES = ("le", "la", "l'", "l’")


# A line opening on « le »/« la »/« l' » and a capitalised word with the
# ending of a nationality or an inhabitant's noun (« Le Canadien, meilleur
# buteur … », « L'Américain a … », « La Lyonnaise s'est … »): the French
# suffixes of such nouns that end no country's or region's name (« -an »,
# « -in », « -ande », « -aine », « -ard »: « L'Iran », « Le Bénin », « La
# Finlande », « La Lorraine », « Le Gard »).
# (A compound one hyphenated, « Le Néo-Zélandais », « Le Sud-Africain »; and the
# endings of « L'Allemand », « Le Belge », « Le Suisse », « Le Britannique »,
# « Le Kényan », the place test below telling a country from them.)
_DEMONYM_OPENING = re.compile(r"(?:Le |La |L['’])([A-ZÀÂÉÈÊÎÔÛ][a-zàâçéèêëîïôûùœ]+(?:-[A-ZÀÂÉÈÊÎÔÛ][a-zàâçéèêëîïôûùœ]+)*)"
                              r"(?=,| [a-zàâçéèêëîïôûùœ])")
# The endings a nationality's stem takes (« norvégi » + « en », …), as an alternation tries them.
_DEMONYM_ENDINGS = ("e", "ne", "es", "nes", "s", "")
_DEMONYM_END = re.compile(r"(?:ien|ienne|éen|éenne|ais|aise|ois|oise|ain|ol|ole|ote|ite|and|ande|ge|sse|ique|yan|yane)$")
_PLACE_BEFORE = re.compile(r"(?:\b(?:en|au|aux|à|vers)|\bdans (?:le|la|l['’])|\b(?:pour|de) l['’])\s*$", re.I)


# The article just before a word (the capture), or « de »/« d' » with none
# (« originaire de Suisse », « d'Autriche »: a country's name).
_ARTICLE_OR_DE_BEFORE = re.compile(r"(?<![\w'’])([Ll]es|[Ll]e|[Ll]a|[Ll]['’]|[Dd]e|[Dd]['’]) ?$")
_CAPITALISED = re.compile(r" ([A-ZÀÂÉÈÊÎÔÛ][\w'’-]*)")
# « son compatriote », « ses compatriotes »: another person of the same nationality.
_COMPATRIOT = re.compile(r"(?<![\w-])compatriotes?(?![\w-])", re.I)


def _demonym_facts(analysis: Analysis, word: str) -> tuple[bool, bool, list[tuple[int, str, bool, str | None]], list[int]]:
    """What the text says of a capitalised word with a nationality's ending,
    found once per word (memoized on the analysis): whether it writes it as
    a country's name (after a preposition of place, « de »/« d' » with no
    article); whether it writes it with the articles of both genders (« le
    Suisse Marco Odermatt » and « la Suisse organisera … »); its sightings (offset in
    the joined text, the article before it lowered, « » for none,
    whether it is plural, and the capitalised word after it, if any); and the
    offsets of what says another person may be of that nationality: «
    compatriote », the lower-case adjective (« le coureur norvégien »)."""
    memo = analysis.memo.setdefault("demonym_facts", {})
    facts = memo.get(word)
    if facts is not None:
        return facts
    text = joined_text(analysis)
    country, sightings, articles = False, [], set()
    for at, end in word_matches(text, word, ("s", "")):
        if _PLACE_BEFORE.search(text, max(0, at - 12), at):
            country = True
        a = _ARTICLE_OR_DE_BEFORE.search(text, max(0, at - 4), at)
        article = a.group(1).lower().replace("’", "'") if a else ""
        if article in ("de", "d'"):
            country = True
        if article in ("le", "la"):
            articles.add(article)
        after = _CAPITALISED.match(text, end)
        # (« les Français », « deux Norvégiens »: several)
        sightings.append((at, article, end > at + len(word) or article == "les", after.group(1) if after else None))
    low = word.lower()  # (its stem: « norvégien » of « Norvégienne », « belg » of « Belge »)
    stem = low[:-2] if low.endswith("enne") else low[:-1] if low.endswith("e") else low
    others = [m.start() for m in _COMPATRIOT.finditer(text)]
    others += [at for at, _ in word_matches(text, stem, _DEMONYM_ENDINGS)]
    facts = memo[word] = (country, len(articles) == 2, sightings, sorted(others))
    return facts


def _demonym_entity(e, analysis: Analysis) -> bool:
    """Whether an entity the tagger took for a place or an organisation is a
    nationality's or an inhabitant's noun standing for people (« le
    Norvégien Erik Solberg », then « …, a déclaré le Norvégien »): one word
    of such an ending, after an article every time the text writes it,
    before a name or plural at least once, and never written as a country's name
    (see `_demonym_facts`: « en Norvège », « au Soudan »; « La Belgique a signé
    … » puts no name after it). « Que sait-on du Norvégien ? » would ask about
    someone the question does not name. A word the text writes with both
    genders' articles, one of them before a name (« le Suisse Marco Odermatt »,
    « la Suisse organisera … »), is taken too: the question could not say
    which one it asks about."""
    word = e.name
    if e.label not in ("LOC", "ORG", "MISC") or " " in word or not _DEMONYM_END.search(word):
        return False
    country, both, sightings, _ = _demonym_facts(analysis, word)
    if country or not sightings:
        return False
    if both:
        # « le Suisse Marco Odermatt » and « la Suisse organisera … »: of which the
        # question asks, and with which article (« Que sait-on du Suisse ? » of the
        # country), the words do not say.
        return any(after is not None for _, _, _, after in sightings)
    if any(article in ("", "de", "d'") for _, article, _, _ in sightings):
        return False
    return any(after is not None or several for _, _, several, after in sightings)


def _demonym_opening(analysis: Analysis, s: Sentence, line: str) -> bool:
    """Whether the line opens on « le »/« la »/« l' » and a nationality or
    an inhabitant's noun used for a person the text named before (« Le
    Canadien, meilleur buteur du championnat …, n'avait plus marqué … »,
    after « Jonathan David ouvrait le score … »): alone, the line names
    nobody. Its sentence's parse must agree: the article out of any
    name (« Le Havre », « La Poste » are names, their article with them),
    the word no organisation's or person's name, then a comma, a verb or a
    pronoun; and the text never writes it as a place (« en Iran », « au
    Soudan »)."""
    m = _DEMONYM_OPENING.match(line)
    if m is None or not _DEMONYM_END.search(m.group(1)):
        return False
    word = m.group(1)
    w = words_of(s.doc)
    k = next((k for k in range(1, w.n) if w.text[k] == word and w.lower[k - 1] in _ARTICLES), None)
    if k is None or w.ent_iob[k - 1] in (1, 3) or s.doc[k].ent_type_ in ("PER", "ORG"):
        return False
    if k + 1 < w.n and not (w.text[k + 1] == "," or w.pos[k + 1] in ("VERB", "AUX", "PRON")
                            or w.lower[k + 1] in ("ne", "n'", "n’")):
        return False  # « Le Premier ministre », « La Française des jeux »
    text = joined_text(analysis)
    at = text.find(word)
    while at >= 0:
        # (The word whole: « Canadien » in « Canadienne » is another word.)
        if not text[at + len(word) : at + len(word) + 1].isalnum() and _PLACE_BEFORE.search(text, max(0, at - 12), at):
            return False
        at = text.find(word, at + 1)
    # A person named before it, in its sentence or an earlier one.
    return any(e.label == "PER" and (min(e.sentences) < s.id or (min(e.sentences) == s.id and e.name in s.text[: w.idx[k]]))
               for e in analysis.entities if e.sentences)


# « le »/« la »/« l' » and a nationality's or an inhabitant's noun inside a
# line (« …, a déclaré le Norvégien. », « Dès le second kilomètre, le
# Français subit … »), no name after it (« le Norvégien Erik Solberg »).
_DEMONYM_INSIDE = re.compile(r"(?<![\w'’])(?:le |la |l['’])([A-ZÀÂÉÈÊÎÔÛ][a-zàâçéèêëîïôûùœ]+"
                             r"(?:-[A-ZÀÂÉÈÊÎÔÛ][a-zàâçéèêëîïôûùœ]+)*)(?![\w-])(?! [A-ZÀÂÉÈÊÎÔÛ])")


def _demonym_named(analysis: Analysis, s: Sentence, line: str) -> str | None:
    """A line with a nationality's or an inhabitant's noun inside it that
    stands for a person the text named before (« « S'il n'avait pas freiné
    … », a déclaré le Norvégien. », after « … gênant le Norvégien Erik
    Solberg »): alone, the line names nobody. The line names the person
    only when the text leaves no doubt of whom it speaks (`_demonym_person`);
    None when it does not; the line as it is when the word is no person's
    there (a country's name, « la Norvège », « la Suisse »; a word the text
    never puts before a name). The parse must agree, as for
    `_demonym_opening`: the article out of any name, the word no
    organisation's or person's name, and no noun, adjective nor « de »
    after it (« la Française des jeux »)."""
    if " l" not in line:
        return line  # (what a match needs after the line's start: « le », « la », « l' »)
    for m in _DEMONYM_INSIDE.finditer(line, 1):
        word = m.group(1)
        if not _DEMONYM_END.search(word) or inside_quote(line, m.start()):
            continue
        w = words_of(s.doc)
        k = next((k for k in range(1, w.n) if w.text[k] == word and w.lower[k - 1] in _ARTICLES), None)
        if k is None or w.ent_iob[k - 1] in (1, 3) or s.doc[k].ent_type_ in ("PER", "ORG"):
            continue
        if k + 1 < w.n and (w.pos[k + 1] in ("NOUN", "PROPN", "ADJ", "ADP", "DET")
                            or w.lower[k + 1] in ("de", "du", "des", "d'", "d’")):
            continue  # « le Premier ministre », « La Française des jeux »
        article = m.group(0)[: m.start(1) - m.start()].strip().lower().replace("’", "'")
        key = (s.id, w.idx[k] - w.idx[0], word, article)
        memo = analysis.memo.setdefault("demonym_named", {})
        if key not in memo:
            memo[key] = _demonym_person(analysis, s, w.idx[k] - w.idx[0], word, article)
        name = memo[key]
        if name == "":
            continue  # (no person's noun there)
        if name is None:
            return None
        return line[: m.end(1)] + " " + name + line[m.end(1):]
    return line


def _sentence_starts(analysis: Analysis) -> list[int]:
    """Each sentence's offset in `joined_text` (memoized)."""
    starts = analysis.memo.get("sentence_starts")
    if starts is None:
        starts, at = [], 0
        for q in analysis.sentences:
            starts.append(at)
            at += len(q.text) + 1
        analysis.memo["sentence_starts"] = starts
    return starts


def _person_mentions(analysis: Analysis) -> list[tuple[int, str]]:
    """Where the text names a person (a PER entity, by any of its forms or
    its last word), in the joined text's order, with the entity's name
    (memoized). A one-word entity of a nationality's ending the text writes
    after an article (« l'Autrichien », tagged PER) is no person's name."""
    found = analysis.memo.get("person_mentions")
    if found is not None:
        return found
    text = joined_text(analysis)
    found = []
    for e in analysis.entities:
        if e.label != "PER":
            continue
        if " " not in e.name and _DEMONYM_END.search(e.name) and re.search(
                rf"(?<![\w'’])(?:[Ll]es?|[Ll]a|[Ll]['’]) ?{re.escape(e.name)}(?![\w-])", text):
            continue
        forms = set(e.forms) | {e.name}
        if " " in e.name:
            forms.add(e.name.rsplit(" ", 1)[1])
        for f in forms:
            for at, _ in word_matches(text, f):
                found.append((at, e.name))
    found.sort()
    analysis.memo["person_mentions"] = found
    return found


def _demonym_person(analysis: Analysis, s: Sentence, at: int, word: str, article: str) -> str | None:
    """The person « le Norvégien » at offset `at` of `s` stands for: the one
    the text names with the word and the same article before (« le Norvégien
    Erik Solberg »), when nothing before it leaves a doubt; None when
    something does: several named so, or the word plural, without an
    article, before a name that is no person's (« les Français », « un
    autre Norvégien », « Halland, Norvégien de 22 ans »), « compatriote » or
    the adjective (« le coureur norvégien »), or another person named since
    (« Son compatriote Tobias Halland … », then « a déclaré le Norvégien »)
    unless the text gives each of those another nationality (« l'Italien
    Matteo Russo »). « » when the word is no person's noun there: the text
    writes it as a country (« la Suisse ») or never before a name."""
    country, both, sightings, others = _demonym_facts(analysis, word)
    if country or both:
        return ""
    pos = _sentence_starts(analysis)[s.id] + at
    mentions = _person_mentions(analysis)
    persons = {name for _, name in mentions}
    named: set[str] = set()
    unsure = False
    for o, said, several, after in sightings:
        if o >= pos:
            break
        if several or said != article:
            unsure = True  # (several, no article, or the other gender's)
        elif after is not None:
            text = joined_text(analysis)
            name = max((n for n in persons if text.startswith(n, o + len(word) + 1)), key=len, default=None)
            if name is None:
                unsure = True  # (a name the entities do not hold)
            else:
                named.add(name)
    if not named and not unsure:
        return ""  # (the text never puts the word before a name: maybe a country's, « la Norvège »)
    if unsure or len(named) != 1 or (others and others[0] < pos):
        return None
    name = named.pop()
    before = [n for o, n in mentions if o < pos]
    if before and before[-1] == name:
        return name  # (the last person named before it)
    # Else each other person named before it must have another nationality in the text.
    text = joined_text(analysis)
    given = {}
    for m in re.finditer(r"(?<![\w'’])(?:[Ll]es? |[Ll]a |[Ll]['’])([A-ZÀÂÉÈÊÎÔÛ][a-zàâçéèêëîïôûùœ]+"
                         r"(?:-[A-ZÀÂÉÈÊÎÔÛ][a-zàâçéèêëîïôûùœ]+)*) (?=[A-ZÀÂÉÈÊÎÔÛ])", text[:pos]):
        n = max((n for n in persons if text.startswith(n, m.end())), key=len, default=None)
        if n is not None and _DEMONYM_END.search(m.group(1)):
            given.setdefault(n, set()).add(m.group(1))
    if all(n == name or (n in given and word not in given[n]) for n in set(before)):
        return name
    return None


# What may follow a noun's mention (see _mention): a stop, a bracket, a verb
# (by its tag), a relative pronoun.
_MENTION_ENDS = frozenset((",", "(", ")", ".", ";", ":", "«", "»", "qui", "que", "qu'", "qu’", "dont", "n'", "n’", "ne"))


def _mention(tok) -> str | None:
    """A noun's mention with its article and its complements (« le président de
    l'université, Pierre Mutzenhardt », « L'université de Lorraine », « le
    Syndicat national … (SNCTA) »), read off the words, not the parse (which
    may run into the clause): the article, the noun, then adjectives, names
    and complements opening on « de » (« de », « du », « des », « d' », an
    article, a noun or a name, adjectives), up to any other word; then a name
    set between commas, or an acronym in brackets. None without a complement
    or when longer than 14 words; "" when the words after it run on (no stop,
    bracket, verb or relative pronoun after it: « le projet de parc éolien
    porté … » tagged « éolien » an adverb)."""
    doc = tok.doc
    n = len(doc)
    if tok.i == 0 or doc[tok.i - 1].lower_ not in _ARTICLES:
        return None
    k = tok.i + 1
    last = tok.i
    while k < n:
        w = doc[k]
        if (w.pos_ in ("ADJ", "PROPN") or w.text[:1].isupper()) and w.text[:1].isalnum():
            # (not a mark the tagger took for a name: « le conducteur « roulait … »)
            last = k
            k += 1
            continue
        if w.text in ("/", "-") and k + 1 < n and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper():
            k += 1  # « CSU/CDU »
            continue
        if w.lower_ in ("de", "du", "des") or (w.lower_ in ("d'", "d’")):
            j = k + 1
            if j < n and doc[j].pos_ == "DET" and doc[j].lower_ in ("la", "l'", "l’", "le", "les"):
                j += 1
            if j < n and doc[j].pos_ in ("NOUN", "PROPN"):
                last = k = j
                k += 1
                continue
        break
    if last == tok.i:
        return None
    end = last
    if end + 1 < n and not (doc[end + 1].text in _MENTION_ENDS or doc[end + 1].pos_ in ("VERB", "AUX")):
        return ""  # (the words run on: where the mention ends is unclear)
    # « , Pierre Mutzenhardt, »: a name in apposition between commas.
    if end + 2 < n and doc[end + 1].text == ",":
        j = end + 2
        while j < n and doc[j].pos_ == "PROPN":
            j += 1
        if j > end + 2 and j < n and doc[j].text == ",":
            end = j - 1
    # « (SNCTA) »: its acronym.
    elif end + 3 < n and doc[end + 1].text == "(" and doc[end + 3].text == ")" and doc[end + 2].text.isupper():
        end += 3
    if end - (tok.i - 1) + 1 > 14:
        return None
    return doc[tok.i - 1 : end + 1].text


# A line's opening definite article and noun, then a comma or a word that is
# not a complement's preposition (« L'école accueille … », not « L'école de
# Marcolès … »).
_DEFINITE_OPENING = re.compile(r"(?:(?:Le|La|Les) |L['’])([a-zàâçéèêëîïôûùœ][\w-]*)"
                               r"(?:,| (?!(?:de|du|des|d['’]|à|au|aux)(?![\w'’]))[a-zàâçéèêëîïôûùœ])")


def _renamed_inside(analysis: Analysis, s: Sentence, line: str) -> bool:
    """A line opening on a definite article and a bare noun that its sentence
    writes after a name the line lost, and that neither the headline nor the
    text before uses (« C'est à Marcolès, village de 620 habitants, que … :
    l'école, qui accueille 34 élèves … » -> « L'école accueille 34 élèves
    … »): the noun was the school of that name; alone, the line says not
    which. (outline._renamed_openings reads such a noun opening a sentence.)"""
    m = _DEFINITE_OPENING.match(line)
    if m is None:
        return False
    noun = m.group(1)
    w = words_of(s.doc)
    # The noun in the sentence, after a definite article, not at its start.
    k = next((k for k in range(2, w.n) if w.lower[k] == noun and w.pos[k] == "NOUN"
              and w.lower[k - 1] in ("le", "la", "les", "l'", "l’")), None)
    if k is None:
        return False
    if not any(w.pos[j] == "PROPN" and w.text[j] not in line for j in range(k - 1)):
        return False  # (no name before it that the line lost)
    if noun in w.lower[: k - 1]:
        return False
    title = words_of(analysis.title_doc).lower_set if analysis.title_doc is not None else frozenset()
    return not (noun in title or any(noun in words_of(p.doc).lower_set for p in analysis.sentences[: s.id]))


def _verbless(s: Sentence) -> bool:
    """A sentence without a verb of its own, its one finite verb inside a
    relative clause (« Un mutisme que Gabe Newell a cassé lors d'une
    mini-conférence … », « Déclaration à la suite de laquelle il faisait
    l'objet d'une enquête … »): out of its paragraph it states nothing. Read
    off the words (the parse of such a sentence is often broken): exactly one
    finite verb, after a relative pronoun that ends the opening noun group
    (not « dont » for « including »: « Dix personnes, dont trois enfants, ont
    été tuées »), and the sentence not opening on a demonstrative pronoun
    (« Ce que dit le rapport … », « Ceux qui … »)."""
    w = words_of(s.doc)
    if w.verb_finite.count(True) != 1 or w.lower[0] in ("ce", "c'", "ceux", "celui", "celle", "celles"):
        return False
    finite = w.verb_finite.index(True)
    # The relative pronoun closes the opening noun group: no verb before it.
    rel = next((k for k in range(1, min(finite, RELATIVE_OPENING_MAX))
                if w.lower[k] in RELATIVE_PRONOUNS and not _dont_including(w, k)), None)
    return rel is not None and not any(w.pos[k] in ("VERB", "AUX") for k in range(rel))


def _dont_including(w, k: int) -> bool:
    """« Dix personnes, dont trois enfants, ont été tuées »: « dont » (token k)
    meaning « including », a noun group and no verb up to the next comma."""
    if w.lower[k] != "dont":
        return False
    end = next((j for j in range(k + 1, w.n) if w.text[j] == ","), None)
    return end is not None and not any(w.pos[j] in ("VERB", "AUX") for j in range(k + 1, end))


RELATIVE_OPENING_MAX = 7  # « Déclaration à la suite de laquelle »: the pronoun among the first words


def _cut_before_ground(sentence: str, form: str) -> bool:
    """Whether `form` is the start of `sentence` cut where a clause in « car »
    begins: « Pour le Portugal, la situation est encore plus délicate. » of
    « …, car le vote de mesures d'austérité devraient … ». A judgement
    without what it rests on says little out of its paragraph. (A clause in
    « mais » may go: « Vincent Luis parvient … à conserver un diplôme
    olympique en prenant la 7e position » is a fact without it.)"""
    body = form.rstrip(".")
    if not sentence.startswith(body):
        return False
    rest = sentence[len(body):]
    # (Nor a premise without the conclusion a colon draws from it: « Un recours
    # devant le Conseil d'État n'est pas suspensif[ : la banque devra donc payer
    # l'amende …] ».)
    return rest.startswith(", car ") or (rest.lstrip().startswith(":") and " donc " in rest)


_UNIT = re.compile(
    r"\s*(?:(?:kilo|centi)?mètres?\s+(?:carrés|cubes)|[km]m[²³]|m[²³]|kilowattheures?|kWh|"
    r"%|km/h|km|kilomètres?|m|mètres?|€|euros?|dollars?|\$|ans|mois|jours|heures|"
    r"(?:millions?|milliards?)(?:\s+(?:de\s+|d')[\w-]+)?)(?![\w/])"
)
# A hedge or a bound before a figure is part of it: « vers 14 h 30 »,
# « jusqu'à 80 km/h », « plus de 900 », « environ 10 kilomètres », « quelque
# 1 700 salariés » (the adverb: about).
_QUANTIFIER = re.compile(r"\b(?:(?:plus|moins|près|environ|pas moins|au moins)\s+(?:de\s+|d')?|(?:vers|jusqu['’]à|quelque|presque)\s+)$",
                         re.I)
# A verb of a bound or an approximation right before a figure (« dépassait
# 64 % », « frôle les 40 degrés »): the figure alone is not what the text
# says, and « plus de » would guess at the verb's sense: no label.
_BOUND_VERB = re.compile(r"\b(?:dépass|excéd|surpass|frôl|avoisin|approch)\w*\s+(?:les\s+)?$", re.I)
# A hyphen goes on with a compound word: « 900 sapeurs-pompiers ».
_HYPHEN_TAIL = re.compile(r"(?:-[a-zàâçéèêëîïôûùœ]+)+")
NUMBER_WORDS = {"trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze",
                "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "mille"}


# A figure: « 12 000 », « 20,5 » (not « 49 » of « 49.3 »). (What goes before
# its first digit is tested behind that digit, « \d(?<![\w,]\d)(?<!\d\.\d) »
# for « (?<![\w,])(?<!\d\.)\d »: a pattern that opens on a digit is looked
# for from digit to digit, one that opens on a look-behind at every position.)
_DIGITS = re.compile(r"\d(?<![\w,]\d)(?<!\d\.\d)\d*(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?(?![\w,])(?!\.\d)")
_DAY_BEFORE = re.compile(
    r"\b(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|années|printemps|automne|hiver)\s+$", re.I)
_DAY_BEFORE_REACH = 9  # its longest word (« été » is no season here: « le bilan a été 39 morts »)


def _day_before(text: str, at: int) -> bool:
    """`_DAY_BEFORE.search(text, 0, at)`, looked for only where a match can
    start: its word ends where the spaces before `at` start (« $ » matches at
    `at`, or before a line break there, which is a space too). Searched from
    there, « \\b » still sees the character before."""
    i = at
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return _DAY_BEFORE.search(text, max(0, i - _DAY_BEFORE_REACH), at) is not None


def _figure_spans(s: Sentence) -> list[tuple[int, int]]:
    """Character spans of the figures of a sentence (digits, or a number word
    counting a noun), dates and quotations left out."""
    out = [(m.start(), m.end()) for m in _DIGITS.finditer(s.text)]
    w = words_of(s.doc)
    if not NUMBER_WORDS.isdisjoint(w.lower_set):
        for i, low in enumerate(w.lower):
            if low in NUMBER_WORDS and w.dep[i] == "nummod" and i > 0 and w.pos[i - 1] != "DET":
                out.append((w.idx[i], w.end_char(i)))
    if not out:
        return out  # (most sentences)
    keep = []
    for a, b in sorted(out):
        if any(d.start <= a < d.end for d in s.dates) or inside_quote(s.text, a):
            continue
        if _day_before(s.text, a):
            continue  # « le jeudi 18 », « les années 2000 » are dates, not figures
        keep.append((a, b))
    return keep


_SUM_BEFORE = re.compile(
    r"((?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante)"
    r"\s+(?:heures?|minutes?|secondes?|ans?|mois|jours?|semaines?|kilomètres?|km|mètres?|m))\s+et\s+$", re.I)


_MINUTES_AFTER_HOURS = re.compile(f"[{GROUP_SPACES}]?[0-5]\\d\\b")
# A duration in several units is one quantity: « 1 minute 48 secondes », « 5
# minutes 40 », « 3 heures 12 minutes »; the smaller part after the larger,
# and the larger before the smaller.
# (A bare number after « 2 heures » is its minutes only before no noun it
# would count: « pendant 2 heures 30 manifestants … » is another figure.)
_SMALLER_PART_AFTER = re.compile(r"\s+(?P<n>[0-5]?\d(?:,\d+)?)(?!\d|,\d)(?:\s+(?P<unit>minutes?|min|secondes?|s)\b)?")
_LARGER_UNIT_END = re.compile(r"\b(?:heures?|minutes?|min)$")
_LARGER_PART_BEFORE = re.compile(r"\b\d{1,2}\s+(?:heures?|h|minutes?|min)\s+$")
_SMALLER_UNIT = re.compile(r"[0-5]?\d(?:,\d+)?\s+(?:minutes?|min|secondes?|s)\b")
_SECONDS_AFTER_MINUTES = re.compile(r"\s+min(?:\s+[0-5]?\d\s+s)?\b")
# What says a time of day before its hour: « à 16 heures », « vers 3 heures », « dès 7 h ».
# (« depuis 24 heures » is a length of time: « depuis » is not among them.)
_TIME_OF_DAY_WORDS = r"\b(?:à|vers|dès|avant|après|jusqu['’]à)\s+"
_TIME_OF_DAY_BEFORE = re.compile(_TIME_OF_DAY_WORDS + "$", re.I)
_TIME_OF_DAY_IN = re.compile(_TIME_OF_DAY_WORDS + r"\d{1,2}\s+(?:heures?|h)\b", re.I)


def _counts_a_noun(s: Sentence, at: int) -> bool:
    """Whether the word after the bare number ending at `at` is one it
    counts (a noun, an adjective, another figure): « 2 heures 30 manifestants »."""
    w = words_of(s.doc)
    j = bisect_left(w.idx, at)
    if j >= w.n:
        return False
    return w.pos[j] in ("NOUN", "PROPN", "ADJ", "NUM") or w.text[j][:1].isdigit()


def _hours_of_day(figure: str) -> bool:
    """Whether `figure` is an hour of the day: « 16 heures », « 22 h 17 »,
    « 3 h », « 16 heures 30 » (at most 24 hours, no second count after)."""
    m = re.fullmatch(r"(\d{1,2})\s+(?:heures?|h)(?:\s+[0-5]\d)?", figure)
    return m is not None and int(m.group(1)) <= 24


# A noun group after « millions de paires »: French compounds of « de » and a
# bare noun (« paires de bases ») are one noun; an article (« de la ») opens
# another group.
_COMPOUND_TAIL = re.compile(r"\s+(?:de\s+|d['’])(?!(?:la|le|les|l'|un|une|des|du|ce|cette|ces|son|sa|ses|leur|leurs)\b)"
                            r"[a-zàâçéèêëîïôûù][\w-]*")
# A unit ending on such a group (« millions de paires », « millions d'euros »),
# after which another may follow; « 300 dollars de plus » has none.
_ENDS_ON_DE_GROUP = re.compile(r"\s(?:de\s+|d['’])[\w-]+$")
_FIGURE = r"(?:\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?|" + "|".join(sorted(NUMBER_WORDS | {"deux", "un", "une"})) + ")"
# A range or a pair ending on the figure: « entre 3 et 5 % », « de 40 à 60 % »,
# « âgés de 4 et 7 ans »; the figure before may carry the same unit (« de 20
# heures à 8 heures »), no other (« 2 morts et 25 blessés » is no range).
_RANGE_BEFORE = re.compile(rf"(?:\b(?P<opener>entre|de|d')\s*)?(?P<low>\b{_FIGURE})(?:\s+(?P<unit>[^\W\d]+|%))?"
                           rf"\s+(?P<conj>et(?:\s+(?:à|de))?|à)\s+$", re.I)
_RANGE_AFTER = re.compile(rf"\s+(?P<conj>et|à)\s+{_FIGURE}(?!\w|,\d)(?:\s+(?P<unit>[^\W\d]+(?:/[^\W\d]+)?(?![\w/])|%))?", re.I)
# The second value of a pair, its « à »/« de » repeated or not: « 4,2 % et à 2,7 % ».
_PAIR_AFTER = re.compile(rf"\s+et\s+(?:(?:à|de)\s+)?{_FIGURE}(?!\w|,\d)(?:\s+(?P<unit>[^\W\d]+(?:/[^\W\d]+)?(?![\w/])|%))?", re.I)
# « de 4 % et de 5 % à 6 % »: the second value opens a range, no pair's end.
_RANGE_END_AFTER = re.compile(rf"\s+à\s+{_FIGURE}(?!\w)", re.I)
_RANGE_OPENER = re.compile(r"\b(?P<opener>entre|de|d')\s*$", re.I)
_FIGURE_START = re.compile(rf"(?:{_FIGURE})(?![^\W\d])", re.I)  # (a whole word: « une », not « un »)


def _range_of(text: str, start: int, end: int, figure: str) -> tuple[int, int]:
    """The label's span widened to the range or pair it ends or opens: the
    whole range is the figure (« **5 %** » of « entre 3 et 5 % » said less than
    the text). « entre … et … » and « de … à … » go whole; « de 4 et 7 ans »
    (two ages) from its first figure."""
    # (The number first: « 12 000 habitants » has no unit « 000 », and its
    # group spaces may be no-break ones.)
    number = _FIGURE_START.match(figure)
    rest = figure[number.end():].split() if number else figure.split()[1:]
    unit = rest[0] if rest else None
    m = _RANGE_BEFORE.search(text, max(0, start - 40), start) if _conjunction_before(text, start) else None
    if m and m.end() == start and m.group("unit") in (None, unit) and not (
            len(m.group("conj").split()) == 2 and _RANGE_END_AFTER.match(text, end)):
        opener, conj = (m.group("opener") or "").lower(), m.group("conj").lower()
        whole = (opener, conj) in (("entre", "et"), ("de", "à"), ("d'", "à"))
        return (m.start() if whole else m.start("low")), end
    o = _RANGE_OPENER.search(text, max(0, start - 7), start)
    if (unit and (not o or o.group("opener").lower() != "entre")
            and figure == f"{number.group(0) if number else figure.split()[0]} {unit}"):
        after = _PAIR_AFTER.match(text, end)
        if after and after.group("unit") == unit and not _RANGE_END_AFTER.match(text, after.end()):
            return start, after.end()  # « 4,2 % et 2,7 % », « de 4 % et 5 % »: a pair of values, not its first member
    if unit and o:
        after = _RANGE_AFTER.match(text, end)
        opener = o.group("opener").lower()
        if after and (after.group("unit") == unit or (_two_units(unit, after.group("unit"))
                                                       and not _COMPLEMENT_AFTER.match(text, after.end()))) and (
                (opener == "entre") == (after.group("conj").lower() == "et")):
            return o.start(), after.end()  # (« de 18 mois à deux ans »: one range, in two units)
    elif unit and " à " in text[end : end + 3]:
        # « avec 58 % à 62 % des voix »: « à » and a value of the same unit,
        # written again, make a range without « de »; its first value alone
        # reads as a point.
        after = _RANGE_AFTER.match(text, end)
        if after and after.group("conj").lower() == "à" and after.group("unit") == unit:
            return start, after.end()
    return start, end


# The units of one dimension: a range goes from a value to another of the
# same kind (« de 18 mois à deux ans »), never from a length to a speed nor
# from a duration to a price (« un vol de 2 heures à 300 euros »).
_UNIT_DIMENSIONS = (
    # (An age or a stay in years or months, never to a clock time: « un
    # adolescent de 16 ans à 3 heures », « un bébé de 6 mois à 2 heures de
    # marche ».)
    frozenset(("an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours")),
    frozenset(("heure", "heures", "minute", "minutes", "seconde", "secondes")),
    frozenset(("km", "kilomètre", "kilomètres", "m", "mètre", "mètres", "centimètre", "centimètres", "cm")),
    frozenset(("€", "euro", "euros", "dollar", "dollars", "$")),
)


# « à 3 heures du matin », « à 2 kilomètres du refuge », « à 2 heures de
# marche »: a second value in another unit with a complement is a time point
# or a place, no range's end (when unsure, no range).
_COMPLEMENT_AFTER = re.compile(r"\s+(?:du|de|des|d['’])(?!\w)", re.I)


def _two_units(a: str | None, b: str | None) -> bool:
    """Two units of one dimension (« mois », « ans »)."""
    if not a or not b:
        return False
    a, b = a.lower(), b.lower()
    return any(a in d and b in d for d in _UNIT_DIMENSIONS)


# A value listed among others of its unit: « 4 %, 3 % et 2 % ».
_LISTED_AFTER = re.compile(rf",\s+{_FIGURE}\s+(?P<unit>[^\W\d]+\b|%)", re.I)
_LIST_END_AFTER = re.compile(rf"\s+(?:et|ou)\s+{_FIGURE}\s+(?P<unit>[^\W\d]+\b|%)", re.I)
_LIST_END_BEFORE = re.compile(rf"\b{_FIGURE}\s+(?P<unit>[^\W\d]+|%)\s+(?:et|ou)\s+$", re.I)
_LISTED_BEFORE = re.compile(rf"\b{_FIGURE}\s+(?P<unit>[^\W\d]+|%)\s*,\s+$", re.I)


def _listed(text: str, start: int, end: int, unit: str | None) -> bool:
    """Whether the label text[start:end] (a value, or a pair of them) is one
    member of a longer enumeration of values of its unit (« 4 %, 3 % et 2 %
    »): a member alone says less than the text. An enumeration ends on « et »
    or « ou » and a value of the unit (« 7 %, 2 % de plus qu'en 2024 » is none)."""
    if unit is None:
        return False
    before = 0
    at = start
    last = _LIST_END_BEFORE.search(text, max(0, at - 30), at)
    if last and last.group("unit") == unit:
        at = last.start()  # « …, 1 % ou 2 % »: the last member, after its run
    while (m := _LISTED_BEFORE.search(text, max(0, at - 30), at)) and m.group("unit") == unit:
        before, at = before + 1, m.start()
    after = 0
    at = end
    while (m := _LISTED_AFTER.match(text, at)) and m.group("unit") == unit:
        after, at = after + 1, m.end()
    if not before and not after:
        return False
    if last and last.group("unit") == unit:
        return True
    if re.search(r"\s(?:et|ou)\s", text[start:end], re.I):
        return not after  # the label is the pair ending the enumeration
    last = _LIST_END_AFTER.match(text, at)
    return last is not None and last.group("unit") == unit


def _conjunction_before(text: str, at: int) -> bool:
    """Whether « et », « et de » or « à » (any case) stands right before the
    spaces before `at`, after a space: what a match of _RANGE_BEFORE ending
    at `at` ends on (« \\s+(?:et(?:\\s+(?:à|de))?|à)\\s+$ »), tested before the search. (re.I reads no
    other letter as one of these: str.lower() says the same.)"""
    i = at
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == at:
        return False
    if text[i - 2 : i].lower() == "de" and i > 2 and text[i - 3].isspace():
        i -= 2  # « et de » (« de 4 % et de 5 % »): the « et » before
        while i > 0 and text[i - 1].isspace():
            i -= 1
        return text[i - 2 : i].lower() == "et" and i > 2 and text[i - 3].isspace()
    if text[i - 2 : i].lower() == "et":
        return i > 2 and text[i - 3].isspace()
    return text[i - 1 : i].lower() == "à" and i > 1 and text[i - 2].isspace()


_QUANTIFIER_LETTERS = 11  # the most characters other than spaces a match of _QUANTIFIER holds (« pas moins d' »)


def _quantifier_before(text: str, at: int):
    """`_QUANTIFIER.search(text[:at])`, searched only in the last characters
    before `at` when those hold more than a match can of anything but
    spaces: a match ends at `at`, so none can start before them. (« \\b »
    still sees the character before where the search starts.)"""
    lo = max(0, at - 3 * _QUANTIFIER_LETTERS)
    if lo and len("".join(text[lo:at].split())) <= _QUANTIFIER_LETTERS:
        lo = 0  # mostly spaces: searched whole
    return _QUANTIFIER.search(text, lo, at)


_PART_OF_BEFORE = re.compile(rf"(?<!\w){_FIGURE}\s+(?:des|d['’]entre les)\s+$", re.I)
_YEAR = re.compile(r"(?:1[89]|20|21)\d\d")


def _quantitative_en(w, noun: int) -> bool:
    """The verb over the noun after a figure has the pronoun « en » (« en
    acquérir 24 supplémentaires », the noun a mistagged adjective): the
    figure counts what « en » stands for."""
    verb = w.head[noun]
    return any(w.lower[k] == "en" and w.pos[k] == "PRON" and w.head[k] == verb
               for k in range(max(0, verb - 3), verb))


# Before a person's age: « âgé de », « un homme de », « sa fille de », or
# a comma (« Jean Dupont, 47 ans, »: with a comma after it too).
_AGE_BEFORE = re.compile(r"(?:\bâgée?s?|\b(?:homme|femme|garçon|enfant|adolescente?|bébé|conducteur|conductrice"
                         r"|père|mère|fils|fille|frère|sœur|mari|épouse|victime|retraitée?|étudiante?)"
                         r"(?:\s+[a-zàâçéèêëîïôûù]+)?)\s+de\s+$", re.I)


def _an_age(text: str, a: int, label: str) -> bool:
    """The label `label` of the figure at `a` (« 47 ans » of « le conducteur,
    âgé de 47 ans, », « un homme de 52 ans », « Jean Dupont, 47 ans, ») is a
    person's age, no key figure of the news."""
    start = text.lower().find(label.lower(), max(0, a - len(label)))
    if start < 0:
        return False
    end = start + len(label)
    if not text[start : start + 1].isdigit() and text[start:end].split()[0].lower() not in NUMBER_WORDS:
        return False  # « plus de 65 ans »: a bound, of a group (« les personnes âgées de plus de 65 ans »)
    return bool(_AGE_BEFORE.search(text, max(0, start - 30), start)
                or (text[max(0, start - 2) : start] == ", " and text[end : end + 1] == ","))


def _singular_after_many(figure: str, word: str) -> bool:
    """A whole number of two or more, then a word of four letters or more in
    the singular (no final s, x or z): the parse's noun is no noun the figure counts (« dont trois
    grièvement », « catégorie 4 dimanche »)."""
    digits = figure.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    many = (digits.isdigit() and int(digits) >= 2) or figure.lower() in NUMBER_WORDS or figure.lower() == "deux"
    # (A symbol or an abbreviation, « 2 h 05 », « 3 min », takes no plural: not read.)
    return many and len(word) > 3 and word.isalpha() and word[-1:].lower() not in ("s", "x", "z")


# « et demi » after a figure's unit is part of the figure: « trois ans et demi ».
_HALF_AFTER = re.compile(r"\s+et\s+demie?\b")
# « par » then a noun of what a rate is counted by, after a figure's unit,
# makes it a rate: « 420 microgrammes par mètre cube », « 1 500 euros par
# an », « 50 euros par personne et par jour » (both); not « par la
# gendarmerie », « par précaution », « par téléphone » (a manner, a means: an
# open class, so the rate's nouns are the closed one).
_RATE_AFTER = re.compile(r"\s+par\s+([a-zàâçéèêëîïôûùœ²³/][\w²³/-]*)(?:\s+(?:cubes?|carrés?)\b)?(?![\w-])"
                         r"(?:\s+et\s+par\s+([a-zàâçéèêëîïôûùœ²³/][\w²³/-]*)(?:\s+(?:cubes?|carrés?)\b)?(?![\w-]))?")
_RATE_NOUNS = frozenset((
    "an", "année", "mois", "semaine", "jour", "nuit", "heure", "minute", "seconde", "trimestre", "semestre",
    "habitant", "personne", "salarié", "employé", "agent", "foyer", "ménage", "famille", "élève", "étudiant",
    "enfant", "adulte", "patient", "lit", "tête", "passager", "voyageur", "participant", "membre", "adhérent",
    "logement", "véhicule", "voiture", "classe", "commune", "unité", "action", "baril", "litre", "kilo",
    "kilogramme", "kg", "tonne", "hectare", "mètre", "kilomètre", "km", "m²", "m2", "kilowattheure", "kwh",
    "mégawattheure", "mwh", "repas", "nuitée", "visiteur", "spectateur", "match", "cas", "mille", "dose",
    "bouteille", "paquet", "sac", "boîte", "demi-heure", "demi-journée", "quart-temps"))


def _rate_after(text: str, end: int):
    """The end of the rate after a figure's unit at `end` (`_RATE_AFTER`,
    each « par » noun one of _RATE_NOUNS), or None."""
    if " par " not in text[end : end + 5]:
        return None
    m = _RATE_AFTER.match(text, end)
    if not m or m.group(1).lower() not in _RATE_NOUNS:
        return None
    if m.group(2) is not None and m.group(2).lower() not in _RATE_NOUNS:
        return None  # « … par personne et par … »: the rate unclear, none
    if not _RATE_END.match(text, m.end()):
        return None  # « par personne interposée », « par mois de retard »: no rate, or another one
    return m.end()


# A rate given on a base (« pour 100 000 habitants »: 1, 10, 100, 1 000 … or
# « mille »), maybe after a noun or an adjective of the figure's group
# (« 61 médecins [généralistes] pour 100 000 habitants »).
_PER_BASE = re.compile(r"(?:\s+([a-zàâçéèêëîïôûùœ][\w-]*))?\s+pour\s+(?:1(?:00?)?(?:[\s\u00a0\u202f]000)*|mille)"
                       r"\s+(?:(?:millions?|milliards?)\s+d['’]\s*)?[a-zàâçéèêëîïôûùœ][\w-]*(?![\w'’-])")


def _per_base_after(s: Sentence, end: int) -> int | None:
    """The end of the base a figure's rate is given on, after its label's
    `end` (`_PER_BASE`), or None: « 61 médecins » of « 61 médecins
    généralistes pour 100 000 habitants » is a density, no count."""
    if " pour " not in s.text[end: end + 40]:
        return None
    m = _PER_BASE.match(s.text, end)
    if m is None or m.group(0).split()[-1] in _DETERMINER_WORDS:
        return None
    if m.group(1):
        w = words_of(s.doc)
        i = w.token_at(m.start(1))
        if i is None or w.pos[i] not in ("NOUN", "ADJ"):
            return None
    return m.end()


_DETERMINER_WORDS = frozenset("le la les l un une des du de d ce cet cette ces son sa ses leur leurs".split())


# What may follow a rate's noun: the phrase's end (a mark, a preposition, a
# conjunction, a relative), never an adjective nor a « de » complement of the
# noun (« par personne interposée », « par mois de retard », « par heure
# supplémentaire »). When unsure, no rate.
_RATE_END = re.compile(r"\s*(?:$|[,.;:!?)»\]–—]|\s(?:à|au|aux|en|pour|sur|dans|avec|contre|depuis|pendant|jusqu|"
                       r"selon|et|ou|soit|chez|vers|après|avant|dès|sans|mais|dont|qui|que|d['’]ici|hors|sauf|"
                       r"outre|grâce|parmi)(?![\w-])|\squ['’])", re.I)


# The most words an adjective's complement may hold in a label (« 12 000
# canards prêts à gaver »); a longer one is no label's.
_ADJECTIVE_TAIL_MAX = 3


def _adjectives_end(s: Sentence, w, noun: int, k: int) -> int | None:
    """The index after the adjectives of `noun` that follow it from token
    k (« blessés graves », « emplois directs et indirects », « canards prêts
    à gaver »): they restrict what the figure counts, and a label without
    them may say another count (« trois blessés » of « trois blessés graves
    et onze blessés légers »). None when one has a complement too long for
    a label."""
    while k < w.n and w.pos[k] == "ADJ" and w.head[k] == noun and w.dep[k] == "amod":
        # Its complement: the words of its subtree up to a coordinator or a
        # mark (« graves[ et onze …] »: the parse may hang the next group on it).
        right = s.doc[k].right_edge.i
        end = k + 1
        while end <= right and w.lower[end] not in ("et", "ou") and not w.punct[end] and not w.like_num[end]:
            end += 1
        if end - k - 1 > _ADJECTIVE_TAIL_MAX:
            return None
        adjective, k = k, end
        if (k + 1 < w.n and w.lower[k] in ("et", "ou") and w.pos[k + 1] == "ADJ" and w.head[k + 1] == adjective
                and w.dep[k + 1] == "conj" and s.doc[k + 1].right_edge.i == k + 1):
            k += 2  # « directs et indirects »
    return k


def _counted_group_end(s: Sentence, w, noun: int) -> int | None:
    """Where (a character offset) the group a figure counts ends, from its
    noun `noun`: the noun with its adjectives, and a bare noun coordinated
    to it with its own (« 180 000 canards et poulets »: the figure counts
    both, « 180 000 canards » says another thing). None when the group
    cannot be said whole (an adjective with a long complement)."""
    k = _adjectives_end(s, w, noun, noun + 1)
    if k is None:
        return None
    if (k + 1 < w.n and w.lower[k] in ("et", "ou") and w.text[k + 1][:1].islower()
            and (w.pos[k + 1] == "NOUN" and (w.head[k + 1] == noun or (w.dep[k + 1] == "conj" and noun <= w.head[k + 1] < k))
                 or w.pos[k + 1] == "ADJ" and w.head[k + 1] == noun and w.dep[k + 1] == "conj")):
        # (The tagger may call the second noun an adjective coordinated to the
        # first: « 300 salariés et intérimaires ». A coordinated noun with a
        # determiner or a figure of its own, « 300 salariés et leurs
        # familles », « 2 morts et 25 blessés », is another group.)
        k = _adjectives_end(s, w, k + 1, k + 2)
        if k is None:
            return None
    return w.end_char(k - 1)


def figure_label(s: Sentence, a: int, b: int) -> str | None:
    """« 12 000 vols », « plus de 125 km/h », « 20,5 % des voix », « catégorie
    1 »: the figure with its unit or the noun it counts, as the sentence has
    them; None when the figure counts nothing the reader can name."""
    text = s.text
    unit = _UNIT.match(text, b)
    if unit:
        end = unit.end()
        compound = _COMPOUND_TAIL.match(text, end) if unit.group(0).rstrip()[-1:].isalpha() and _ENDS_ON_DE_GROUP.search(unit.group(0)) else None
        if compound:
            end = compound.end()  # « 6,4 millions de paires de bases », not « … de paires »
        tail = re.match(r"\s+(?:des|de|d')\s*(?:voix|sièges|suffrages|habitants|personnes|morts)\b", text[end:])
        if tail and "%" in unit.group(0):
            end += tail.end()
    else:
        w = words_of(s.doc)
        toks = range(bisect_left(w.idx, a), bisect_left(w.idx, b))  # the tokens starting in a..b (offsets in order)
        if not toks or w.idx[toks[0]] != a:
            return None  # « course.+12 000 »: the tokens do not start with the figure
        first, last = toks[0], toks[-1]
        if last + 1 < w.n and w.pos[last + 1] == "NOUN" and w.text[last + 1][:1].islower():
            if _quantitative_en(w, last + 1):
                return None  # « d'en acquérir 24 supplémentaires »: what it counts is named before
            if _singular_after_many(text[a:b], w.text[last + 1]):
                return None  # « dont trois grièvement », « 4 dimanche »: no noun it counts
            end = w.end_char(last + 1)
            if (w.lower[last + 1] == "voix" and last + 2 < w.n and w.lower[last + 2] in ("pour", "contre")
                    and (last + 3 >= w.n or w.pos[last + 3] == "PUNCT")):
                # « 98 voix pour, 52 contre »: not the votes cast (but « 312 voix
                # contre 221 » sets two figures against each other).
                end = w.end_char(last + 2)
            k = last + 2
            if (k + 1 < w.n and w.lower[k] in ("en", "à") and w.pos[k + 1] == "NOUN" and w.head[k + 1] == last + 1
                    and w.text[k + 1][:1].islower()
                    and not (k + 2 < w.n and w.pos[k + 2] == "ADJ" and w.head[k + 2] == k + 1)):
                # « trois mises en demeure »: a bare noun after « en », « à » is the
                # noun's own; one with its adjective (« 4 blessés en urgence
                # absolue ») is a group of its own, not cut.
                end = w.end_char(k + 1)
            else:
                whole = _counted_group_end(s, w, last + 1)
                if whole is None:
                    return None  # an adjective with a long complement: no label says the group whole
                end = max(end, whole)
        elif first > 0 and w.pos[first - 1] == "NOUN" and w.text[first - 1][:1].islower():
            if first > 1 and w.text[first - 2][:1].isdigit():
                return None  # « 3 h 17 »: the minutes of a time, which « 3 » labels whole
            if _YEAR.fullmatch(text[a:b]) or (first > 1 and w.pos[first - 2] == "ADJ" and w.head[first - 2] == first - 1):
                # « la rentrée 2027 », « l'exercice 2026 »: a year, no figure;
                # « fin du premier semestre 2027 »: « semestre 2027 » would lose « premier ».
                return None
            return f"{w.text[first - 1]} {text[a:b]}"
        else:
            return None
    hyphen = _HYPHEN_TAIL.match(text, end) if text[end : end + 1] == "-" else None
    if hyphen:
        end = hyphen.end()
    half = _HALF_AFTER.match(text, end) if " et " in text[end : end + 4] else None
    if half:
        end = half.end()  # « trois ans et demi » is no « trois ans »
    if text[end - 2 : end] == " h":
        minutes = _MINUTES_AFTER_HOURS.match(text, end)
        if minutes:
            end = minutes.end()  # « 15 h 30 » is one time, not « 15 h »
            seconds = _SECONDS_AFTER_MINUTES.match(text, end)
            if seconds:
                end = seconds.end()  # « 2 h 05 min 02 s » is one measure, not « 2 h 05 »
    elif _LARGER_UNIT_END.search(text, a, end):
        # « 1 minute 48 secondes », « 1 minute 48 derrière », not « 1 minute »;
        # after a part in minutes, its seconds too (« 1 heure 2 minutes 30 secondes »).
        while (smaller := _SMALLER_PART_AFTER.match(text, end)) and _LARGER_UNIT_END.search(text, a, end):
            if not smaller.group("unit") and _counts_a_noun(s, smaller.end("n")):
                break  # « pendant 2 heures 30 manifestants »: a figure of its own
            end = smaller.end()
    while end > b and text[end - 1] in ".,;:!?":
        end -= 1  # « 17 h. » ends the sentence: its point is no part of the label
    # « à 16 heures », « vers 7 h 40 », « de 20 heures à 8 heures »: when something
    # happens, for the chronology (« après 10 heures de négociations » is a length of time).
    # (« après 10 heures de négociations », « à 2 heures de Marseille »: a
    # length, a distance; « à 22 h 17 de Kourou » is a time and a place.)
    hour = _hours_of_day(text[a:end]) and not re.match(
        r"\s+(?:de|d['’])\s*[a-zà-ÿ]" if re.search(r"\sh\b|\d$", text[a:end]) else r"\s+(?:de|d['’])\s*\w", text[end:])
    start = a
    # « plus d'une minute et vingt secondes »: the figure is the whole sum.
    # (The pattern ends on « et » between spaces: a quicker test first.)
    before = text[:a]
    bare = before.rstrip()
    sum_ = _SUM_BEFORE.search(before) if (len(bare) < len(before) and bare[-2:].lower() == "et"
                                          and bare[-3:-2].isspace()) else None
    if sum_:
        start = sum_.start(1)
    larger = _LARGER_PART_BEFORE.search(text, max(0, a - 12), a) if _SMALLER_UNIT.match(text, a) else None
    if larger:
        start = larger.start()  # « 48 secondes » of « 1 minute 48 secondes »: the whole duration
    units = text[a:end].split()
    low, end = _range_of(text, start, end, text[a:end])
    if low < start and any(low < dm.end and dm.start < start for dm in s.dates):
        # « condamné en 2019 à cinq ans de prison »: the year of the verdict, then
        # its length, no range « 2019 à cinq ans »; the figure is the length.
        low = start
    start = low
    if len(units) >= 2 and _listed(text, start, end, units[-1]):
        return None
    if hour and (_TIME_OF_DAY_BEFORE.search(text, max(0, a - 30), a) or _TIME_OF_DAY_IN.search(text, start, end)):
        return None
    if start == a and a > 0 and text[a - 1] in "−-+" and (a == 1 or not text[a - 2].isalnum()):
        start -= 1  # « (−4,5 %) »: the sign is the figure's
    part = _PART_OF_BEFORE.search(text, max(0, start - 30), start)
    if part:
        if text[part.start(): part.start() + 4].rstrip().lower() in ("un", "une"):
            return None  # « l'une des trois lignes »: one of them, no figure
        start = part.start()  # « six des sept suspects »: the part, not the whole alone
    q = _quantifier_before(text, start)
    if q:
        start = q.start()
    elif _BOUND_VERB.search(text, max(0, start - 20), start):
        return None
    rate = _rate_after(text, end) or _per_base_after(s, end)
    if rate:
        end = rate  # « 420 microgrammes par mètre cube », a concentration, no mass
    label = text[start:end].strip()
    if label[:1].isupper() and label.split()[0].lower() in _COMMON_STARTS:
        label = label[:1].lower() + label[1:]
    return label


def _with_antecedent(s: Sentence, form: str, without: tuple[int, int] | None = None) -> str:
    """A form that keeps the sentence's subject pronoun, with the pronoun
    replaced by what it stands for (see analysis.resolve_subjects): « Il
    continu sa route vers le Canada. » -> « L'ouragan continu … »;
    « Disponible depuis décembre 2015, il est autorisé … » -> « …, le vaccin
    Dengvaxia de Sanofi Pasteur est autorisé … ». `without`: the characters
    of the sentence the form left out after the pronoun (a date: « Il
    traversera alors, le 26 avril, la zone » -> « Il traversera alors la
    zone »). An inverted pronoun of a saying verb is replaced by its
    speaker too (« », a-t-il affirmé » -> « », a affirmé Thierry Gaudin »,
    see analysis.resolve_inverted_speakers)."""
    if s.speaker_named:
        said, named = s.speaker_named[:2]
        at = form.find(said)
        if at >= 0 and not inside_quote(form, at):
            form = form[:at] + named + form[at + len(said) :]
    if not s.antecedent:
        return form
    text = s.text
    if without is not None and without[0] > s.pronoun_at:
        text = text[: without[0]] + text[without[1] :]
    before, rest = text[: s.pronoun_at], text[s.pronoun_at :]
    pronoun, _, after = rest.partition(" ")
    # The words after the pronoun tell the form keeps its clause: three for a
    # pronoun, the noun alone for a demonstrative (its incises may be gone).
    width = 1 if s.antecedent in ("le", "la", "les", "l'") else 3
    # The form may have lost a word there (« Ils se sont notamment prononcés »
    # -> « Ils se sont prononcés »): its words need only come in the same order.
    head = [x for x in (w.strip(",") for w in after.split()) if x][: width + 2]
    # An elided article (« l' » for « cet ») takes no space before its noun.
    gap = 1 if s.antecedent.endswith("'") else 0
    if form.startswith(pronoun[:1].upper() + pronoun[1:] + " ") and _follows(form.split()[1 : 1 + width], head):
        return capitalize_first(s.antecedent) + _in_full(s, form[len(pronoun) + gap:])
    if before and form.startswith(before + pronoun + " ") and _follows(form[len(before):].split()[1 : 1 + width], head):
        return before + lower_start(s.antecedent) + _in_full(s, form[len(before) + len(pronoun) + gap:])
    return form


def _in_full(s: Sentence, rest: str) -> str:
    """What follows a demonstrative read as the article, its noun given the
    complement the text named it with before (« Ce fonds, alimenté … » ->
    « Le fonds de péréquation, alimenté … », see analysis.resolve_demonstratives):
    « le fonds » alone says not which."""
    if not s.named_in_full:
        return rest
    noun, complement = s.named_in_full
    for at, end in word_matches(rest[: len(noun) + 30], noun):
        return rest[:end] + " " + complement + rest[end:]
    return rest


def _follows(words: list[str], head: list[str]) -> bool:
    """The words open `head` in its order, at most two of its words skipped,
    the first never."""
    words = [w.strip(",") for w in words]
    if not words or not head or words[0] != head[0]:
        return False
    it = iter(head)
    return all(any(w == h for h in it) for w in words)


# A demonstrative left in a short answer points at the sentence it was cut from.
_DEMONSTRATIVE_INSIDE = re.compile(r"\b(?:ce|cet|cette|ces) (?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)",
                                   re.I)


# « non seulement … » with no « mais » after it: a cut took the second half.
_HALF_CORRELATIVE = re.compile(r"\bnon seulement\b(?!.*\bmais\b)", re.I)


def _might_hold_correlative(text: str) -> bool:
    """A quick test before _HALF_CORRELATIVE's search: its letters but « s »
    (which re.I also matches as « ſ ») match only themselves in lower case."""
    low = text.lower()
    return "non " in low and "eulement" in low


def _definite(s: Sentence, form: str) -> str:
    """A form with the demonstratives inside it read with the definite
    article, when the text named their noun before (« selon les études, ce
    vaccin permet … » -> « … le vaccin permet … »): out of its paragraph the
    line then stands alone. See analysis.resolve_demonstratives."""
    for old, new in s.inner_definites:
        form = _replace_outside_quotes(form, f" {old} ", f" {new} ")
    return form


# Words inside a line, not at its start, that stand for someone or something
# of another sentence (points_back reads how a line opens):
# - a subject pronoun after its verb (« », a-t-il affirmé », « explique-t-elle »);
# - « selon lui », « d'après elle », « pour eux »: a source or a point of view;
# - « y » (« pour y parvenir »), but for « il y a » and « y compris ».
_LEANS_BACK = re.compile(
    r"\w-(?:t-)?(?:il|elle|ils|elles)\b"
    r"|\b(?:[Ss]elon|[Dd]['’]après|[Pp]our) (?:lui|elle|eux|elles)\b"
    r"|(?:(?<![\w-])|['’])[yY] (?!(?:a|avait|aura|aurait|ait|eut|avoir|compris)\b)")
# A line opening on « L'homme » or « La femme » (then a comma or a verb, not a
# complement: « La femme du maire », « L'homme qui … »): a definite person
# named before.
_DEFINITE_PERSON = re.compile(r"(?:L['’]homme|La femme|Le jeune homme|La jeune femme)"
                              r"(?:,| (?!(?:de|du|des|d['’]|qui|que|qu['’])(?![\w']))[a-zàâçéèêëîïôûù])")


# A line opening on a rank or « l'autre » with no noun (a comma or a verb
# after it): one of a set the text counted before (« Le septième a été remis
# en liberté … », the six others in the sentence before; « L'autre a été
# blessé »); not « Le premier ministre », « L'un des dockers ».
_BARE_RANK_OPENING = re.compile(
    r"(?:(?:Les?|La)\s|L['’])(?:premi(?:er|ère)|seconde?|derni(?:er|ère)|[a-zé]+ième|autre|une?)s?"
    r"(?:,| [ns]['’]| (?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|sera|seront|serait|seraient|fut"
    r"|furent|ne|se|y|en|lui|leur|doit|doivent|devrait|peut|pourrait|reste|restent)(?![\w'’-]))")


# « ni l'un ni l'autre », « l'une d'elles », « chacun d'eux »: one or each of
# a set, which a plural before it in the line may name (« les deux
# randonneurs … »); the plural markers it looks for.
_ONE_OF_THEM = re.compile(r"\b(?:ni l['’]une? ni l['’]autre|l['’]une? (?:et|ou) l['’]autre"
                          r"|(?:l['’]une?|aucune?|chacune?|certain(?:e?s)|la plupart|plusieurs) d['’](?:eux|elles))\b",
                          re.I)
_PLURAL_BEFORE = re.compile(r"\b(?:les|des|ces|deux|leurs|nos|vos|plusieurs|et)\s", re.I)


# A line opening on « les autres … », « les trois autres bassins », « l'autre
# suspect »: the rest of a set another sentence names.
_THE_OTHERS = re.compile(r"(?:(?:Les|Le|La)\s+|L['’])(?:[\w-]+\s+)?autres?\b")
# A sentence opening on « Le reste »: of a sum or a set another sentence gives.
_THE_REST = re.compile(r"Le\s+reste\b")


def _lost_set(s: Sentence, f: str) -> bool:
    """Whether the sentence opens on the rest of a set another sentence
    names (« Les deux autres malades résident … », « Le reste serait pris
    … ») and the form `f` keeps those words anywhere, a source put before
    them or not (« Selon l'agence, les deux autres malades … »)."""
    m = _THE_OTHERS.match(s.text) or _THE_REST.match(s.text)
    return m is not None and m.group(0).lower() in f.lower()


# « concerné » ending the line, with no « par … »: concerned by what another sentence says
# (« Environ 11 000 personnes sont concernées. », after the confinement).
_CONCERNED = re.compile(r"\bconcerné(?:e|s|es)?\s*[.;!?]?$")


def _one_of_them_alone(text: str) -> bool:
    """`_ONE_OF_THEM` out of a quotation with no plural before it in the line
    (« l'école devrait perdre l'une d'elles », the two classes cut out; « …
    rappelle toutefois que ni l'un ni l'autre n'avait consulté … », the two
    hikers in another sentence)."""
    # (Every match holds « autre » or « d'e »/« d’e », in any case, and these
    # letters fold to no other under re.I: a test of the lowered line first,
    # quicker than the search, which most lines fail.)
    low = text.lower()
    if "autre" not in low and "d'e" not in low and "d’e" not in low:
        return False
    for m in _ONE_OF_THEM.finditer(text):
        if not inside_quote(text, m.start()) and not _PLURAL_BEFORE.search(text, 0, m.start()):
            return True
    return False


def _points_back(text: str) -> bool:
    """rephrase.points_back, or a word inside the line that leans on another
    sentence (_LEANS_BACK, outside quotations), or a definite person opening
    it (_DEFINITE_PERSON) or a rank with no noun (_BARE_RANK_OPENING).
    (A possessive whose owner the line names only inside a quotation points
    back through rephrase.points_back: quoted words own none.)"""
    if points_back(text) or _DEFINITE_PERSON.match(text) or _BARE_RANK_OPENING.match(text) or _THE_OTHERS.match(text):
        return True
    if ("l'" in text or "l’" in text or " d'e" in text or " d’e" in text) and _one_of_them_alone(text):
        return True
    if "concerné" in text and any(not inside_quote(text, m.start()) for m in _CONCERNED.finditer(text)):
        return True
    # (What a match needs, looked for first: most lines have none of it.)
    if not ("-il" in text or "-elle" in text or "y " in text or "Y " in text or " lui" in text or " elle" in text
            or " eux" in text):
        return False
    return any(not inside_quote(text, m.start()) for m in _LEANS_BACK.finditer(text))


def _finished(s: Sentence, form: str) -> str | None:
    """A form of `s` as a line of its own: its pronoun resolved, its
    demonstrative read as the definite article, its opening connective gone;
    None when it still points to another sentence (« Ils se sont prononcés …
    ») or lost half of a correlative (« Les exercices ont non seulement servi
    à … » without its « mais »)."""
    f = without_connective(_definite(s, _with_antecedent(s, form)))
    if s.text[:1] == "L" and _lost_set(s, f):
        return None
    if f[:1].isupper() and not s.text.startswith(f.split(" ", 1)[0]):
        f = _opening_article(s, f)
        if _opening_moved_inside(s, f):
            return None
    if (" les " in f or "en " in f or " leur" in f) and _clitic_without_antecedent(s, f):
        return None
    if f.startswith(_BOUND_OPENERS) and not s.text.startswith(f.split(" ", 1)[0]) and _NEGATED.search(f):
        return None  # « Avant mercredi, la SNCF ne prévoit pas de reprise. » of « … pas de reprise avant mercredi. »
    if s.text.startswith(_OPENING_POSSESSIVES) and not f.startswith(_OPENING_POSSESSIVES) and _possessive_hidden(s, f):
        return None
    if _points_back(f) or (_might_hold_correlative(f) and _HALF_CORRELATIVE.search(f)):
        return None
    return f


# A bound of time put first over a negated clause takes the negation out of
# its scope: « pas de reprise avant mercredi » (none until Wednesday) is not
# « Avant mercredi, … ne prévoit pas de reprise » (no forecast before then).
_BOUND_OPENERS = ("Avant ", "Jusqu'à ", "Jusqu’à ", "Jusqu'au ", "Jusqu’au ", "D'ici ", "D’ici ")
_NEGATED = re.compile(r"\b(?:ne|n['’])\s*\S+(?:\s+\S+)?\s+(?:pas|plus|jamais|guère|aucune?|rien|personne)\b", re.I)
_OPENING_POSSESSIVES = ("Son ", "Sa ", "Ses ", "Leur ", "Leurs ")


def _possessive_hidden(s: Sentence, f: str) -> bool:
    """A sentence opening on a possessive (« Sa valeur à la revente est
    estimée à 190 millions d'euros, selon l'Office anti-stupéfiants (Ofast),
    qui … ») points back; a line moving its source first (« Selon l'Office
    anti-stupéfiants (Ofast), qui …, sa valeur … ») still does, and now
    seems to give the possessive to the source."""
    first, second = s.text.split(" ", 2)[:2]
    return f" {first.lower()} {second}" in f


# A word standing alone: no word character glued to it (see `_FIGURE_BEFORE` for figures).
_NO_WORD_BEFORE = re.compile(r"(?<!\w)")
_NO_WORD_AFTER = re.compile(r"(?!\w)")


# Before « leur », what may be its antecedent besides a plural noun: a
# coordination (« Pierre et Marie ont vendu leur maison »), a plural pronoun,
# personal or indefinite (« beaucoup s'inquiètent pour leur poste »).
_PLURAL_OR_JOINING = frozenset(("et", "ils", "elles", "eux", "beaucoup", "certains", "certaines", "plusieurs", "tous",
                                "toutes", "plupart"))


def _clitic_without_antecedent(s: Sentence, f: str) -> bool:
    """A line holding the object pronoun « les », or a counting « en » (a
    number on its verb), with no plural noun nor number before it in the
    line: what it stands for is in another sentence, or in the words the
    line left out (« Le musée ne les avait pas fait assurer. » of « Le
    musée, qui ne les avait pas fait assurer, … », the works in the sentence
    before; « Jakarta envisageait d'en acquérir 24 supplémentaires » without
    « qui avait commandé 42 Rafale »). So too « leur », « leurs » (the
    possessive, or the pronoun of « leur verser »), with no plural noun,
    number, coordination nor resolved pronoun before it: « La direction
    envisage de reporter leur prise de poste » without « Une partie d'entre
    eux n'a pas encore signé de contrat : » is said of others (the 68
    seasonal workers of the line before, not some of the 30 hired)."""
    w = words_of(s.doc)
    for k in range(1, w.n - 1):
        word = w.lower[k]
        if word in ("leur", "leurs"):
            if w.pos[k] not in ("DET", "PRON"):
                continue
        elif word not in ("les", "en") or w.pos[k] != "PRON":
            continue
        verb = w.head[k]
        if w.lower[k] == "en" and not any(w.pos[j] == "NUM" and (w.head[j] == verb or w.head[w.head[j]] == verb)
                                          for j in range(k + 1, w.n)):
            continue  # (« en » of an idiom, « s'en prendre à »: no count)
        at = f.find(s.text[w.idx[k - 1] : w.end_char(k + 1)])
        if at < 0:
            continue
        head = f[:at]
        if word in ("leur", "leurs"):
            if s.antecedent and s.antecedent in head:
                continue  # (« Ils » resolved: « Les grévistes réclament leur dû »)
            # A plural noun anywhere in the line (the possessive may come first:
            # « Pour la première fois depuis leur introduction en 2002, une nouvelle
            # version des billets … »), a coordination or a plural pronoun before
            # it; no number (« au 20 décembre »: a date's).
            if not any(((w.pos[j] in ("NOUN", "PROPN") and "Plur" in w.feats[j].get("Number", ()))
                        or (j < k and w.lower[j] in _PLURAL_OR_JOINING))
                       and find_literal(f, w.text[j], _NO_WORD_BEFORE, _NO_WORD_AFTER) >= 0
                       for j in range(w.n) if j != k):
                return True
            continue
        if not any((w.pos[j] == "NUM" or (w.pos[j] in ("NOUN", "PROPN") and "Plur" in w.feats[j].get("Number", ())))
                   and find_literal(head, w.text[j], _NO_WORD_BEFORE, _NO_WORD_AFTER) >= 0 for j in range(k)):
            return True
    return False


def _opening_moved_inside(s: Sentence, f: str) -> bool:
    """A line holding, after a comma, its sentence's opening words up to their
    comma, capital kept (« Mardi, environ 300 personnes, selon la préfecture
    de police, se sont rassemblées … » -> « Selon la préfecture de police, se
    sont rassemblées …, Mardi, environ 300 personnes. »): what moved is no
    adjunct but the subject or more (an adjunct put last is lowered), and its
    verb is left without it."""
    comma = s.text.find(", ")
    if comma <= 0 or not s.text[:1].isupper():
        return False
    return f", {s.text[:comma]}" in f


# A determiner, and a common noun it may govern, before a group in the
# sentence (see `_opening_article`).
_DETERMINER_BEFORE = re.compile(r"\b(?:[Ll]e|[Ll]a|[Ll]es|[Uu]ne?)\s+(?:[a-zàâçéèêëîïôûùœ][\w-]*\s+)?$")


def _opening_article(s: Sentence, f: str) -> str:
    """A form opening on a group its sentence writes after a determiner, the
    determiner lost (a relative clause said as a statement of its
    antecedent's name: « le capitaine Mathieu, qui rappelle … » -> « Capitaine
    Mathieu rappelle … », « La société Fromagerie Aubert, qui commercialise …
    » -> « Fromagerie Aubert commercialise … »): the group as the sentence
    writes it, its determiner (and its noun) back (« Le capitaine Mathieu
    rappelle … »). Only for a group opening on a common noun: « Jean Dupont
    » of « le député Jean Dupont » needs none."""
    words = f.split(" ", 2)
    if len(words) < 3 or not is_common_noun(words[0].lower()):
        return f
    key = f"{words[0]} {words[1]}"
    for written in (key, key[:1].lower() + key[1:]):
        at = s.text.find(written)
        if at > 0:
            piece = final_adjunct(s)
            if piece and s.text.find(piece) == at:
                return f  # (« Grâce à un essai …, les Maritimes menaient … »: the final adjunct put first, no noun group)
            m = _DETERMINER_BEFORE.search(s.text, 0, at)
            if m:
                return capitalize_first(s.text[m.start() : at + len(key)]) + f[len(key):]
    return f


@per_sentence
def _short_forms(s: Sentence) -> list[str]:
    """The derived forms of a sentence: without its removable parts, split
    into its clauses or its coordinated verbs, or its words in another order.
    A sentence without a verb of its own (`_verbless`) has only the
    statements its relative clause makes."""
    return [f for f, _ in _forms_and_order(s)]


@per_sentence
def _in_order_forms(s: Sentence) -> list[str]:
    """`_short_forms` of `s` that keep its words in its own order (no
    adjunct moved first or last: « Dans la base de données d'Interpol …, les
    œuvres ont été inscrites. » of « Les œuvres ont été inscrites dans la
    base … » is not one), then the others: an answer reads best in the
    order its source chose."""
    forms = _forms_and_order(s)
    return [f for f, kept in forms if kept] + [f for f, kept in forms if not kept]


@per_sentence
def _forms_and_order(s: Sentence) -> list[tuple[str, bool]]:
    """`_short_forms` of `s`, each with whether one of the forms it was
    made of keeps the sentence's word order (see `_in_order_forms`)."""
    if _verbless(s):
        return [(f, True) for f in dict.fromkeys(relative_statements(s) + dont_statements(s))]
    forms = [f for f in (compress(s), compress(s, keep_dates=False), compress(s, lean=True)) if f]
    forms += (clauses(s) + split_coordination(s) + surface_coordination(s) + relative_statements(s)
              + dont_statements(s) + subordinate_statements(s))
    moved = reorders(s)  # (the words in another order)
    kept = attributions(s)
    forms += moved + kept
    # A shortened form may be re-ordered as its sentence is (the final adjunct first):
    # none is when the sentence has no final adjunct to put first.
    if final_adjunct(s):
        more = [r for r in map(lambda f: reorder_form(s, f), forms) if r]
        forms += more
        moved += more
    # (A form made both in order and moved keeps the order.)
    moved = set(moved).difference(forms[: len(forms) - len(moved) - len(kept)], kept) if moved else set()
    if s.antecedent:
        forms.append(s.text)  # whole, with its pronoun resolved below
    if s.anchored_text:
        forms.append(s.anchored_text)  # « À compter de mai 2013, … » for « À compter de cette date, … »
    if not forms:
        return []  # (about a third of the sentences: none of the tests below is asked)
    out: dict[str, bool] = {}
    colon = ":" in s.text
    # (drop_emphatic changes nothing in a sentence with neither: asked once here.)
    drop = bool(_emphatic_pronouns(s) or _connective_adverbs(s))
    # (The tests below that read the sentence: read when its first finished form comes; about half the
    # sentences have none.)
    tests = None
    # « Mais il s'agit peut-être d'une revendication opportuniste. »: out of
    # its paragraph a line does not open on a connective.
    # (A form met twice is made the same line twice: made once, from the first.)
    unsure = "«" in s.text and _quotes_before_source(s)  # (`_unsure_relative`: a quicker test first)
    for raw in dict.fromkeys(forms):
        if unsure and _unsure_relative(s, raw):
            continue  # « Le patient, qui a contracté …, « n'aurait jamais dû … », selon sa famille. »
        f = _finished(s, drop_emphatic(s, raw) if drop else raw)
        if f is None:
            continue
        if _cut_before_ground(s.text, f):
            continue  # « Pour le Portugal, la situation est encore plus délicate. », its « car … » gone
        if tests is None:
            tests = (_relative_of_a_bare_predicate(s), _linking_relatives(s), _sayer_relatives(s))
        bare, linking, sayer_relatives = tests
        if bare and not (bare[0] in f and bare[1] in f):
            # « La chambre d'agriculture n'a pas été entendue. », what it asked for gone
            # (« … demandait un report … », what became of it gone).
            continue
        if linking and _lost_linking_relative(s, f, linking):
            continue  # « Le coureur avait demandé l'analyse de l'échantillon B. », « laquelle a confirmé … » gone
        if sayer_relatives and f.startswith(sayer_relatives):
            continue  # « L'interprofession rappelle que … » of « …, assure l'interprofession, qui rappelle que … »
        if colon and _claim_without_source(s, f):
            continue  # « Le ministre recrutera 3 000 agents » of « Force ouvrière est catégorique : le ministre … »
        out[f] = out.get(f, False) or raw not in moved
    return list(out.items())


_COMPLEMENTS_NONE = {"nsubj", "nsubj:pass", "aux", "aux:tense", "aux:pass", "cop", "advmod", "punct", "expl:pv",
                     "expl:pass"}


def _relative_of_a_bare_predicate(s: Sentence) -> tuple[str, str] | None:
    """The verb of the relative clause on the subject of a main verb with no
    complement at all (« La chambre d'agriculture, qui demandait un report
    de quelques jours …, n'a pas été entendue. »): the relative says what
    the predicate is about; a form without it says little or other (« n'a
    pas été entendue »: not consulted?), and the main verb. None when there is none."""
    if "qui" not in words_of(s.doc).lower_set:
        return None
    w = words_of(s.doc)
    root = _main_root(s)
    if root is None or w.pos[root] != "VERB" or any(w.pos[k] != "PUNCT" for k in range(root + 1, w.n)) or any(
            w.head[k] == root and k != root and w.dep[k] not in _COMPLEMENTS_NONE for k in range(w.n)):
        return None  # (the predicate ends the sentence: « …, n'a pas été entendue. »)
    subject = w.subject(root)
    if subject is None:
        return None
    # (Between commas: « …, qui demandait … », not a restrictive one.)
    rel = next((k for k in range(subject + 1, w.n) if w.head[k] == subject and w.dep[k] == "acl:relcl"
                and any(w.lower[q] == "qui" and w.text[q - 1] == "," for q in range(subject + 1, k))), None)
    return (w.text[rel], w.text[root]) if rel is not None else None


_LINKING = {"lequel", "laquelle", "lesquels", "lesquelles"}


def _linking_relatives(s: Sentence) -> list[str]:
    """The words before each « , laquelle » (« lequel », …) of s opening a
    relative clause of its own, out of quotations: « … l'analyse de
    l'échantillon B, laquelle a confirmé le premier résultat le 29 juillet »
    states a new fact, often the news."""
    w = words_of(s.doc)
    if _LINKING.isdisjoint(w.lower_set):
        return []
    return [s.text[w.idx[max(0, k - 4)] : w.idx[k - 1]] for k in range(2, w.n)
            if w.lower[k] in _LINKING and w.text[k - 1] == "," and not inside_quote(s.text, w.idx[k])]


def _lost_linking_relative(s: Sentence, f: str, linking: list[str]) -> bool:
    """A form ending on the words before a linking relative (`_linking_relatives`),
    the relative gone."""
    body = f.rstrip(" .")
    return any(body.endswith(before.rstrip()) for before in linking)


def _sayer_relatives(s: Sentence) -> tuple[str, ...]:
    """The openings of the relative statements (rephrase.relative_statements)
    whose antecedent is the speaker of an inverted saying incise after a
    claim the narrator reports (no quotation): « Cette faible récolte ne
    devrait pas faire flamber les prix, assure l'interprofession, qui
    rappelle que … » -> « L'interprofession rappelle »: what the speaker
    adds in support, out of the claim it supports."""
    w = words_of(s.doc)
    if "qui" not in w.lower_set:
        return ()
    out = []
    for k in range(3, w.n - 1):
        if w.lower[k] != "qui" or w.text[k - 1] != "," or inside_quote(s.text, w.idx[k]):
            continue
        c = next((j for j in range(k - 2, -1, -1) if w.text[j] == ","), None)
        if c is None:
            continue
        if c > 0 and w.text[c - 1] == "»":
            continue  # (after a quotation, which the list gives: « « … », souligne le capitaine Mathieu, qui rappelle … »)
        v = c + 1
        if v < k - 2 and w.lower[v] in ("a", "ont", "avait", "avaient"):
            v += 1
        if v < k - 2 and w.pos[v] == "VERB" and s.doc[v].lemma_ in SAYING:
            group = s.text[w.idx[v + 1] : w.idx[k - 1]]
            out.append(f"{capitalize_first(group)} {w.text[k + 1]}")
    return tuple(out)


# « De 1,2 million, le nombre … est passé à 1,5 million »: « de » says where a
# change starts, not an adjunct that may move; it is not among them.
_OPENING_PREPOSITION = re.compile(r"(?:(?:avec|aux|au|à|en|pour|sur|par|dans|après|sous) )", re.I)
# Words after which an adjunct put last would belong to another clause or
# another group than the main verb's (« … le candidat qui recueille 20 % des
# suffrages [avec 35 %] », « … dont les maisons ont été inondées [en 48
# heures] », « … selon les chercheurs [dans 30 ans] »): relative pronouns,
# « que », subordinating conjunctions, a source. Read in the words of the text.
_ANOTHER_CLAUSE = RELATIVE_PRONOUNS | _SUBORDINATE_OPENERS | {
    "qu’", "lorsqu’", "s’", "puisqu’", "quoiqu'", "quoiqu’",  # (the same, with the other apostrophe)
    "parce", "tandis", "alors", "comme", "selon", "d'après", "d’après", "afin", "pour", "avant", "après", "sans"}


def _figure_last(text: str, label: str, s: Sentence | None = None) -> str:
    """A statement opening on an adjunct that is the figure itself (« Avec
    plus d'une minute et vingt secondes, le groupe de tête démarre … »)
    would say its label again at once: the adjunct goes to the end
    (« Le groupe de tête démarre …, avec plus d'une minute et vingt
    secondes. »). French puts such an adjunct first or last alike; what it
    relies on: a preposition, the label, a comma, then one clause (no word
    of `_ANOTHER_CLAUSE`, after which the adjunct would belong to another
    verb or group), ending on a plain full stop. Given the sentence `s` (as
    the engine always does), only its own text moves, and only when its parse
    agrees: no verb in what follows the adjunct but the main one (« … la
    motion de censure déposée par la gauche [par 312 voix] » would give the
    figure to the participle)."""
    m = _OPENING_PREPOSITION.match(text)
    if not m or not text[m.end():].lower().startswith(label.lower() + ", "):
        return text
    if s is not None and (text != s.text or not _one_verb_after(s, text.find(", ") + 2)):
        return text
    adjunct, rest = text[: m.end() + len(label)], text[m.end() + len(label) + 2 :]
    if not rest.endswith(".") or rest.endswith(("..", "etc.")):
        return text
    body = rest[:-1].rstrip()
    if word_count(body) < 4 or body[-1:] in "!?…" or _ANOTHER_CLAUSE.intersection(_lower_words(body)):
        return text
    joint = ", " if ", " in body else " "  # after a clause with incises, the adjunct stands apart too
    return capitalize_first(body) + joint + adjunct[:1].lower() + adjunct[1:] + "."


def _main_root(s: Sentence) -> int | None:
    """The index of the sentence's first root (`rephrase._root_index`), None if its parse has none."""
    root = _root_index(s.doc)
    return root if words_of(s.doc).dep[root:root + 1] == ["ROOT"] else None


def _one_verb_after(s: Sentence, at: int) -> bool:
    """Whether the words of `s` from offset `at` on hold no verb but the
    sentence's main one (its root), and no clause of their own."""
    w = words_of(s.doc)
    root = _main_root(s)
    return root is not None and not any(
        w.idx[t] >= at and t != root and (w.pos[t] == "VERB" or w.dep[t] in _CLAUSE_RELATIONS) for t in range(w.n))


_CLAUSE_RELATIONS = _CLAUSE_DEPS | {"conj"}  # (a clause below the main one, or coordinated to it)


def _main_verb_finite(w) -> bool:
    """A finite verb outside the relative clauses, each read from its pronoun
    to the next comma (« Le vaccin, qui a nécessité 20 ans de recherche, est
    produit … » has one; « Au total, 3 morts et 25 blessés, dont plusieurs
    pompiers qui ont été brûlés … » has none). Read off the words: the small
    model's tree often roots such sentences, and sound ones, on a noun."""
    t = 0
    while t < w.n:
        if w.lower[t] in RELATIVE_PRONOUNS:
            t = next((k for k in range(t + 1, w.n) if w.text[k] == ","), w.n)
        elif w.verb_finite[t]:
            return True
        t += 1
    return False


def _lower_words(text: str) -> set[str]:
    """The words of a text in lower case, an elided word with its apostrophe
    (« qu'il » gives « qu' » and « il »)."""
    return set(re.findall(r"\w+['’]|\w+", text.lower()))


# Relations of a word after the cut to a word before it that the statement
# needs: an object, a subject, a clause, a coordinated member (« … de 40 %
# en octobre[, et ont reculé de 5 % en France] »).
_CORE_DEPS = {"obj", "iobj", "ccomp", "xcomp", "csubj", "nsubj", "nsubj:pass", "cop", "fixed", "flat", "flat:name",
              "compound", "expl", "aux", "aux:pass", "mark", "conj"}
FIGURE_PREFIX_MAX_WORDS = 40  # a statement cut from a long sentence, under its figure
FIGURE_PREFIX_MIN_CUT = 3  # words it leaves out, at least (else the sentence is as good)
FIGURE_PREFIX_AFTER_MAX = 8  # words it keeps after the figure's group, at most: the line is about the figure
# The adjuncts a figure's statement may leave out: one that concedes (« ,
# malgré deux élections … »), or that adds a count (« , avec deux bosses de
# 400 mètres … »: « avec » then a number, not « un », « une »); the statement
# is as true without them. Any other may restrict it (« , en Europe », « , en
# cas d'accord … », « , dans la limite de … », « , jusqu'à dimanche »), and
# « , avec … » may name a partner, a cap or a condition (« , avec ses alliés
# du MoDem », « , avec un plafond de 1 500 euros »): the parse cannot tell
# them apart, all hang on the verb alike. Nor may anything left out after it
# restrict the statement or give its source (`_RESTRICTS_FURTHER`).
_CONCEDING = {"malgré"}  # (« avec » then a number: tested in `_figure_prefix`)
_RESTRICTS_FURTHER = re.compile(
    rf"\b(?:{SOURCE_OPENERS}|de source|{BOUNDING}|jusqu['’])\b", re.I)


def _figure_prefix(s: Sentence, a: int) -> str | None:
    """A long sentence's start, up to the first comma after the nominal
    group of the figure at offset a, when that start is a statement of its own: it holds
    the main verb and its subject, and what it leaves out are adjuncts of it
    (« Les 55 qualifiés se sont présentés … pour une course proposant … une
    épreuve d'un parcours vélo de 40 km en 8 boucles de 5 km[, avec deux
    bosses …, pour finir par …] »). Not when the rest is a coordinated
    member (« de 11,9 % … à 5,1 % en 2015[, et 10,2 % à 4,4 %] »: cut there,
    « respectivement » would pair nothing), nor the ground of a judgement
    (« car … »), nor inside a quotation. Read off the parse's tree: the
    figure's group ends where its head's subtree does."""
    w = words_of(s.doc)
    i = w.token_at(a)
    if i is None:
        return None
    node = w.head[i] if w.dep[i] == "nummod" else i
    root = _main_root(s)
    # The cut: the first comma after the figure's group (its noun's subtree; the noun alone when it is the root,
    # the attribute of « être »), a few words on at most: « L'Espagne est désormais depuis plus de six mois sans
    # gouvernement capable de mener des réformes[, malgré …] ».
    group_end = node + 1 if node == root else s.doc[node].right_edge.i + 1
    # « , ce qui … » (« ce que », « ce qu' ») after the figure comments on the
    # whole statement before it, which stands without it (« … s'élève à 42
    # millions d'euros, bonus compris[, ce qui en fait …] »): the cut may be
    # there, what comes between staying. (The parse often hangs « ce » on the
    # figure's noun, so its group would run to the end.)
    comment = next((t for t in range(i + 1, w.n - 2) if w.text[t] == "," and w.lower[t + 1] == "ce"
                    and w.lower[t + 2] in ("qui", "que", "qu'", "qu’")), None)
    if comment is not None and (group_end > comment or not any(w.text[t] == "," for t in range(group_end, comment))):
        cut = comment
    else:
        comment = None
        cut = next((t for t in range(group_end, w.n) if w.text[t] == ","), w.n)
    if sum(w.pos[t] != "PUNCT" for t in range(min(group_end, node + 1 if comment else w.n), cut)) > FIGURE_PREFIX_AFTER_MAX:
        return None
    if root is None or root >= cut or not any(w.verb_finite[t] and (t == root or w.head[t] == root) for t in range(cut)):
        return None
    # What is left out opens on a comma and an adjunct the statement can do
    # without (`_CONCEDING`, or « avec » and a number: « , avec deux bosses … »). Not a
    # complement run on without a comma (« … plus de six milliards d'euros
    # [dans le cas de l'Espagne] »), nor any other adjunct (a place, a
    # condition, a limit, a source: « , selon le SIE »).
    if comment is None and (cut + 2 >= w.n or w.text[cut] != "," or not (
            w.lower[cut + 1] in _CONCEDING
            or (w.lower[cut + 1] == "avec" and w.pos[cut + 2] == "NUM" and w.lower[cut + 2] not in ("un", "une")))):
        return None
    # Nor a source further on (« …, avec de fortes différences entre les régions d'après les chiffres … »,
    # « …, a précisé le ministre »).
    if _RESTRICTS_FURTHER.search(s.text, w.idx[cut]) or any(s.doc[t].lemma_ in SAYING for t in range(cut, w.n)):
        return None
    if sum(w.pos[t] != "PUNCT" for t in range(cut, w.n)) < FIGURE_PREFIX_MIN_CUT:
        return None
    if any(w.head[t] < cut and w.dep[t] in _CORE_DEPS for t in range(cut, w.n)):
        return None  # an object, a subject or a clause the verb needs
    prefix = w.span_text(0, cut)
    if prefix.count("«") != prefix.count("»") or prefix.count("(") != prefix.count(")") or inside_quote(s.text, a):
        return None
    if word_count(prefix) > FIGURE_PREFIX_MAX_WORDS or not all(y in prefix for y in _dating_years(s)):
        return None
    return _finished(s, prefix + ".")


# « , soit une progression de 4 % », « , soit 10 % de plus »: a change
# told of the value before it.
_SOIT_CHANGE = re.compile(r",\s+soit\s+(?:(?:une?\s+)?[^\W\d]+\s+(?:de|d['’])\s|[\d\w,]+\s*%?\s+(?:de\s+)?(?:plus|moins)\b)",
                          re.I)


def _change_from_earlier(s: Sentence) -> bool:
    """Whether the sentence gives an earlier value, its main verb in the
    pluperfect, then the change from it (« L'édition précédente avait réuni
    280 000 spectateurs, soit une progression de près de 4 % en un an. »):
    the change is that of a value told before, which the line does not
    hold; under its figure, the line says the earlier value grew. A change
    told of the sentence's own value (« … ont récolté 1,08 million
    d'hectolitres, soit une baisse de 25 % ») is in another tense."""
    if "soit" not in s.text:
        return False
    m = _SOIT_CHANGE.search(s.text)
    if not m:
        return False
    w = words_of(s.doc)
    root = _main_root(s)
    if root is None or w.idx[root] > m.start():
        return False
    if not any(w.head[k] == root and w.lower[k] in PLUPERFECT_AUXILIARIES and w.dep[k].startswith("aux")
               for k in range(max(0, root - 3), root)):
        return False
    # (One value before the change: « passée de 180 000 tonnes à 95 000
    # tonnes, soit … » holds both ends of it.)
    return sum(1 for a, _ in _figure_spans(s) if a < m.start()) == 1


@per_sentence
def _pluperfect_main(s: Sentence) -> bool:
    """The sentence's main verb (its root) in the pluperfect: an auxiliary
    « avait », « avaient », « était », « étaient » on it (« L'auteur … avait
    été condamné »)."""
    if not ("avai" in s.text or "étai" in s.text):
        return False  # (what every such auxiliary holds: most sentences have none)
    root = _main_root(s)
    if root is None:
        return False
    w = words_of(s.doc)
    return any(w.head[k] == root and w.lower[k] in PLUPERFECT_AUXILIARIES and w.dep[k].startswith("aux")
               for k in range(max(0, root - 4), root))


def _pluperfect_first(s: Sentence) -> bool:
    """The sentence's first finite verb, before any relative pronoun, is a
    pluperfect auxiliary (« En juin 2023, le naufrage … avait fait plus de
    600 morts et disparus, l'un des drames … survenus … », whose parse may
    give the root to another word)."""
    if not ("avai" in s.text or "étai" in s.text):
        return False
    w = words_of(s.doc)
    for k in range(w.n):
        if w.lower[k] in RELATIVE_PRONOUNS or w.text[k] == "«":
            return False
        if w.verb_finite[k]:
            return w.pos[k] == "AUX" and w.lower[k] in PLUPERFECT_AUXILIARIES
    return False


def _continues_dated_past(analysis: Analysis, s: Sentence) -> bool:
    """Whether the sentence, with no date of its own, goes on telling the
    past event its paragraph dates before it by a year (« En 2010, un
    tableau de Corot … avait été décroché … L'auteur, un ancien gardien,
    avait été condamné à quatre ans de prison »; « En 2016, un réseau
    similaire avait détourné 283 millions d'euros … L'enquête avait duré
    quatre ans. Le principal suspect a été condamné à neuf ans de prison »):
    its words hold nothing of that event, and its lines, read apart, would
    tell of the news (this theft's author, this trial's accused condemned).
    See `_continues_past_year` for the paragraph read back and the tenses."""
    if s.dates or s.id == 0:
        return False
    known = s.memo.get("_continues_dated_past")  # (asked of a sentence by four sections)
    if known is None:
        known = s.memo["_continues_dated_past"] = _continues_past_year(analysis, s)
    return known


# The determiners of a subject that points back to one the text has named (« le tireur », « son auteur »).
_DEFINITE_DETERMINERS = frozenset(("le", "la", "les", "l'", "l’", "son", "sa", "ses", "leur", "leurs"))


def _subject_of_earlier_case(analysis: Analysis, s: Sentence) -> bool:
    """Whether the sentence's subject is a definite noun (« le tireur ») in
    a sentence that goes on telling the earlier case its paragraph dates
    (`_continues_past_year`, the sentence's own date aside: « En octobre
    2020, un vététiste … avait été tué par un chasseur … Le tireur avait été
    condamné en 2022 … »). The noun names that case's actor (« un
    chasseur »); a question asked alone (« Quand le tireur a-t-il été
    condamné ? ») names with it the news's own (today's shooter)."""
    if s.id == 0:
        return False
    found = s.memo.get("_subject_of_earlier_case")  # (the FAQ reads the questions twice)
    if found is None:
        found = s.memo["_subject_of_earlier_case"] = _definite_subject(s) and (
            _pluperfect_main(s) or _passe_compose_main(s)) and (
            _continues_dated_past(analysis, s) if not s.dates else _continues_past_year(analysis, s))
    return found


def _definite_subject(s: Sentence) -> bool:
    """The main clause's subject is a common noun after a definite article or a possessive."""
    root = _main_root(s)
    if root is None:
        return False
    w = words_of(s.doc)
    k = w.subject(root)
    return k is not None and w.pos[k] == "NOUN" and any(
        w.head[c] == k and w.dep[c] == "det" and w.lower[c] in _DEFINITE_DETERMINERS for c in range(max(0, k - 3), k))


# Words of the news's own moment, the days around it (« lundi », « hier »,
# « cette semaine », « ce matin »): `_NEWS_MOMENT`, and part of `_NEWS_TIME`.
_NEWS_MOMENT_WORDS = (r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier|demain"
                      r"|cette (?:semaine|nuit)|ce (?:matin|soir|week-end)")
# Present forms of « avoir » and « être »: the auxiliary of a passé composé (« a été condamné », « ont identifié »).
_PRESENT_AUXILIARIES = frozenset(("a", "ont", "est", "sont", "ai", "as", "avons", "avez", "suis", "es", "sommes", "êtes"))
# A word of the sentence (out of quotations) that sets it in the news's own
# time: a weekday, « hier », « aujourd'hui », « désormais », « actuellement »,
# « depuis », « ce matin », « cette semaine »… (the text's dates aside, which
# `Sentence.dates` holds).
_NEWS_TIME = re.compile(
    r"(?<![\w'’-])(?:" + _NEWS_MOMENT_WORDS + r"|aujourd['’]hui|désormais|actuellement|depuis|jusqu['’]ici|à ce jour"
    r"|cette (?:année|fois|saison)|ce mois)(?![\w'’-])", re.I)
# The news's own moment, of the days around it (a part of `_NEWS_TIME`).
_NEWS_MOMENT = re.compile(r"(?<![\w'’-])(?:" + _NEWS_MOMENT_WORDS + r")(?![\w'’-])", re.I)
# A connective setting a sentence against the one before (« La cour a estimé
# au contraire … », after the first judges' verdict of an earlier year).
_CONTRAST = re.compile(r"(?<![\w'’-])(?:au contraire|en revanche|à l['’]inverse|pourtant|cependant|toutefois|néanmoins)(?![\w'’-])", re.I)
# A date that bounds or aims, no year anything happened in (« jusqu'au 14
# juin 2029 », « d'ici 2030 », « à l'horizon 2035 », « à partir de 2027 »).
_BOUNDING_BEFORE = re.compile(
    r"(?:jusqu['’](?:à|au|en)?|d['’]ici(?:\s+à)?|à\s+partir\s+d[e'’]|horizon|dès|après|depuis)\s*(?:(?:la\s+)?fin\s+)?$", re.I)
# (The date's own words may hold the bound: « depuis 2020 », « au 14 juin 2029 » after « jusqu' ».)
_BOUNDING_OPENING = re.compile(r"(?:jusqu['’]|d['’]ici|à\s+partir|dès|après|depuis)(?![\w-])", re.I)


def _bounding(q: Sentence, dm) -> bool:
    """Whether the date `dm` of `q` is a bound or a target (`_BOUNDING_BEFORE`, `_BOUNDING_OPENING`)."""
    return bool(_bound_word(q, dm))


def _bound_word(q: Sentence, dm) -> str:
    """The words making the date `dm` of `q` a bound or a target, lowercased
    (« depuis », « jusqu'au », « d'ici »…), "" when it is none."""
    m = _BOUNDING_OPENING.match(dm.text) or _BOUNDING_BEFORE.search(q.text, max(0, dm.start - 24), dm.start)
    return m.group().lower().replace("’", "'") if m else ""


_YEAR_IN_DATE = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _news_year(analysis: Analysis) -> int | None:
    """The latest year the text gives to something that happened or holds
    (once per analysis): not a year a sentence with a future, « devoir » or
    « prévoir » gives (« Il devait rejoindre en 2026 … »), nor a bound or a
    target (« court jusqu'au 14 juin 2029 », « d'ici 2030 »); every year of
    a span (« entre 2018 et 2020 »)."""
    found = analysis.memo.get("news_year", _NO_YEAR)
    if found is _NO_YEAR:
        found = None
        for q in analysis.sentences:
            if not q.dates or _has_future(q.doc):
                continue
            for dm in q.dates:
                if dm.year is None or _bounding(q, dm):
                    continue
                for y in [dm.year, *map(int, _YEAR_IN_DATE.findall(dm.text))]:
                    found = y if found is None or y > found else found
        analysis.memo["news_year"] = found
    return found


_NO_YEAR = object()


def _passe_compose_main(s: Sentence) -> bool:
    """The sentence's main verb (its root) in the passé composé: a present
    « a », « ont », « est », « sont » as its tense auxiliary (« Le principal
    suspect a été condamné … », « Les enquêteurs ont identifié … »), or the
    root that auxiliary itself, a past participle after it (the parse of
    « Le prévenu a écopé de cinq ans … »)."""
    root = _main_root(s)
    if root is None:
        return False
    w = words_of(s.doc)
    if any(w.head[k] == root and w.dep[k] == "aux:tense" and w.lower[k] in _PRESENT_AUXILIARIES
           for k in range(max(0, root - 4), root)):
        return True
    if w.lower[root] in _PRESENT_AUXILIARIES:
        k = root + 1
        while k < w.n and w.pos[k] == "ADV":
            k += 1
        return k < w.n and "Part" in w.feats[k].get("VerbForm", ()) and "Past" in w.feats[k].get("Tense", ())
    return False


def _past_year_of(analysis: Analysis, p: Sentence, passe_compose: bool) -> bool:
    """Whether `p`, the last dated sentence of a paragraph before another,
    dates a past event by a year before the news's (`_news_year`): a year
    on its main verb (`_dates_main_event`) or in its opening adjunct (« Dans
    une autre affaire jugée à Marseille en 2019, les enquêteurs … »); to the
    day too (« Le 12 mars 2019, un accord avait été signé »), the news's
    year read from what happened, not from a bound or a plan. A passé
    composé going on from it (`passe_compose`) only out of the lead's
    paragraph (the lead tells the news), and from a past told in the
    pluperfect or the passé composé (not from a present, « … il est
    autorisé dans quatre pays »)."""
    if passe_compose and (p.block == analysis.sentences[0].block or not (_pluperfect_main(p) or _passe_compose_main(p))):
        return False  # (« Disponible depuis décembre 2015, il est autorisé … »: a state of now)
    years = []
    year_only = False  # a year without a day dates it (not « le 15 juin 2025 », the news itself told to the day)
    root = None
    for dm in p.dates:
        if dm.year is None or _bounding(p, dm):
            continue
        if _dates_main_event(p, dm) or _dates_past_argument(analysis, p, dm):
            years.append(dm.year)
            year_only = year_only or dm.day is None
            continue
        # In the opening adjunct: before the first comma, which comes before the
        # main verb. A frame, opening on a preposition (« Dans une autre
        # affaire jugée … en 2019, … »), not a participle's own time (« Fermé en 2019 pour travaux,
        # l'établissement a rouvert … »: the closure's year, not the news's).
        comma = p.text.find(",", dm.end)
        if comma < 0 or "," in p.text[: dm.start] or words_of(p.doc).pos[0] != "ADP":
            continue
        if root is None:
            root = _main_root(p)
            if root is None:
                break
        if words_of(p.doc).idx[root] > comma:
            years.append(dm.year)
            year_only = year_only or dm.day is None
    if not years:
        return False
    if any(dm.year is not None and dm.year > max(years) and not _bounding(p, dm) for dm in p.dates):
        return False  # (« … se sont étalés sur dix-huit mois, entre mars 2023 et août 2024 »: up to a later year)
    if year_only and not passe_compose and (_pluperfect_main(p) or _pluperfect_first(p)):
        # « En juin 2023, le naufrage … avait fait … »: itself told as before
        # the news, and a pluperfect goes on with it. (Not a passé composé:
        # « En octobre 2018, la commune avait déjà été frappée … Quelque 200
        # maisons ont été inondées » may be tonight's; it needs a later year.)
        return True
    news = _news_year(analysis)
    return news is not None and max(years) < news


def _continues_past_year(analysis: Analysis, s: Sentence) -> bool:
    """`_continues_dated_past` of a sentence with no date: its main verb in
    the pluperfect, or in the passé composé (wire copy tells an earlier case
    in it too); the paragraph read back to its last dated sentence (`_past_year_of`),
    over sentences with no date and no word of the news's time (`_NEWS_TIME`:
    « Lundi, les avocats … ») — neither in the sentence itself."""
    pluperfect = _pluperfect_main(s)
    if not pluperfect and _never_since(s):
        # « La ville avait déjà été entièrement vidée … en novembre 2023 … La plupart
        # des habitants ne sont jamais revenus »: « never » counts from the event
        # of the sentence before, as a pluperfect going on with it would.
        # (The date may hang on a noun in the parse, « vidée de sa population en
        # novembre 2023 »: the pluperfect says the event is before the news.)
        q = analysis.sentences[s.id - 1]
        return (q.block == s.block and q.block != analysis.sentences[0].block and _pluperfect_main(q)
                and any(not _bounding(q, dm) for dm in q.dates))
    if not pluperfect and not _passe_compose_main(s):
        return _present_of_dated_past(analysis, s)
    sentences = analysis.sentences
    for q in (s, *(sentences[k] for k in range(s.id - 1, -1, -1))):
        if q.block != s.block:
            return False
        if q.dates and q is not s:
            return _past_year_of(analysis, q, not pluperfect)
        if any(not inside_quote(q.text, m.start()) for m in _NEWS_TIME.finditer(q.text)):
            return False
        if not pluperfect and any(not inside_quote(q.text, m.start()) for m in _CONTRAST.finditer(q.text)):
            return False  # (« La cour a estimé au contraire que … »: the news, set against the earlier case, and what follows it)
        if not pluperfect and q is not s and not (_pluperfect_main(q) or _passe_compose_main(q)):
            return False  # (« Il nécessite trois injections. »: back to now; a passé composé after it may be of now)
    return False


def _never_since(s: Sentence) -> bool:
    """The sentence's main verb, in the passé composé, negated by « jamais »
    (« … ne sont jamais revenus »): a span up to now that opens on an event
    told before it."""
    if "jamais" not in s.text:
        return False
    root = _main_root(s)
    if root is None:
        return False
    w = words_of(s.doc)
    before = range(max(0, root - 4), root)
    return (any(w.lower[k] == "jamais" and w.head[k] == root for k in before)
            and any(w.lower[k] in _PRESENT_AUXILIARIES and w.head[k] == root and w.dep[k].startswith("aux") for k in before))


def _present_of_dated_past(analysis: Analysis, s: Sentence) -> bool:
    """`_continues_past_year` of a sentence in the present: its subject a
    bare definite noun (`_DEFINITE_OPENING`, no complement saying whose),
    right after a sentence of its paragraph telling a past event of an
    earlier year in the pluperfect (`_past_year_of`), out of the lead's
    paragraph (« En 2017, une trentaine de tombes … avaient été exhumées à
    Mainvilliers … Le mobilier, dont une fibule en or, est aujourd'hui
    exposé au musée … »): the noun is that event's (what its tombs held),
    and the line, read apart, tells it of the news (today's find on show)."""
    k = s.id - 1
    if k < 0 or not s.text.startswith(("Le ", "La ", "Les ", "L'", "L’")) or not _DEFINITE_OPENING.match(s.text):
        return False
    q = analysis.sentences[k]
    if q.block != s.block or q.block == analysis.sentences[0].block or not q.dates:
        return False
    if not (_pluperfect_main(q) or _pluperfect_first(q)):
        return False
    if any(not inside_quote(s.text, m.start()) for m in _NEWS_MOMENT.finditer(s.text)):
        # (« La concertation reprend cette semaine … »: the news's own moment.
        # Not « aujourd'hui », « désormais »: « Le mobilier … est aujourd'hui
        # exposé au musée » is the earlier find's state now.)
        return False
    # Its verb: the first finite word after the noun, past an incise
    # between commas (« , dont une fibule en or, »; the parse may hang the
    # verb on the incise's « dont »), in the present of the indicative.
    w = words_of(s.doc)
    if w.n < 4 or w.pos[1] != "NOUN":
        return False
    k = 2
    if w.text[k] == ",":
        k = next((j for j in range(k + 1, w.n) if w.text[j] == ","), w.n) + 1
    while k < w.n and not w.verb_finite[k]:
        if w.punct[k] or w.lower[k] in RELATIVE_PRONOUNS:
            return False
        k += 1
    if k >= w.n or "Pres" not in w.morph(k, "Tense") or "Ind" not in w.morph(k, "Mood"):
        return False
    return _past_year_of(analysis, q, False)


# The demonstrative pronouns that stand for another of the news's kind (« Cette
# affaire rappelle celle du coq Maurice »), followed by « de » naming it.
_DEMONSTRATIVE_PRONOUNS = frozenset(("celui", "celle", "ceux", "celles"))
_DEMONSTRATIVE_DETERMINERS = frozenset(("ce", "cet", "cette", "ces"))


def _recalled_case(analysis: Analysis, s: Sentence) -> str | None:
    """When `s` tells another case than the news, one the text recalls: the
    words naming that case (« du coq Maurice »), else None. A sentence of its
    paragraph (not the lead's) opens on a demonstrative and its noun, the
    news named back, and sets it beside a demonstrative pronoun and « de »
    (« Cette affaire rappelle celle du coq Maurice, sur l'île d'Oléron »,
    « Ce drame fait écho à celui de … »); `s`, after it, and every sentence
    in between tell a past: the pluperfect, or the passé composé of an
    earlier year (`_past_year_of`), no word of the news's time
    (`_NEWS_TIME`). « En 2019, le tribunal de Rochefort avait débouté des
    voisins qui réclamaient que l'animal cesse de chanter … » is that
    case's ruling; read apart, the news's (« l'animal » the news's rooster)."""
    found = analysis.memo.get("recalled_cases")
    if found is None:
        found = analysis.memo["recalled_cases"] = _recalled_cases(analysis)
    return found.get(s.id)


def _recalled_cases(analysis: Analysis) -> dict[int, str]:
    """`_recalled_case` of every sentence (once per analysis): id -> the case's words."""
    found: dict[int, str] = {}
    sentences = analysis.sentences
    lead_block = sentences[0].block if sentences else None
    named = None
    for s in sentences:
        if named is not None and s.block == named[0] and _tells_a_past(analysis, s):
            found[s.id] = named[1]
            continue
        named = None
        if s.block != lead_block and s.text[:3].lower() in ("ce ", "cet", "ces"):
            case = _case_recalled_by(s)
            if case:
                named = (s.block, case)
    return found


def _case_recalled_by(s: Sentence) -> str | None:
    """The « de » phrase after a demonstrative pronoun in `s`, which opens on a
    demonstrative determiner and its noun, up to the next comma (« du coq
    Maurice »); None when there is none, or when it is in a quotation or after
    a relative or « que », or names nothing (no capitalised word) or a time."""
    w = words_of(s.doc)
    if w.n < 5 or w.lower[0] not in _DEMONSTRATIVE_DETERMINERS or w.pos[1] != "NOUN":
        return None
    for k in range(2, w.n - 1):
        if w.lower[k] in RELATIVE_PRONOUNS or w.lower[k] in ("que", "qu'", "qu’") or w.text[k] in ("«", ";", ":"):
            return None
        if w.lower[k] in _DEMONSTRATIVE_PRONOUNS and w.lower[k + 1] in _DE_FORMS:
            end = next((j for j in range(k + 2, w.n) if w.punct[j]), w.n)
            if end <= k + 2:
                return None
            start, stop = w.idx[k + 1], w.idx[end - 1] + len(w.text[end - 1])
            if not any(w.text[j][:1].isupper() for j in range(k + 2, end)) or any(
                    dm.start < stop and dm.end > start for dm in s.dates):
                # « Cette hausse est inférieure à celle de l'hiver dernier », « … à celui de
                # 2023 »: the same thing at another time, no other case; a case is named
                # (« celle du coq Maurice »), and a name has a capital.
                return None
            return s.text[start:stop]
    return None


def _tells_a_past(analysis: Analysis, s: Sentence) -> bool:
    """`s` tells a past before the news: its main verb in the pluperfect, or
    in the passé composé with a year before the news's (`_past_year_of`), and
    no word of the news's time out of quotations."""
    if any(not inside_quote(s.text, m.start()) for m in _NEWS_TIME.finditer(s.text)):
        return False
    if _pluperfect_main(s) or _pluperfect_first(s):
        return True
    return bool(s.dates) and _passe_compose_main(s) and _past_year_of(analysis, s, False)


def _names_the_case(text: str, case: str) -> bool:
    """Whether `text` names the recalled case by one of its names (the
    capitalised words of `case`: « Maurice » of « du coq Maurice »)."""
    return any(word[:1].isupper() and next(word_matches(text, word), None) is not None for word in case.split())


def denied_later(analysis: Analysis, s: Sentence) -> bool:
    """Whether the sentence is a claim (a verb in the conditional, a source:
    « selon … », « d'après … », or its main verb one of claim, « affirmer ») that a
    later sentence of its paragraph denies (a verb of denial, « démentir »,
    « nier », not negated: « Selon Le Monde, … La Poste prévoirait de
    transformer environ 1.000 bureaux … Le groupe a démenti l'existence d'un
    « plan chiffré » … »). Listed apart, the claim would lose its denial."""
    found = s.memo.get("denied_later")
    if found is None:
        found = s.memo["denied_later"] = _denied_later(analysis, s)
    return found


def _denied_later(analysis: Analysis, s: Sentence) -> bool:
    """`denied_later`, computed."""
    sentences = analysis.sentences
    k = s.id + 1
    while k < len(sentences) and sentences[k].block == s.block:
        if _denies(sentences[k]):
            return _a_claim(s)
        k += 1
    return False


# A word opening as every form `_DENIAL_VERB` matches does (a quick test
# first, in any case: not « ni », « uni », « fini », « Nicolas »).
_DENIAL_START = re.compile(r"\b(?:démen|ni[eéaâèoi])", re.I)
_NEGATION_BEFORE = frozenset(("ne", "n'", "n’", "ni"))


@per_sentence
def _denies(s: Sentence) -> bool:
    """The sentence says, out of a quotation, that someone denies (« Le
    groupe a démenti … », « il nie les faits », « Une hypothèse démentie
    par … »); not « n'a ni confirmé ni démenti », nor the noun (« ce
    démenti »)."""
    if not _DENIAL_START.search(s.text):
        return False
    w = words_of(s.doc)
    for k in range(w.n):
        low = w.lower[k]
        if not _DENIAL_VERB.match(low) or low == "ni":
            continue
        if w.pos[k] in ("ADJ", "PROPN") and not (low == "dément" and k + 1 < w.n and w.pos[k + 1] == "DET"):
            continue  # (« un montant dément », « niais », « Nia »; « le club dément[ADJ] la vente » a verb, its object after it)
        if inside_quote(s.text, w.idx[k]) or k > 0 and w.pos[k - 1] == "DET":
            continue
        if not _NEGATION_BEFORE.isdisjoint(w.lower[max(0, k - 4):k]):
            continue
        return True
    return False


_CLAIM_SOURCE = frozenset(("selon", "d'après", "d’après"))


def _a_claim(s: Sentence) -> bool:
    """The sentence tells, out of a quotation, what is only claimed: its
    main verb in the conditional (« La Poste prévoirait … », « aurait
    progressé »; not a relative's, « …, où l'un des suspects aurait tenté
    … »), a source (« selon un document interne »), or its main verb one
    of claim (« L'ancien manager … affirme … avoir alerté … »)."""
    w = words_of(s.doc)
    root = _main_root(s)
    for k in range(w.n):
        low = w.lower[k]
        if inside_quote(s.text, w.idx[k]):
            continue
        if low in _CLAIM_SOURCE or low == "après" and k > 0 and w.lower[k - 1] in ("d'", "d’"):
            return True
        if root is not None and (k == root or w.head[k] == root and w.dep[k].startswith("aux")) and (
                "Cnd" in w.feats[k].get("Mood", ()) or _CONDITIONAL_FORM.search(low)):
            return True
        if k == root and w.pos[k] == "VERB" and s.doc[k].lemma_ in _CLAIM_VERBS:
            return True
    return False


# Verbs of saying that put forward what the speaker holds true, which a
# denial may answer (« affirme avoir alerté la direction »); not those that
# report an act (« Le parquet a annoncé la mise en examen … » before « Le
# suspect nie les faits »).
_CLAIM_VERBS = frozenset(("affirmer", "assurer", "soutenir", "prétendre", "maintenir", "accuser"))


# A sentence opening on its source and its comma (« Selon l'intersyndicale, … »):
# « selon » or « d'après » only; « Suivant la procédure », « Suivant les
# recommandations de … » open no source, but a manner or a conformity. (A
# decimal comma is none: « Selon une étude portant sur 1,5 million de patients, ».)
_OPENING_SOURCE = re.compile(r"(?:selon|d['’]après)\s((?:[^,«»;:()]|(?<=\d),(?=\d)){1,80}),\s", re.I)
# A sentence ending on its source: « …, selon l'intersyndicale. »
_FINAL_SELON = re.compile(r",\s+((?:selon|d['’]après)\s+((?:[^,«»;:()]|(?<=\d),(?=\d)){1,80}?))\s*[.!?…]?\s*$")
# A sentence ending on an inverted incise of saying, its subject a noun
# (« …, a estimé un enquêteur. », « …, a déclaré la secrétaire de Sud Santé,
# Karine Morel. », « …, précise la préfecture. »), or a pronoun (« …,
# a-t-il précisé. », « …, estime-t-elle. »). The verbs: a closed family of saying.
_SAYING_PARTICIPLES = (r"annoncé|déclaré|indiqué|précisé|expliqué|affirmé|ajouté|estimé|souligné|assuré|rapporté"
                       r"|confirmé|rappelé|révélé|averti|prévenu|dit|jugé|noté|observé|signalé|constaté|écrit|martelé"
                       r"|insisté|regretté|dénoncé|commenté|raconté|témoigné|confié|lancé|résumé|répondu")
_SAYING_PRESENTS = (r"annonce|déclare|indique|précise|explique|affirme|ajoute|estime|souligne|assure|rapporte"
                    r"|confirme|rappelle|révèle|avertit|prévient|dit|juge|note|observe|signale|constate|écrit|martèle"
                    r"|insiste|regrette|dénonce|commente|raconte|témoigne|confie|lance|résume|répond")
_FINAL_INCISE = re.compile(
    rf",\s+((?:(?:a|ont|avait|avaient)\s+(?:{_SAYING_PARTICIPLES})|(?:{_SAYING_PRESENTS}))\s+"
    r"((?:[A-ZÉÈÀÂ]|(?:le|la|les|un|une|son|sa|ses|leur|leurs|ce|cet|cette)\s|l['’])[^«»;:()]{0,120}?))\s*[.!?…]?\s*$")
_FINAL_PRONOUN_INCISE = re.compile(
    rf",\s+(?:(?:a-t-|ont-|avait-|avaient-)(?:il|elle|ils|elles|on)\s+(?:{_SAYING_PARTICIPLES})"
    rf"|(?:{_SAYING_PRESENTS})-(?:t-)?(?:il|elle|ils|elles|on))\s*[.!?…]?\s*$")
# A source that is a pronoun (« selon elle », « d'après lui »): someone of another sentence or of an incise.
_PRONOUN_SOURCE = re.compile(r"(?:lui|elle|eux|elles|nous|vous|moi|toi)(?:-mêmes?)?", re.I)


@per_sentence
def _sentence_source(s: Sentence) -> tuple[str, str, str] | None:
    """The source the sentence gives its statement, as (where, who, words):
    ("open", « l'intersyndicale », « Selon l'intersyndicale ») for a
    sentence opening on it; ("end", « l'intersyndicale », « selon
    l'intersyndicale ») or ("end", « un enquêteur », « a estimé un enquêteur »)
    for one ending on it; who is "" when it is a pronoun no sentence
    resolves (« Selon elle, … », « …, a-t-il précisé. »): no line can say
    whose claim. None when the sentence gives none."""
    text = s.text
    if text[:1] in "SsDd":
        m = _OPENING_SOURCE.match(text)
        if m is not None:
            who = m.group(1).strip()
            return ("open", "" if _PRONOUN_SOURCE.fullmatch(who) else who, text[: m.end() - 2])
    if "," not in text:
        return None
    m = _FINAL_SELON.search(text)
    if m is not None and not inside_quote(text, m.start()):
        who = m.group(2).strip()
        return ("end", "" if _PRONOUN_SOURCE.fullmatch(who) else who, m.group(1))
    m = _FINAL_INCISE.search(text)
    if m is not None and not inside_quote(text, m.start()):
        # Who speaks, without an adjunct of the verb or a relative of the
        # speaker (« a annoncé le régulateur mercredi », « a indiqué la SNCF
        # dans un communiqué », « a lancé son président, Julien Sanchez, qui
        # réclame un audit … »: the narrator's, of the speaker).
        who = m.group(2)
        cut = _SOURCE_ADJUNCT.search(who)
        if cut is not None:
            who = who[: cut.start()]
        who = who.rstrip(" ,")
        return ("end", who, m.group(1)[: m.start(2) - m.start(1)] + who)
    m = _FINAL_PRONOUN_INCISE.search(text)
    if m is not None and not inside_quote(text, m.start()):
        if s.speaker_named:  # (« a-t-il affirmé » -> « a affirmé Thierry Gaudin »: see analysis.resolve_inverted_speakers)
            return ("end", s.speaker_named[3], s.speaker_named[1])
        # The sentence's own subject may be who speaks (« L'élu a demandé à la
        # métropole …, a-t-il ajouté. »): a line of it, with that subject,
        # tells what he did or said; no other line can say whose claim.
        root = _main_root(s)
        w = words_of(s.doc)
        subject = w.subject(root) if root is not None else None
        if subject is not None and w.pos[subject] in ("NOUN", "PROPN") and w.idx[subject] < m.start():
            return ("subject", w.text[subject], "")
        return ("end", "", "")
    return None


@per_sentence
def _main_verb_word(s: Sentence) -> str | None:
    """The word of the sentence's main verb, read off the words (the parse
    often roots a sentence on a relative's verb): the first finite verb out
    of quotations and out of a relative clause (a relative pronoun since the
    comma before it), or the participle or attribute its auxiliary or copula
    is of (« restera » of « la piscine, dont la rénovation a coûté …,
    restera fermée », « condamné » of « a été condamné »). None when there is none."""
    w = words_of(s.doc)
    relative = False
    for k in range(w.n):
        if w.text[k] == ",":
            relative = False
        elif w.lower[k] in RELATIVE_PRONOUNS:
            relative = True
        elif w.verb_finite[k] and not relative and not inside_quote(s.text, w.idx[k]):
            v = w.head[k] if (w.dep[k].startswith("aux") or w.dep[k] == "cop") and w.head[k] > k else k
            return w.text[v]
    return None


# A word standing alone in a line (the main verb `_keeps_source` looks for).


def _keeps_source(s: Sentence, f: str | None) -> str | None:
    """A form of a sentence that gives its source (`_sentence_source`) with
    that source, for « L'essentiel » and the description: read apart, a form
    without it would state as a fact what the text gives as someone's claim
    (« Le délai d'attente dépasse 9 heures en moyenne. » of « Selon elle, le
    délai d'attente, qui dépasse … »). The form as it is when it holds the
    source (« Selon l'intersyndicale, … », its « selon » put first) or opens
    on a quotation; « Selon X, » put first or « , a estimé X. » put last
    otherwise. None when the source is a pronoun no sentence resolves, or
    when the form lacks the main verb: a relative's statement or another
    clause (« La rénovation de la piscine a coûté 18 millions d'euros. » of
    « Selon l'opposition, la piscine, dont la rénovation a coûté …,
    restera fermée … »), whose source is not sure: neither the source put on
    it nor the statement without it is. None too for a relative's
    statement before a final source when the sentence quotes what the
    source said (« La direction de Logivrac, qui emploie …, « prend acte »
    …, a indiqué son directeur … »): the relative out of the guillemets may
    be the narrator's aside or the speaker's claim."""
    if not f or f == s.text:
        return f
    source = _sentence_source(s)
    if source is None:
        return f
    where, who, words = source
    if f.startswith("«"):
        return f
    if not who:
        return None
    low = f.lower()
    if any(len(part) > 2 and part.lower() in low for part in who.split(", ")):
        return f  # (« Selon X, … », or a statement of the speaker: « Julien Sanchez réclame un audit … »)
    if where == "subject":
        return None
    if where == "end" and _unsure_relative(s, f):
        # « La direction de Logivrac, qui emploie 1 200 salariés …, « prend
        # acte » de la décision mais « n'exclut pas » …, a indiqué son
        # directeur … »: the relative out of the guillemets may be the
        # narrator's aside (with the incise put on it, the speaker would be
        # said to have told what he did not) or the speaker's claim, the
        # guillemets quoting only the verbs (« Le patient, qui a contracté
        # une infection nosocomiale …, « n'aurait jamais dû être opéré » …,
        # selon sa famille. »: without its source, an allegation would be
        # stated as a fact). The guillemets do not tell whose it is: no
        # line. (Without guillemets the whole sentence is reported, and the
        # source is put on the relative's statement: « Le père, qui souffre
        # d'une fracture …, a été placé en observation …, a précisé
        # l'hôpital. »)
        return None
    if where == "open":
        # (What comes before a final source is all the speaker's; after an
        # opening one, a relative may be the narrator's aside: see `_with_source`.)
        verb = _main_verb_word(s)
        if verb is None or find_literal(f, verb, NOT_AFTER_WORD_OR_APOSTROPHE, NOT_BEFORE_WORD_OR_APOSTROPHE) < 0:
            return None
        return f"{words}, {lower_start(f)}"
    body = f.rstrip()
    if body.endswith((".", "!", "?", "…")) and not body.endswith(("..", "...")):
        body = body[:-1].rstrip()
    return f"{body}, {words}."


def _unsure_relative(s: Sentence, f: str | None) -> bool:
    """Whether `f` is the statement of a relative clause of `s` out of the
    guillemets of a sentence that quotes its speaker before its final
    source (« La direction de Logivrac, qui emploie 1 200 salariés …,
    « prend acte » …, a indiqué son directeur … »; « Le patient, qui a
    contracté une infection …, « n'aurait jamais dû être opéré » …, selon
    sa famille. »): the narrator's aside or the speaker's claim, the text
    does not say; neither the statement bare nor with the source is sure."""
    if not f or "«" not in s.text or not _quotes_before_source(s) or not _relative_statement(s, f):
        return False
    # (A relative before the source, not one of the incise's own: « …, a
    # estimé la responsable, Camille Jacquart, qui dirige une équipe de 14
    # archéologues. » tells who speaks.)
    text = s.text
    m = _FINAL_SELON.search(text) or _FINAL_INCISE.search(text)
    return any(not inside_quote(text, r.start()) for r in _RELATIVE_AFTER_COMMA.finditer(text, 0, m.start()))


def _quotes_before_source(s: Sentence) -> bool:
    """Whether `s`, ending on its source (a final incise of saying or
    « selon »), quotes words of the speaker before it."""
    text = s.text
    m = _FINAL_SELON.search(text) or _FINAL_INCISE.search(text)
    return m is not None and "»" in text[: m.start()]


def _relative_statement(s: Sentence, f: str) -> bool:
    """Whether the form `f` of `s` is the statement of one of its relative
    clauses (rephrase.relative_statements, dont_statements), not of its
    main clause."""
    if "qui" not in s.text and "dont" not in s.text:
        return False  # (a quicker test than the statements')
    body = f.rstrip(" .")
    return any(body == r.rstrip(" .") for r in relative_statements(s) + dont_statements(s))


# A relative pronoun opening a clause set between commas, its next word with it (« , qui compte », « , dont la »).
_RELATIVE_AFTER_COMMA = re.compile(r",\s((?:qui|que|dont|où|lequel|laquelle|lesquel(?:le)?s)\s+|qu['’])[\w’'-]+")
_NOT_A_DECIMAL_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


def _figure_relative(s: Sentence, a: int) -> str | None:
    """The opening words of the relative clause the figure at offset `a` of
    the sentence stands in (« qui compte », « dont la »), read off the
    text (a relative set between commas, no other comma between it and the
    figure) or off the parse (an ancestor of the figure's word a relative
    clause's verb); None when it stands in none."""
    head = s.text[:a]
    found = None
    for m in _RELATIVE_AFTER_COMMA.finditer(head):
        found = m
    if found is not None and not _NOT_A_DECIMAL_COMMA.search(head, found.end()):
        return found.group(0)[1:].strip()
    start = s.doc[0].idx
    t = next((t for t in s.doc if t.idx - start >= a), None)
    while t is not None and t.head.i != t.i:
        if t.dep_ == "acl:relcl":
            first = min(t.subtree, key=lambda u: u.i)
            if first.lower_ in RELATIVE_PRONOUNS and first.i + 1 < len(s.doc):
                return s.text[first.idx - start : s.doc[first.i + 1].idx - start + len(s.doc[first.i + 1].text)]
            return "\x00"  # (no relative pronoun to find again in a form)
        t = t.head
    return None


def _with_source(s: Sentence, f: str | None, a: int | None = None) -> str | None:
    """A form of a sentence that opens on its source (« Selon
    l'intersyndicale, la direction a recensé 410 patients … ») with that
    source when the form lost it: read apart, the form would state as a
    fact what the text gives as someone's claim. The form as it is when the
    sentence opens otherwise, or the form holds the source's words, or
    opens on a quotation. None when the source is a pronoun (« Selon elle,
    … »: whose claim, the line could not say), or when the figure at offset
    `a` stands in a relative clause the form does not keep (« l'élu, qui a
    dirigé la commune de 4 200 habitants …, aurait favorisé … »: the
    relative is the narrator's, the claim the main clause's; neither the
    source put on the relative's statement nor the statement without it
    is sure)."""
    if not f or not s.text[:1] in "SsDd":
        return f
    m = _OPENING_SOURCE.match(s.text)
    if m is None:
        return f
    if _PRONOUN_SOURCE.fullmatch(m.group(1).strip()):
        return None
    source = s.text[: m.end() - 2]
    if a is not None:
        key = ("figure_relative", a)
        relative = s.memo[key] if key in s.memo else s.memo.setdefault(key, _figure_relative(s, a))
        if relative is not None and relative.lower() not in f.lower():
            return None
    if source.lower() in f.lower() or f.startswith("«"):
        return f
    return f"{source}, {lower_start(f)}"


def key_figures(analysis: Analysis, d: _Derived) -> list[str]:
    """One line per figure: the figure in bold, then the shortest statement
    of the text that holds it (a clause, a shortened sentence, the sentence
    itself when short, or a long sentence's start up to the figure: see
    _figure_prefix), always with a subject and a finite verb; no line when
    there is none. A statement opening on the figure has it last (see
    _figure_last)."""
    d.section = "figures"
    items = []
    labels_seen: set[str] = set()
    for s in analysis.sentences:
        if _change_from_earlier(s):
            continue  # « L'édition précédente avait réuni 280 000 spectateurs, soit une progression de 4 % »
        if _continues_dated_past(analysis, s) or _recalled_case(analysis, s):
            continue  # « L'auteur, un ancien gardien, avait été condamné à quatre ans … » (of a theft of 2010)
        shortest_first = None  # the sentence's short forms, shortest first: sorted once, when first needed
        given: list[str] = []  # this sentence's lines so far
        for a, b in _figure_spans(s):
            if d.exhausted(s, 3, FIGURE_LINES_PER_SENTENCE):
                break  # no line of this sentence is taken any more (a quicker test than the label's)
            label = figure_label(s, a, b)
            if not label or label.lower() in labels_seen or state_taken_up(analysis, s):
                continue
            if label.endswith(" ans") and _an_age(s.text, a, label):
                continue  # « le conducteur, âgé de 47 ans »: no key figure of the news
            number = s.text[a:b]
            if given and any(find_literal(t, number, _FIGURE_BEFORE, _FIGURE_AFTER) >= 0 for t in given):
                continue  # the line of another figure of the sentence says it already
            if shortest_first is None:
                shortest_first = sorted(_short_forms(s), key=word_count)
            sourced = (_with_source(s, without_connective(f), a) for f in shortest_first)
            named = (_bare_noun_checked(analysis, s, f) for f in sourced if f)
            text = _first_free(d, s, (_colon_part(s, _figure_last(g, label, s), number) for g in named if g),
                               lambda f: f is not None and number in f and not _renamed_inside(analysis, s, f),
                               max_uses=3, per_section=FIGURE_LINES_PER_SENTENCE)
            if (text is None and s.words <= FIGURE_SENTENCE_MAX_WORDS and not _points_back(s.text) and "«" not in s.text
                    and _main_verb_finite(words_of(s.doc))):
                # No shorter statement holds it: the sentence itself, under its figure.
                # (Its opening connective goes: « En revanche, … » contrasts
                # with nothing under a figure.)
                # A bare noun opening it that the text names before gives no line (_bare_noun_checked).
                cut = without_connective(s.text)
                named_whole = _bare_noun_checked(analysis, s, cut)
                if named_whole:
                    part = _colon_part(s, _figure_last(named_whole, label, s), number)
                    text = d.take(s, part, max_uses=3, per_section=1, whole=part in (s.text, cut, named_whole))
            if text is None:
                # A long sentence: its start, up to the phrase of the figure.
                prefix = _figure_prefix(s, a)
                if prefix and _demonym_opening(analysis, s, prefix):
                    prefix = None  # « Le Canadien, … »: nobody named
                text = d.take(s, _colon_part(s, prefix, number), max_uses=3,
                              per_section=FIGURE_LINES_PER_SENTENCE)
            # (No line at all otherwise: the nominal group the figure counts,
            # « **11,9 %** du PIB en 2009. », says nothing out of its sentence.)
            if text:
                labels_seen.add(label.lower())
                given.append(text)
                items.append(f"**{label}** : {lower_first_word(text, s)}")
            if len(items) >= FIGURES_MAX:
                return items
    return items


# A figure standing alone in a line (see `key_figures`): no word character,
# hyphen or digit group before it, no word character, hyphen, decimal part or
# digit group after it. (The figure's own pattern, (?<![\w-])(?<!\d[ ])150\ 000(?![\w-]|,\d|[ ]\d),
# the brackets holding the group spaces, was compiled for each figure of each
# new text: about 0.5 ms each; `find_literal` finds the same.)
_FIGURE_BEFORE = re.compile(rf"(?<![\w-])(?<!\d[{GROUP_SPACES}])")
_FIGURE_AFTER = re.compile(rf"(?![\w-]|,\d|[{GROUP_SPACES}]\d)")


def _colon_part(s: Sentence, text: str | None, number: str) -> str | None:
    """A figure's line as it is, but None when it holds two colons of its own
    out of quotations (after the label's, a third: unreadable). A line with
    one keeps both sides of it: the side without the figure most often says
    who claims the other (« La CGT l'affirme : 400 emplois … », « …
    l'an prochain : telle est la crainte des délégués »), in words no list
    holds (« s'inquiète », « n'en démord pas », « tire la sonnette
    d'alarme »), and a side alone would state the claim as a fact."""
    if not text or ":" not in text:
        return text
    colons = [k for k in range(len(text)) if text[k] == ":" and not inside_quote(text, k)]
    return None if len(colons) > 1 else text


def _claim_without_source(s: Sentence, f: str) -> bool:
    """Whether the line `f` is (a part of) what follows the colon of s
    without it: the side before most often gives who claims it (« Le
    constat de l'adjoint aux finances est sans appel : la dette … », « La
    CGT s'inquiète : 400 emplois … »), in words no list holds, and « La
    dette … » alone would state the claim as a fact (see `_colon_part`)."""
    if ":" not in s.text or ":" in f:
        return False
    w = words_of(s.doc)
    colon = [k for k in range(w.n) if w.text[k] == ":" and not inside_quote(s.text, w.idx[k])]
    if len(colon) != 1:
        return False
    at = w.idx[colon[0]]
    head = re.sub(r"\W+$", "", f)[:30]
    found = max(s.text.find(head[:1].upper() + head[1:], at), s.text.find(head[:1].lower() + head[1:], at)) if head else -1
    return found > at and _gives_a_source(s.doc, colon[0])


# Collective nouns of those who speak (« Le syndicat tire la sonnette
# d'alarme : … »), beside persons (`_names_a_person`) and names.
_SPEAKING_BODIES = frozenset((
    "syndicat syndicats gouvernement ministère préfecture parquet police gendarmerie mairie direction "
    "association associations opposition majorité entreprise groupe société fédération collectif comité "
    "commission cabinet entourage porte-parole élus experts analystes enquêteurs médecins chercheurs "
    "scientifiques spécialistes observateurs autorités riverains habitants salariés employés").split())


def _gives_a_source(doc, colon: int) -> bool:
    """Whether the words before the colon at token `colon` may say who
    claims what follows (« La CGT s'inquiète », « Marc Blanc n'en démord
    pas », « Le syndicat tire la sonnette d'alarme », « Force ouvrière est
    catégorique », « Pour le maire, c'est une certitude », « Le constat de
    l'adjoint est sans appel »): a name of a person or a body, a noun of a
    person or of a body that speaks, a verb of saying, or « selon », « pour »,
    « d'après ». Not « La seconde série de billets aura une plus grande
    longévité que la précédente », nor « Le Cantal n'est pas le seul
    département concerné » (a place): statements of their own."""
    for t in doc[:colon]:
        low = t.lower_
        if t.ent_type_ in ("PER", "ORG") or (t.ent_type_ == "MISC" and t.text[:1].isupper()):
            return True
        if low in ("selon", "pour", "après", "d'après", "d’après") or low in _SPEAKING_BODIES:
            return True
        if t.pos_ in ("VERB", "AUX") and t.lemma_ in SAYING:
            return True
        if t.pos_ == "NOUN" and _names_a_person(low):
            return True
    return False


_COMMON_STARTS = {"le", "la", "les", "un", "une", "des", "du", "de", "ce", "cet", "cette", "ces", "il", "elle",
                  "ils", "elles", "on", "plus", "moins", "près", "pas", "selon", "au", "aux", "en", "dans", "à",
                  "pour", "sur", "depuis", "lors", "après", "avant", "chaque", "leur", "leurs", "son", "sa", "ses",
                  "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "deux", "tous", "toutes",
                  "environ", "quelque", "presque"}


# A day of the week opening a line (« Samedi, 320 visiteurs … »,
# « Lundi vers 9 h 15, … »): a common noun, which the parse may tag as a
# name; after a label and a colon it is in lower case.
_WEEKDAY_WORDS = frozenset(WEEKDAYS.split("|"))


def _starts_with_word(text: str, name: str) -> bool:
    """Whether `text` opens on `name` followed by a word boundary: what
    « re.match(re.escape(name) + r"\b", text) » says, without compiling a
    pattern per name."""
    if not text.startswith(name):
        return False
    before = name[-1:].isalnum() or name[-1:] == "_"  # as \w on either side of the boundary
    after = text[len(name) : len(name) + 1]
    return before != (after.isalnum() or after == "_")


def _opens_a_name(w, i: int) -> bool:
    """Whether capitalised token i opens a name of several words: an
    entity's start, or its lower-case adjectives up to a capitalised word
    (« Santé publique France », « Météo France »), no article nor
    preposition between. (Not a weekday nor a month: « Mardi Paris … ».)"""
    if w.ent_iob[i] == 3 and i + 1 < w.n and w.ent_iob[i + 1] == 1:
        return True
    if w.lower[i] in _TIME_NOUNS or w.pos[i] not in ("NOUN", "PROPN"):
        return False  # (« Comme Stellantis, … »: a preposition opens no name)
    k = i + 1
    while k < w.n and w.pos[k] == "ADJ" and w.text[k][:1].islower():
        k += 1
    return k < w.n and w.text[k][:1].isupper() and w.text[k][:1].isalpha() and w.pos[k] in ("PROPN", "NOUN")


def lower_first_word(text: str, s: Sentence | None = None) -> str:
    """A statement after a label and a colon starts in lower case, unless its
    first word is a name or an acronym (as the parse of its sentence `s`
    tags it: « Disponible depuis … » is an adjective)."""
    first = text.split(" ", 1)[0]
    if first.lower() in _COMMON_STARTS or first.rstrip(",").lower() in _WEEKDAY_WORDS or re.match(r"^(?:[LD]['’]|(?:[CNSJM]|Qu|Jusqu|Lorsqu|Puisqu|Quoiqu)['’](?=[a-zà-ÿ]))", first):
        # (« C'est », « N'ayant », « S'il », « Jusqu'ici »: elided words, no name; a capital
        # after « N' », « M' » … opens a name: « N'Golo Kanté », « N'Djamena ».)
        return text[:1].lower() + text[1:]
    if s is not None and first[:1].isupper() and not first.isupper():
        if any(label == "PER" and _starts_with_word(text, name) for name, label in s.entities):
            return text  # « Angela Merkel », whatever the tagger says of « Angela »
        w = words_of(s.doc)
        word = first.rstrip(",;:")
        if word not in w.text and word[:1].lower() + word[1:] in w.text:
            # The sentence has the word only in lower case (« … dès dimanche
            # à 16 heures » moved first): the capital is the line's start, not a name's.
            return text[:1].lower() + text[1:]
        tok = s.doc[w.text.index(word)] if word in w.text else None  # (its first token of that text)
        if tok is not None and _opens_a_name(w, tok.i):
            return text  # « Santé publique France rappelle … », whatever the tagger says of « Santé »
        if tok is not None and tok.i > 0 and w.text[tok.i - 1] not in (":", "«", '"', "“", "—", "–", "-", ".", "!", "?", "…"):
            return text  # « En 2021, Bordeaux avait … »: a capital inside the sentence is a name's
        if tok is not None and (tok.pos_ in ("ADJ", "ADV", "VERB", "AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ") or (
                tok.i == 0 and tok.pos_ == "PROPN" and not tok.ent_type_) or (
                tok.pos_ == "NOUN" and not tok.ent_type_ and tok.i + 1 < len(tok.doc)
                and not tok.doc[tok.i + 1].text[:1].isupper())):
            # (« Née le 17 août 1933 … »: a name the tagger guesses from the
            # capital a sentence opens on, that no entity confirms. « Côté
            # programmation, … »: a common noun, in no entity and followed by
            # no capitalised word, as in « Météo France ».)
            return text[:1].lower() + text[1:]
    return text


def _sort_key(dm, default_year):
    return (dm.year if dm.year is not None else default_year or 0, dm.month or 0, dm.day or 0)


def _per_date(fn):
    """Memoize `fn(sentence, date)` on the sentence (as analysis.per_sentence,
    which cannot key on a DateMention: a dataclass is no dict key), by the
    date's fields: the chronology, the questions and the dating years ask
    the same dates of the same sentences again."""
    name = fn.__qualname__

    @functools.wraps(fn)
    def memoized(s: Sentence, dm):
        key = (name, dm.text, dm.year, dm.month, dm.day, dm.start, dm.end)
        value = s.memo.get(key, _MISSING)
        if value is _MISSING:
            value = s.memo[key] = fn(s, dm)
        return value

    return memoized


_MISSING = object()


@_per_date
def _dates_main_event(s: Sentence, dm) -> bool:
    """True when the date phrase hangs on the main verb: « Minsk avait obtenu son
    indépendance en 1991 », not « les plans d'annexer la Biélorussie d'ici 2030 »."""
    if not s.text[: dm.start].strip():
        return True
    span = s.doc.char_span(dm.start, dm.end, alignment_mode="expand")
    if span is None:
        return False
    w = words_of(s.doc)
    head, pos = w.head, w.pos
    inside = range(span.start, span.end)
    for t in inside:
        h = head[t]
        if h in inside:
            continue
        while pos[h] not in ("VERB", "AUX") and head[h] != h:
            if pos[h] in ("NOUN", "PROPN") and h not in inside:
                return False
            h = head[h]
        if pos[h] in ("NOUN", "PROPN") and not any(head[j] == h and w.dep[j] == "cop" for j in range(w.n)):
            # A noun the parse made the root with no copula of its own (« Le
            # souvenir de l'incendie de Lubrizol, en septembre 2019, est dans
            # toutes les têtes », its « est » given to « têtes »): the date
            # hangs on a noun, not on the statement.
            return False
        return w.dep[h] == "ROOT"
    return False


@_per_date
def _dates_the_statement(s: Sentence, dm) -> bool:
    """A date ending a sentence of one verb group, which the parse hung on
    a noun (« … sera diffusée aux 332 millions d'Européens résidant dans les
    dix-sept états membres à partir du mois de mai 2013 »): it dates the
    statement when it may go first (see rephrase.reorders)."""
    end = len(s.text.rstrip(" .!?…"))
    return dm.end >= end - 1 and bool(_final_date_first(s, end))


@_per_date
def _dates_final_argument(s: Sentence, dm) -> bool:
    """A date « en … » ending a sentence in the pluperfect, which the parse
    hung on a noun that is the main verb's object (« En première instance, le
    tribunal … avait donné raison aux voisins en juin 2023 »: not the
    neighbours of June 2023); no other finite verb between them. It dates
    the main verb's event, told before the news. (Not « élu en 2020 », a
    participle's, nor « de 2014 à 2024 », nor a day: « a appelé à une
    journée de mobilisation le 27 janvier » is the day's date.)"""
    if not dm.text[:3].lower() == "en " or s.text[dm.end :].strip(" .!?…") or not _pluperfect_main(s):
        return False
    root = _main_root(s)
    span = s.doc.char_span(dm.start, dm.end, alignment_mode="expand")
    if root is None or span is None:
        return False
    w = words_of(s.doc)
    out = [w.head[t] for t in range(span.start, span.end) if not span.start <= w.head[t] < span.end]
    if len(out) != 1:
        return False
    h = out[0]
    if any(w.head[j] == h and w.dep[j] == "nmod" and j < span.start and _of_a_determined_noun(w, j) for j in range(h + 1, span.start)):
        # « … avait voté la fermeture de l'école en 2026 », « … avait programmé la fin du
        # chantier en 2028 »: the object names an act on a thing (« N de » + a determiner's
        # noun), and the date may be that act's (a target, the year it takes effect), not
        # the main verb's; left out. (Not « une aide de 5 millions d'euros », an amount.)
        return False
    return (w.pos[h] in ("NOUN", "PROPN") and w.dep[h] in ("obj", "obl:arg", "iobj") and w.head[h] == root
            and w.pos[root] == "VERB" and not any(w.verb_finite[t] for t in range(root + 1, span.start)))


def _of_a_determined_noun(w, j: int) -> bool:
    """Word j a noun introduced by « de » (« du », « des », « d' ») with a
    determiner of its own, or « du »/« des » itself: « de l'école », « du chantier »."""
    kids = [k for k in range(max(0, j - 4), j) if w.head[k] == j]
    case = [k for k in kids if w.dep[k] == "case"]
    if w.pos[j] != "NOUN" or not case or w.lower[case[0]] not in ("de", "d'", "d’", "du", "des"):
        return False
    return w.lower[case[0]] in ("du", "des") or any(w.dep[k] == "det" for k in kids)


def _dates_past_argument(analysis: Analysis, s: Sentence, dm) -> bool:
    """`_dates_final_argument`, with a year not after the dateline's: a
    pluperfect tells a past, and a later year than the news's is a target
    (« Le conseil municipal avait voté la fermeture de l'école en 2026 »
    under « 14 mars 2025 »), not the day of the vote."""
    if not _dates_final_argument(s, dm):
        return False
    line = analysis.source.dateline
    year = _YEAR_IN_DATE.search(line or "")
    return year is None or dm.year is None or dm.year <= int(year.group())


@_per_date
def _dated_part(s: Sentence, dm) -> str | None:
    """For a date inside a relative clause or one clause of several, that
    clause as a sentence (see rephrase.relative_statements), without the
    date that ends it: « La nouvelle série, qui sera dévoilée le 10 janvier
    2013, conserve … » -> « La nouvelle série sera dévoilée »."""
    for form in relative_statements(s) + clauses(s):
        if _unsure_relative(s, form):
            continue  # (whose claim, the text does not say: c2-1)
        body = form.rstrip(" .")
        if body.endswith(" " + dm.text) and not inside_quote(form, len(body) - len(dm.text)):
            rest = body[: -len(dm.text)].rstrip(" ,")
            if word_count(rest) >= 4 and not re.search(r"\b(?:de|du|des|à|au|aux|en|et|jusqu'|avant|après|dès|depuis)$", rest):
                return rest + "."
    return None


# A year's end of a span the dates leave out: « en 1999-2000 », « 2019–2020 ».
_SPAN_AFTER = re.compile(r"[-–/]\d")


def chronology(analysis: Analysis, d: _Derived) -> list[str]:
    d.section = "dates"
    entries = []
    for s in analysis.sentences:
        for dm in s.dates:
            if dm.year is None or _SPAN_AFTER.match(s.text, dm.end):
                continue  # (« en 1999-2000 »: a season, which a line dated 1999 would cut)
            if _dates_a_saying(s, dm.start):
                continue  # (the day of a saying, not of what it says)
            main = _dates_main_event(s, dm) or _dates_the_statement(s, dm) or _dates_past_argument(analysis, s, dm)
            if main:
                text = without_date(s, dm)
                text = text and _with_antecedent(s, text, without=(dm.start, dm.end))
                if text and (_emphatic_pronouns(s) or _connective_adverbs(s)):
                    text = drop_emphatic(s, text)
                if text and ("contraire" in text or "revanche" in text):
                    # « En 2023, les électeurs de Lanvéoc avaient au contraire approuvé … »: no
                    # « au contraire » opposing the line to a sentence it is read without.
                    text = _without_opposition(text)
            else:
                text = _dated_part(s, dm) or _participle_dated(s, dm) or _possessive_event(s, dm)
            since = not text
            if since:
                text = _incise_dated(s, dm)
            # (The cheap tests first; the label only for the line kept.)
            if not text or text in d.seen or _date_misread(s, dm, text, main) or _points_back(text):
                continue
            if _recalled_case(analysis, s):
                # « En 2019, le tribunal de Rochefort avait débouté des voisins qui réclamaient que
                # l'animal cesse de chanter … » after « Cette affaire rappelle celle du coq Maurice »:
                # another case's event, which the line, not naming it, gives to the news's; named
                # (« Le coq Maurice est mort en 2020 »), it is still no step of the news's story.
                continue
            # A bound dates no event: « Depuis 2020, sept des onze médecins … sont partis
            # à la retraite » is labelled as the text says it (not « 2020 », all seven
            # gone that year); the end of a span or a target (« jusqu'en 2029 », « d'ici
            # 2030 », « après 2020 ») has no line. (« À partir de », « dès »: a start, kept.)
            bound = _bound_word(s, dm)
            if bound.startswith("depuis"):
                since = True
            elif bound and not bound.startswith(("à", "dès")):
                continue
            label = date_label(dm)
            if since:  # (as the text writes it: « Depuis le 1er janvier », not « Depuis Le 1er janvier »)
                label = capitalize_first(dm.text if dm.text[:7].lower() == "depuis " else f"depuis {dm.text}")
            entries.append((_sort_key(dm, None), s, label, text))
            break
        if s.date_anchor is not None and s.date_anchor.year is not None and not s.dates:
            # « À compter de cette date, les nouveaux billets … »: what follows the adjunct, at that date.
            head, comma, rest = s.text.partition(", ")
            if (comma and _THIS_DATE.search(head) and word_count(rest) >= 5 and not _points_back(capitalize_first(rest))
                    and not _SINCE_OR_UNTIL.search(head)):  # (« Depuis cette date, … » is no event of that date)
                entries.append((_sort_key(s.date_anchor, None), s, date_label(s.date_anchor), capitalize_first(rest)))
    entries.sort(key=lambda e: (e[0], e[1].id))
    return _dated_lines(d, [(label, s, text) for _, s, label, text in entries[:CHRONOLOGY_MAX]])


# A bound before an anchored date (« Depuis cette date », « Jusqu'à cette date »).
_SINCE_OR_UNTIL = re.compile(r"(?<![\w'’-])(?:depuis|jusqu['’])", re.I)

_NEGATIONS = {"pas", "plus", "jamais", "guère", "point", "nullement", "aucun", "aucune"}


# A coordinating word right before a date: the date is that of the member
# it opens, not of the whole statement.
_MEMBER_BEFORE = re.compile(r"\b(?:puis|et|ou|ainsi que)\s*,?\s*$", re.I)


def _without_opposition(text: str) -> str:
    """`text` without its « au contraire », « en revanche » (and « en effet »,
    « par ailleurs », « en outre »: rephrase's droppable phrases) out of
    quotations."""
    for m in reversed(list(_DROPPABLE_PHRASES.finditer(text))):
        if not inside_quote(text, m.start()):
            keep = " " if m.group(0).endswith(",") and m.group(0).startswith(",") else ""
            text = text[: m.start()] + keep + text[m.end() :].lstrip(" ") if keep else text[: m.start()] + text[m.end() :]
    return text


def _date_misread(s: Sentence, dm, text: str, main: bool) -> bool:
    """Whether a chronology line `text` for the date `dm` of `s` would misread
    it (second review of the key figures). When the date is the sentence's
    main statement's (`main`: the line is the sentence without the date):
    - the statement is negated, or contrasted after the date: « Le réacteur ne
      sera pas mis en service en 2035, comme prévu, mais au mieux en 2038 »
      dates nothing in 2035;
    - the date is that of an opening participle's phrase, before the main
      clause: « Initialement prévue en mars 2025, la décision … a été
      repoussée à l'automne » (a plan's date, not the event's);
    - the date opens a coordinated member (« …, puis, en mai 1968, … »).
    And whatever the line:
    - it still holds another date, which it would seem to put under
      the label: « Les inscriptions ouvriront le 5 janvier 2026 et fermeront
      le 31 mars 2026 » gave « **5 janvier 2026** : les inscriptions
      ouvriront et fermeront le 31 mars 2026 »."""
    if dates_in(text):
        return True
    if not main:
        return False  # (a participle's or a part's own date: « … Die Linke créée en 2007, qui … »)
    w = words_of(s.doc)
    low = w.lower_set
    if ("ne" in low or "n'" in low or "n’" in low) and not _NEGATIONS.isdisjoint(low):
        return True
    if re.search(r"\bmais\b", s.text[dm.end:], re.I):
        return True
    if _MEMBER_BEFORE.search(s.text, max(0, dm.start - 12), dm.start):
        return True  # « … à couvrir la guerre d'Algérie, puis, en mai 1968, les occupations … »: one member's date
    comma = s.text.find(", ")
    if 0 <= dm.start < comma:
        before = [t for t in range(w.n) if w.idx[t] < dm.start]
        if any("Part" in w.morph(t, "VerbForm") for t in before) and not any(w.verb_finite[t] for t in before):
            return True
    return _in_participle_phrase(w, dm.start)


def _in_participle_phrase(w, at: int) -> bool:
    """The date at offset `at` ends a past participle's phrase after a comma,
    no finite verb in between: « Le record … reste détenu par le rouleau …,
    classé trésor national en 2017 » dates the classification, not what the
    main clause says (the parse may make the participle the root)."""
    t = w.token_at(at)
    if t is None:
        return False
    k = t - 1
    while k > 0 and w.text[k] != ",":
        if w.verb_finite[k] or w.text[k] in ("«", "»", ";", ":", "("):
            return False
        k -= 1
    if k <= 0:
        return False
    k += 1
    while k < t and w.pos[k] == "ADV":
        k += 1
    return k < t and "Part" in w.morph(k, "VerbForm") and "Past" in w.morph(k, "Tense")


def _dated_lines(d: _Derived, entries) -> list[str]:
    """The chronology's lines of (label, sentence, text) entries; those
    refused as said under a figure already are kept apart, in d.spare_dates."""
    items, d.spare_dates = [], []
    for label, s, text in entries:
        t = d.take(s, text, max_uses=3)
        if t:
            items.append(f"**{label}** : {lower_first_word(t, s)}")
        elif d.repeated:
            d.spare_dates.append((len(items), f"**{label}** : {lower_first_word(text, s)}"))
    return items


def _participle_dated(s: Sentence, dm) -> str | None:
    """A past participle the date right after it dates, as its statement in
    the chronology's present: « … à la formation de gauche Die Linke créée
    en 2007, qui … » -> « La formation de gauche Die Linke est créée. » The
    group is read off the words (see rephrase.group_before); the participle
    agrees with its noun."""
    doc = s.doc
    w = words_of(doc)
    at = w.token_at(dm.start)
    if at is None or at == 0:
        return None
    if w.pos[at - 1] != "VERB" or "Part" not in w.morph(at - 1, "VerbForm") or "Past" not in w.morph(at - 1, "Tense"):
        return None
    if any(w.dep[t] == "obl:arg" and w.head[t] == at - 1 for t in range(at, w.n) if w.idx[t] < dm.end):
        return None  # the participle's argument, not its date: « la période comprise entre 2017 et 2020 »
    part = doc[at - 1]
    found = group_before(doc, part.i)
    if found is None:
        return None
    group, noun = found
    number, gender = noun.morph.get("Number"), noun.morph.get("Gender")
    if len(number) != 1 or part.morph.get("Number") not in ([], number) or (
            gender and part.morph.get("Gender") not in ([], gender)):
        return None
    return f"{capitalize_first(group.text)} {'sont' if number == ['Plur'] else 'est'} {part.text}."


_POSSESSIVES = {"son": "Sing", "sa": "Sing", "ses": "Sing", "leur": "Plur", "leurs": "Plur"}


def _possessive_event(s: Sentence, dm) -> str | None:
    """An event the text dates through a possessive, as a nominal line:
    « Pour la première fois depuis leur introduction en 2002, une nouvelle
    version des billets en euro … » -> « l'introduction des billets en
    euro » (under « 2002 »). « leur » is the plural noun of the main
    subject's group, « son », « sa » its singular head; the event noun takes
    the article of its gender."""
    doc = s.doc
    w = words_of(doc)
    at = w.token_at(dm.start)
    if at is None or w.lower[at] != "en" or at < 3:
        return None
    prep = doc[at]
    noun, poss = doc[prep.i - 1], doc[prep.i - 2]
    if noun.pos_ != "NOUN" or poss.lower_ not in _POSSESSIVES or doc[prep.i - 3].lower_ not in ("depuis", "après", "avant", "dès"):
        return None
    root = _root(doc)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.i < prep.i:
        return None
    number = _POSSESSIVES[poss.lower_]
    owner = subj if number == "Sing" else next(
        (t for t in subj.subtree if t.pos_ == "NOUN" and t.dep_ == "nmod" and t.morph.get("Number") == ["Plur"]), None)
    if owner is None or owner.morph.get("Number") != [number]:
        return None
    group = doc[owner.left_edge.i : owner.right_edge.i + 1]
    if owner is subj:
        group = doc[owner.left_edge.i : owner.i + 1]
        first = group[0].lower_
        of = {"le": "du", "la": "de la", "l'": "de l'", "les": "des"}.get(first)
        if of is None:
            return None
        owner_text = f"{of}{'' if of.endswith(chr(39)) else ' '}{group[1:].text}"
    else:
        if group[0].lower_ not in ("des", "du", "de") or any(t.is_punct for t in group):
            return None
        owner_text = group.text
    gender = noun.morph.get("Gender")
    if opens_on_vowel(noun.lower_, h=True):
        article = "l'"
    elif gender == ["Fem"]:
        article = "la "
    elif gender == ["Masc"]:
        article = "le "
    else:
        return None
    return f"{capitalize_first(article)}{noun.text} {owner_text}."


def _incise_dated(s: Sentence, dm) -> str | None:
    """A person's state since a date, from the incise after the name:
    « Angela Merkel, au pouvoir depuis 2005, fait … » -> « Angela Merkel
    est au pouvoir. » (under « Depuis 2005 »)."""
    if not dm.text.lower().startswith("depuis ") or s.text[dm.end : dm.end + 1] != ",":
        return None
    before = s.text[: dm.start].rstrip()
    head, comma, incise = before.rpartition(", ")
    if not comma or not 1 <= len(incise.split()) <= 4 or not re.match(r"(?:au|aux|à|en)\s", incise):
        return None
    name = next((e for e, label in s.entities if label == "PER" and head.endswith(e)), None)
    if name is None or head[: -len(name)].strip(" ,").count(",") or not _opens_or_after_comma(head, name):
        return None
    span = s.doc.char_span(len(head) + 2, len(before), alignment_mode="expand")
    # No verb in it (« au pouvoir »: after an article, « pouvoir » is a noun).
    if span is None or any(t.pos_ in ("VERB", "AUX") and not (t.i > 0 and t.doc[t.i - 1].lower_ in ("au", "du", "le"))
                           for t in span):
        return None
    return f"{name} est {incise}."


def _opens_or_after_comma(head: str, name: str) -> bool:
    rest = head[: -len(name)].rstrip()
    return not rest or rest.endswith(",")


# --- days of the week -----------------------------------------------------------

_WEEKDAY = re.compile(r"\b(?:(?:ce|dès|depuis|jusqu'à)\s+)?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
                      r"(?:\s+(soir|matin|midi|après-midi|dernier|prochain))?\b(?!\s+\d)", re.I)
_WEEKDAY_INDEX = {d: i for i, d in enumerate(("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))}
_DAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_PART_OF_DAY = r"(?:\s+(?:soir|matin|midi|après-midi))?"
# What, before or after a weekday, says it is no day something happened on:
# a bound (« jusqu'à vendredi », « d'ici lundi », « avant mardi », « à partir
# de jeudi ») or a day aimed at (« reporté à lundi », « prévu pour mardi »:
# French dates a fact by the bare day), a day of every week or month (« chaque dimanche », « le
# lundi », « le premier dimanche de chaque mois »), or one end of a span
# (« dans la nuit de dimanche à lundi », « du lundi au vendredi », « entre
# mardi et jeudi », « samedi et dimanche », « lundi ou mardi »).
_NOT_A_DAY_BEFORE = re.compile(
    r"(?:\b(?:jusqu['’]à|jusqu['’]au|d['’]ici(?:\s+à)?|avant|après|à\s+partir\s+d[e'’]|au\s+plus\s+tard|à|au|pour)\s+"
    r"(?:(?:le|ce)\s+)?"
    r"|\b(?:chaque|tous\s+les|toutes\s+les|les?|une?)\s+"
    r"(?:(?:premier|première|deuxième|second|troisième|quatrième|dernier|dernière|même)\s+)?"
    r"|\bentre\s+(?:(?:le|ce)\s+)?"
    r"|\b(?:de|du|entre)\s+(?:(?:le|ce)\s+)?[^\s,;.()]+(?:\s+[^\s,;.()]+)?\s+(?:à|au|et|jusqu['’]à|jusqu['’]au)\s+"
    r"(?:(?:le|ce)\s+)?"
    rf"|\b{_DAY}{_PART_OF_DAY}\s+(?:et|ou)\s+)$", re.I)
_NOT_A_DAY_AFTER = re.compile(
    r"^(?:\s+(?:de\s+chaque|de\s+la\s+semaine|du\s+mois|sur\s+deux|au\s+plus\s+tard)\b"
    rf"|\s+(?:à|au|et|ou|jusqu['’]à|jusqu['’]au)\s+(?:(?:le|ce)\s+)?{_DAY}\b)", re.I)


def _names_a_day(text: str, m) -> bool:
    """Whether the weekday `m` matched in `text` dates what the sentence tells,
    and not a bound, a recurring day or one end of a span."""
    # (Before the day itself: the pattern's own « jusqu'à » is a bound too.)
    before = text[: m.start(1)]
    return not (_NOT_A_DAY_BEFORE.search(before) or _NOT_A_DAY_AFTER.search(text[m.end():]))


def _dateline_weekday(analysis: Analysis) -> int | None:
    import datetime

    line = analysis.source.dateline
    if not line:
        return None
    dm = next(iter(dates_in(line)), None)
    if dm is None or not (dm.year and dm.month and dm.day):
        return None
    try:
        return datetime.date(dm.year, dm.month, dm.day).weekday()
    except ValueError:
        return None


def _governing_verb(s: Sentence, char: int):
    w = words_of(s.doc)
    i = bisect_right(w.idx, char) - 1  # the token holding `char`, if any: the last one starting before it
    tok = s.doc[i] if i >= 0 and char < w.end_char(i) else None
    while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok is not None and tok.pos_ in ("VERB", "AUX") else None


_CLAUSE_BESIDE = {"conj", "parataxis"}
_CLAUSE_UNDER = {"ccomp", "parataxis"}


# An incise of saying after the main clause: « …, a annoncé mercredi la FDJ »,
# « …, annonce la FDJ mercredi », « …, a fait savoir mercredi … », « …, selon
# un communiqué publié mercredi par … ».
# (Inverted, its subject a pronoun joined to the auxiliary or the verb: « …, a-t-on
# appris mercredi auprès de la gendarmerie », « …, indique-t-on mardi de source
# policière », « …, a-t-il annoncé lundi ».)
_SAYING_INCISE = re.compile(r",\s+(?:(?:a|ont|avait|avaient)(?P<aux_inverted>(?:-t)?-(?:on|ils?|elles?))?\s+)?"
                            r"(?:(?P<selon>selon)\b|(?P<verb>[^\W\d]\w*)(?P<inverted>(?:-t)?-(?:on|ils?|elles?)\b)?"
                            r"(?P<savoir>\s+savoir\b)?)",
                            re.I)
# (« apprendre »: « a-t-on appris mercredi »: the day the news was learned, not the event's.)
_INCISE_SAYING = SAYING | {"communiquer", "détailler", "raconter", "commenter", "témoigner", "apprendre"}
_DAY_WORDS = {*WEEKDAYS.split("|"), "soir", "matin", "midi", "après-midi", "dernier", "hier", "aujourd'hui"}


def _in_a_saying_incise(s: Sentence, char: int) -> bool:
    """Whether `char` lies in an incise of saying that follows a main clause:
    a comma, an optional auxiliary, a saying verb (or « fait savoir »,
    « selon ») and, for a verb, its subject after it (no « que »)."""
    text = s.text
    comma = text.rfind(",", 0, char)
    if comma < 0 or inside_quote(text, comma):
        return False
    m = _SAYING_INCISE.match(text, comma)
    if not m or m.end() > char and not m.group("selon"):
        return False
    w = words_of(s.doc)
    cut = bisect_left(w.idx, comma)
    if not any("Fin" in t.morph.get("VerbForm") and (t.head if t.dep_.startswith("aux") else t).dep_ not in ("acl:relcl", "advcl")
               and not inside_quote(text, t.idx) for t in s.doc[:cut]):
        # No main clause before (« Le maire, qui a été élu en 2020, annonce … »),
        # or a quotation: « « Les loyers explosent », a déclaré mardi … » tells the saying.
        return False
    if m.group("selon"):
        return True
    i = bisect_left(w.idx, m.start("verb"))
    if i >= w.n or w.idx[i] != m.start("verb"):
        return False
    form = w.lower[i]
    if m.group("savoir"):
        if form != "fait":
            return False
    elif not (s.doc[i].lemma_ in _INCISE_SAYING or form.removesuffix("nt") + "r" in _INCISE_SAYING):
        return False  # (« annonce » may be read as a noun)
    if m.group("aux_inverted") or m.group("inverted"):
        return True  # (its subject the pronoun joined to it)
    if any(c.dep_.startswith("nsubj") and c.i < i for c in s.doc[i].children):
        return False  # « Le maire, qui a été élu en 2020, a annoncé mercredi un plan »: the main clause
    j = bisect_left(w.idx, m.end())
    while j < w.n and w.lower[j] in _DAY_WORDS:
        j += 1
    return j < w.n and w.pos[j] in ("DET", "PROPN", "NOUN") and w.lower[j] not in ("que", "qu'", "qu’")


def _dates_a_saying(s: Sentence, char: int) -> bool:
    """Whether the date at `char` hangs on a verb of saying after the
    statement it gives: « X a remporté …, a annoncé mercredi la FDJ ». The
    date is the saying's, not the event's; a line under it, its main verb the
    event's, would put the event on that day. (« La FDJ a annoncé mercredi
    que … », « a annoncé mercredi un plan »: the line tells the saying.)"""
    if _in_a_saying_incise(s, char):
        return True
    verb = _governing_verb(s, char)
    if verb is None or verb.lemma_ not in SAYING:
        return False
    if verb.dep_ in _CLAUSE_BESIDE and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        # « X a gagné, a annoncé mercredi la FDJ »; not « Le maire a reçu les
        # syndicats et a annoncé mercredi un plan »: a coordinated saying of its own.
        kids = list(verb.children)
        return (verb.dep_ != "conj"
                or not any(c.dep_ in ("cc", "obj", "ccomp") for c in kids)
                and any(c.dep_.startswith("nsubj") and c.i > verb.i for c in kids))
    return any(c.dep_ in _CLAUSE_UNDER and c.pos_ in ("VERB", "AUX") and c.i < verb.i for c in verb.children)


def _tense_offset(s: Sentence, char: int, day: int, today: int) -> int:
    """Days from the dateline to the weekday named at `char` in s: backwards
    when the verb it hangs on tells what happened, forwards when it tells what
    is to come (future, conditional, « devoir », « être attendu »), the
    dateline's own day for the present."""
    verb = _governing_verb(s, char)
    group = [verb, *[c for c in verb.children if c.dep_.startswith("aux")]] if verb is not None else []
    if verb is not None and verb.head.pos_ in ("VERB", "AUX") and verb.dep_ in ("xcomp", "ccomp"):
        group.append(verb.head)
    future = any("Fut" in t.morph.get("Tense") or "Cnd" in t.morph.get("Mood")
                 or t.lemma_ in ("devoir", "attendre", "prévoir") for t in group)
    past = any("Fin" in t.morph.get("VerbForm") and ("Past" in t.morph.get("Tense") or "Imp" in t.morph.get("Tense"))
               for t in group) or any(c.dep_ == "aux:tense" for c in group[1:])
    delta = day - today
    if future and not past:
        return delta if delta > 0 else delta + 7
    if past and not future:
        return delta if delta <= 0 else delta - 7
    return delta if delta == 0 else (delta if delta < 0 else delta - 7)


def _without_weekday(s: Sentence, m) -> str | None:
    """The clause of s that holds the weekday, with the weekday taken out."""
    day = m.group(0)
    parts = [p for p in clauses(s) + split_coordination(s)
             if day in p and p.split(" ", 1)[0].lower() not in ("il", "elle", "ils", "elles")] or [s.text]
    part = min(parts, key=word_count)
    start = part.find(day)
    return without_span(part, start, start + len(day)) if start >= 0 else None


def week_chronology(analysis: Analysis, d: _Derived) -> list[str]:
    """For a dispatch that dates its facts by days of the week (« lundi soir »,
    « ce mardi soir », « mercredi ») under a dateline: those facts in the
    order of the days, labelled with the text's own words. The dateline fixes
    the order; no date is computed into the article."""
    d.section = "dates"
    today = _dateline_weekday(analysis)
    if today is None:
        return []
    entries = []
    for s in analysis.sentences:
        # (A match holds a weekday's name: a sentence whose lower case holds
        # none is not searched. See text.lower_for_search.)
        lowered = lower_for_search(s.text)
        if lowered is not None and not any(day in lowered for day in _WEEKDAY_INDEX):
            continue
        # One line a sentence at most: its first weekday that dates a fact.
        for m in _WEEKDAY.finditer(s.text):
            if inside_quote(s.text, m.start()) or not _names_a_day(s.text, m) or _dates_a_saying(s, m.start(1)):
                continue
            day = _WEEKDAY_INDEX[lower_as_searched(m.group(1))]
            text = _without_weekday(s, m)
            if text and not _points_back(text):
                label = m.group(1).lower() + (f" {m.group(2).lower()}" if m.group(2) else "")
                entries.append((_tense_offset(s, m.start(), day, today), s.id, capitalize_first(label), s, text))
                break
    entries.sort(key=lambda e: (e[0], e[1]))
    items = _dated_lines(d, [(label, s, text) for _, _, label, s, text in entries[:CHRONOLOGY_MAX]])
    if len({e[0] for e in entries}) < 2:
        d.spare_dates = []
        return []
    return items


# --- quotations -----------------------------------------------------------------

_SAY_INVERTED = re.compile(r"\b[\w-]+-t?-?(il|elle)\b")
# A sentence that reports a pronoun's words (« Selon lui, le taux … »): its
# subject is no rival speaker for the same pronoun in the incise after it.
_SOURCE_PRONOUN = re.compile(r"\b(?:[Ss]elon|[Dd]['’]après|[Pp]our) (lui|elle)\b")
# The speaker of a quotation's incise: « », s'est félicitée Me Corinne Lavergne »
# (a title, then two capitalised words or more; not a source: « », selon Météo France »,
# nor a title of the press: « », écrit Le Monde »).
_INCISE_SPEAKER = re.compile(r"»\s*,\s+(?:(?:s['’]|se\s+)?(?:a|ont|avait|avaient|est|sont|était|étaient)\s+)?"
                             r"(?!selon\b|d['’]après\b)[a-zàâçéèêëîïôûù]+\s+"
                             r"((?:(?:Me|Mes|M\.|Mme|Dr|Pr)\s+)?(?!(?:Le|La|Les|L['’]|Un|Une)\b)[A-ZÉ][\w’'-]+(?:\s+[A-ZÉ][\w’'-]+)+)")


def _named_not_after_place_word(outside: str, form: str) -> bool:
    """Whether `outside` writes `form` once at least, as a whole word, not
    right after a preposition of where or to whom (`AFTER_PLACE_OR_ADDRESSEE`:
    « a-t-il déclaré à Setúbal », « a-t-il lancé devant Jean Dupuis »: not
    who spoke)."""
    for i, _ in _occurrences(form, outside):
        if not AFTER_PLACE_OR_ADDRESSEE.search(outside, max(0, i - 30), i):
            return True
    return False


# A quotation ending on its own full stop, then a capital: a sentence ends
# inside the text read as one (« Elle regrette … : « Cinq millions … n'est
# pas dissuasif. » Pour Thomas Roux, … »).
_END_IN_QUOTE = re.compile(r"[.!?…]\s*»\s+(?=[A-ZÀÂÇÉÈÊÎÔÛ])")


def _quote_speakers(s: Sentence, analysis: Analysis) -> list[str | None]:
    """Who says each quotation of s (`_speaker`). When a sentence ends inside
    the text (`_END_IN_QUOTE`), each part has its own speaker: the person a
    later part names did not say an earlier part's quotation; a part naming
    nobody has its opening pronoun's antecedent, when the text resolved it to
    a person and the part is the first, or no speaker."""
    cuts = [m.end() for m in _END_IN_QUOTE.finditer(s.text)] if "»" in s.text else []
    if not cuts:
        return [_speaker(s, analysis)] * len(s.quotes)
    bounds = [0, *cuts, len(s.text)]
    parts = [s.text[a:b] for a, b in zip(bounds, bounds[1:])]
    who = []
    for k, part in enumerate(parts):
        found = _speaker(s, analysis, part, first=k == 0)
        if found is None and k == 0 and s.antecedent and s.pronoun_at == 0:
            found = next((e.name for e in analysis.entities if e.label == "PER" and s.antecedent in e.forms), None)
        who.append(found)
    out, at = [], 0
    for q in s.quotes:
        found = s.text.find(q, at)
        if found >= 0:
            at = found
        out.append(who[bisect_right(bounds, found) - 1] if found >= 0 else None)
    return out


def _speaker(s: Sentence, analysis: Analysis, text: str | None = None, first: bool = True) -> str | None:
    """Who says the quotations of s (or of `text`, a part of it): the one
    person it names outside its quotations, or, for « explique-t-il » in the
    sentence's first part, the one person the sentences just before name."""
    if text is None:
        text = s.text
    outside = re.sub(r"«[^»]*»", " ", text)
    # (Not a name only written after « à », « chez », … : « », a-t-il déclaré
    # à Setúbal »: where, or to whom, it was said; never who said it.)
    people = [e for e in analysis.entities if e.label == "PER" and s.id in e.sentences
              and any(_named_not_after_place_word(outside, f) for f in e.forms)]
    if len(people) == 1:
        # (« », a indiqué l'entourage du ministre, Philippe Tabarot »: the
        # minister's entourage speaks, not the minister.)
        if _incise_names_another(s, people[0], text):
            return None
        if _named_as_complement(s, people[0], text) or _pronoun_subject_speaks(s, text, people[0], analysis):
            return None
        return people[0].name
    if not people:
        # « « … », s'est félicitée Me Corinne Lavergne, avocate … »: the name
        # after a quotation and the verb of its incise, which the tagger may
        # not see after the quotation.
        m = _INCISE_SPEAKER.search(text)
        if m and not any(e.label in ("ORG", "LOC") and m.group(1) in e.forms for e in analysis.entities):
            return m.group(1)
    said = None if people or not first else _SAY_INVERTED.search(outside)
    if said is None:
        return None
    if s.speaker_named:
        # « « … », a-t-il affirmé » after « Thierry Gaudin a reconnu … »: the
        # speaker analysis.resolve_inverted_speakers found, when a person.
        named = next((e.name for e in analysis.entities if e.label == "PER" and s.speaker_named[3] in e.forms), None)
        if named:
            return named
        ante = s.speaker_named[3]
        if ante[:1].islower() and s.id:
            # A noun group the text leaves no doubt about: the person named
            # in apposition to it in the sentence before, after the comma
            # that ends it (« Le vice-président de la région chargé des
            # transports, Frédéric Aguilera, a promis … »), or nobody (« L'épouse
            # du randonneur … affirme … »: not a person named earlier).
            before = analysis.sentences[s.id - 1].text
            at = before.find(ante[0].upper() + ante[1:])
            at = before.find(ante) if at < 0 else at
            comma = before.find(", ", at + len(ante)) if at >= 0 else -1
            rest = before[comma:] if comma >= 0 and "«" not in before[at:comma] else ""
            return next((e.name for e in analysis.entities if e.label == "PER" and rest.startswith(", ")
                         and any(rest.startswith(f, 2) for f in e.forms)), None)
    gender = "Fem" if said.group(1) == "elle" else "Masc"
    for back in range(1, 3):
        k = s.id - back
        if k < 0:
            break
        prev = analysis.sentences[k]
        prev_outside = re.sub(r"«[^»]*»", " ", prev.text)
        # (Not a name after a preposition: « L'avocat de Petrochim, Me Antoine
        # Verdier, a annoncé … » speaks for Petrochim, the lawyer speaks.)
        found = [e for e in analysis.entities if e.label == "PER" and k in e.sentences
                 and any(not AFTER_PREPOSITION.search(prev_outside, max(0, i - 30), i)
                         for f in e.forms for i, _ in _occurrences(f, prev_outside))]
        if len(found) == 1:
            # (A person the text shows of the other gender is not « elle », « il ».)
            from ..analysis import _gender_shown

            shown = _gender_shown(analysis.sentences, found[0].name)
            return None if shown and shown != gender else found[0].name
        if found or _subject_agrees(prev, gender) and not any(
                m.group(1) == said.group(1) or m.group(1) == "lui" and gender == "Masc"
                for m in _SOURCE_PRONOUN.finditer(prev_outside)):
            # (« L'épouse du randonneur … affirme … « … », a-t-elle raconté »:
            # the subject of the sentence before, not a person named earlier.)
            return None
    return None


def _subject_agrees(s: Sentence, gender: str) -> bool:
    """Whether a main verb of s has a common noun as its subject, out of
    quotations, singular and of `gender` (an incise's « il », « elle »)."""
    w = words_of(s.doc)
    for i in range(w.n):
        h = w.head[i]
        if (w.dep[i] in ("nsubj", "nsubj:pass") and w.pos[i] == "NOUN" and w.head[h] == h
                and w.morph(i, "Number") == ["Sing"] and w.morph(i, "Gender") == [gender]
                and not inside_quote(s.text, w.idx[i])):
            return True
    return False


_OF = {"de", "d'", "d’", "du", "des"}
# The auxiliaries of a saying incise's compound tense (« », a réagi … »,
# « », s'est félicitée … »), and the determiners that open a noun group.
_INCISE_AUXILIARIES = frozenset(("a", "ont", "avait", "avaient", "aura", "est", "sont", "était", "étaient", "s'", "s’", "se"))
_GROUP_DETERMINERS = frozenset(("le", "la", "les", "l'", "l’", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce",
                                "cet", "cette", "ces", "notre", "nos", "votre", "vos", "mon", "ma", "mes"))
# An incise after a quotation whose subject is an inverted pronoun: « », a-t-elle raconté ».
_INCISE_PRONOUN = re.compile(r"»\s*,\s+[\w-]+-(?:t-)?(?:il|elle|ils|elles)\b")
_QUOTE_THEN_COMMA = re.compile(r"»\s*,")
# What ends the incise's noun group (not the hyphen of « Auvergne-Rhône-Alpes »,
# nor the brackets of « (GHT) »).
_GROUP_ENDS = frozenset((",", ".", ";", ":", "!", "?", "…", "«", "»"))


def _incise_names_another(s: Sentence, e, text: str) -> bool:
    """Whether the incise after the first quotation of `text` (a part of s)
    gives its speaker as words that are not person e's name, which the text
    names elsewhere: a noun group (« », a réagi l'athlète, entraînée par son
    mari, l'ancien international Patrick Mathonnet »: the athlete speaks)
    that e neither ends (« a déclaré le maire Jean Dupont ») nor is apposed
    to (« a déclaré le maire, Jean Dupont »), or an inverted pronoun with e
    named only after it (« », a-t-elle ajouté, aux côtés de … »). Read off
    the words: the tagger may read the participle as an adjective."""
    base = s.text.find(text)
    if base < 0:
        return False
    m = _INCISE_PRONOUN.search(text)
    if m:
        # (The pronoun's person is named before it, if anywhere in the part.)
        head = re.sub(r"«[^»]*»", " ", text[: m.start() + 1])
        return not any(True for f in e.forms for _ in _occurrences(f, head))
    close = _QUOTE_THEN_COMMA.search(text)
    if close is None:
        return False
    w = words_of(s.doc)
    i = bisect_left(w.idx, base + close.start() + 1)
    while i < w.n and w.punct[i]:
        i += 1  # (the comma)
    aux = i < w.n and w.lower[i] in _INCISE_AUXILIARIES
    while i < w.n and w.lower[i] in _INCISE_AUXILIARIES:
        i += 1
    if i >= w.n or not (w.pos[i] == "VERB" or aux and w.pos[i] == "ADJ"):
        return False
    i += 1
    skipped = 0
    while i < w.n and skipped < 3 and (w.pos[i] == "ADV" or w.pos[i] == "NOUN" and w.text[i][:1].islower()
                                       and w.lower[i] not in _GROUP_DETERMINERS):
        i, skipped = i + 1, skipped + 1  # « a déclaré dimanche le maire »
    if i >= w.n or w.lower[i] not in _GROUP_DETERMINERS:
        return False
    end = i
    while end < w.n and w.text[end] not in _GROUP_ENDS:
        end += 1
    group_start, group_end = w.idx[i], w.idx[end] if end < w.n else len(s.text)
    after = w.idx[end + 1] if end + 1 < w.n and w.text[end] == "," else -1
    # A second group apposed to it (« le secrétaire régional de SUD-Rail,
    # l'ancien contrôleur Fabien Villedieu »): its words, to their end.
    apposed_end = -1
    if after >= 0 and w.lower[end + 1] in _GROUP_DETERMINERS:
        k = end + 1
        while k < w.n and w.text[k] not in _GROUP_ENDS:
            k += 1
        apposed_end = w.idx[k] if k < w.n else len(s.text)
    for f in e.forms:
        at = s.text.find(f, group_start)
        while 0 <= at < base + len(text):
            if at < group_end or at == after or after <= at < apposed_end:
                return False  # in the group, or apposed to it
            at = s.text.find(f, at + len(f))
    return True


def _named_as_complement(s: Sentence, e, text: str) -> bool:
    """Whether person e is named in `text` (a part of s) out of its
    quotations only as the complement of another noun: « l'entourage de
    Philippe Tabarot », or in apposition to a person's noun that is one
    (« l'entourage du ministre, Philippe Tabarot »). Who speaks is then the
    noun it completes, not e."""
    w = words_of(s.doc)
    start = s.text.find(text)
    end = start + len(text)
    firsts = {f.split()[0] for f in e.forms}
    seen = False
    for k in range(w.n):
        if w.text[k] not in firsts or not start <= w.idx[k] < end or inside_quote(s.text, w.idx[k]):
            continue
        seen = True
        if w.dep[k] == "nmod" and any(w.head[j] == k and w.dep[j] == "case" and w.lower[j] in _OF for j in range(k)):
            continue  # « l'entourage de Philippe Tabarot »
        if k >= 2 and w.text[k - 1] == "," and _renames_a_complement(w, k - 2):
            continue  # « l'entourage du ministre, Philippe Tabarot »
        if _named_as_agent(w, k):
            continue  # « l'idée, défendue par le président de la région, Hervé Morin, d'un fichier »
        return False
    return seen


def _pronoun_subject_speaks(s: Sentence, text: str, e, analysis: Analysis) -> bool:
    """Whether the main verb of `text` (a part of s), out of its quotations,
    has a personal pronoun before it for subject (« Il a vivement critiqué
    son prédécesseur, Jean Dupont : « Il a vidé les caisses. » »): the
    quotation is the pronoun's, whoever the part names besides (the one
    criticised, the author of an idea it rejects), person e. Who the pronoun
    is, its antecedent says, not the name read in the part. Not an
    impersonal « il » (« il est urgent d'agir », « il faut »), nor when e is
    the subject of a clause between the pronoun and the quotation (« Elle a
    écouté …, Claire Bonnet, qui a dénoncé … : « … » »: Claire Bonnet's), or
    of a clause before it that the pronoun agrees with (« Quand Sophie
    Marchand … a découvert …, elle a réagi : « … » »: she herself)."""
    w = words_of(s.doc)
    if not _PERSONAL_SUBJECTS & w.lower_set:
        return False
    start = s.text.find(text)
    end = start + len(text)
    for j in range(w.n):
        if w.lower[j] in _PERSONAL_SUBJECTS and w.dep[j] == "nsubj" and start <= w.idx[j] < end:
            k = w.head[j]
            if not (k > j and w.dep[k] == "ROOT") or inside_quote(s.text, w.idx[j]):
                continue
            features = _personal_pronoun_features(s.doc[j : w.n])
            if features is None:
                continue  # impersonal: « il est urgent d'agir », « il faut »
            quote = s.text.find("«", w.idx[j], end)
            quote = end if quote < 0 else quote
            said = _subject_at(s, w, e, start, quote)
            # (After the pronoun, only a verb of saying gives e the quotation: « Il a
            # critiqué X, qui a quitté ses fonctions : « … » » is still the pronoun's.)
            if any(j < at and _saying_verb_at(s, w, verb) for at, verb in said):
                return False  # « Elle a écouté …, Claire Bonnet, qui a dénoncé … : « … » »
            if any(at < j for at, _ in said) and _pronoun_means(features, e, analysis):
                return False  # « Quand Sophie Marchand … a découvert …, elle a réagi : « … » »
            return True
    return False


# The subject pronouns that stand for a person named before (not « on »).
_PERSONAL_SUBJECTS = SUBJECT_PRONOUNS - {"on"}


def _subject_at(s: Sentence, w, e, start: int, end: int) -> list[tuple[int, int]]:
    """The tokens where person e, named in s between characters start and
    end out of quotations, is the subject of a clause, each with the
    clause's verb: itself or the noun it is apposed to (« La députée …,
    Nathalie Sarles, a rencontré »), or the antecedent of a relative « qui »
    (« Claire Bonnet, qui a dénoncé »)."""
    firsts = {f.split()[0] for f in e.forms}
    out = []
    for k in range(w.n):
        if w.text[k] not in firsts or not start <= w.idx[k] < end or inside_quote(s.text, w.idx[k]):
            continue
        heads = {k}
        if w.dep[k] in ("appos", "conj") and w.head[k] < k and w.text[k - 1] == ",":
            heads.add(w.head[k])  # « la présidente de l'association, Claire Bonnet »
        verb = next((w.head[h] for h in heads if w.dep[h] in ("nsubj", "nsubj:pass")), None)
        if verb is None:
            verb = next((w.head[q] for q in range(k + 1, w.n) if w.lower[q] == "qui" and w.dep[q] == "nsubj"
                         and w.dep[w.head[q]] == "acl:relcl" and w.head[w.head[q]] in heads), None)
        if verb is not None:
            out.append((k, verb))
    return out


def _pronoun_means(features: tuple[str, str], e, analysis: Analysis) -> bool:
    """Whether a pronoun of these gender and number can stand for person e:
    singular, and of e's gender or of a person whose gender the text does
    not tell."""
    gender, number = features
    if number != "Sing":
        return False
    shown = _gender_shown(analysis.sentences, e.name)
    return shown is None or shown == gender


def _named_as_agent(w, k: int) -> bool:
    """Whether the name at token k is the agent of a participle or a passive
    (« défendue par Hervé Morin », « proposée par le président de la région,
    Hervé Morin »), itself or through the noun it is apposed to: the one who
    did that, never who says the sentence's quotation (« Il a écarté l'idée,
    défendue par …, Hervé Morin, d'un fichier … : « Ce n'est pas à l'ordre
    du jour. » »: the minister speaks, against Morin's idea). Read off the
    word « par » (the tagger may call an incise's subject an agent: « »,
    a témoigné Pascal Hubert »)."""
    for _ in range(3):
        if k and w.lower[k - 1] == "par" or any(
                w.lower[j] == "par" and w.head[j] == k and w.dep[j] == "case" for j in range(max(0, k - 6), k)):
            return True
        if w.dep[k] != "appos" or w.head[k] == k:
            return False
        k = w.head[k]
    return False


def _renames_a_complement(w, last: int) -> bool:
    """Whether the noun group ending on token `last` (« l'entourage du
    maire ») is a head that names no person (entourage, cabinet, services)
    completed by « de » and a person's noun: a name after it, with a comma,
    names that person, not the head. Read off the words, whatever the parse
    calls the name (appos, conj). A head that is a person's noun (« le fils
    de l'ancien président du club, Paul Durand ») may be the one named."""
    nouns = []
    j = last
    while j >= 0 and (w.pos[j] in ("NOUN", "ADJ", "DET", "PROPN") or w.lower[j] in _OF):
        if w.pos[j] == "DET" and w.lower[j] not in _OF and not (j and w.lower[j - 1] in _OF):
            break  # the group's article (« en fin d'après-midi le procureur de … »: from « le »)
        if w.pos[j] == "NOUN":
            nouns.append(j)
        j -= 1
    if not person_of_a_complement([w.lower[n] for n in reversed(nouns)]):
        return False
    head = nouns[-1]
    return any(w.lower[t] in _OF for t in range(head + 1, nouns[-2]))


def person_of_a_complement(nouns: list[str]) -> bool:
    """Whether of a group's nouns (in the text's order, lower case) the head
    names no person and a noun of its complements does (« l'entourage du
    ministre », « le cabinet du président du conseil départemental »): a
    name in apposition to the group is that person's, not the head's."""
    return len(nouns) >= 2 and not _names_a_person(nouns[0]) and any(_names_a_person(n) for n in nouns[1:])


QUOTE_MAX_WORDS = 40


def quotations(analysis: Analysis) -> tuple[list[str], list[str]]:
    """The quotations of the text with who said them, word for word: only
    quotations that are not whole sentences of their own in the body. Each
    speaker's together, in the order the text first quotes them (the text's
    order within a speaker's)."""
    said: dict[str, list[str]] = {}  # speaker -> items, in the order of their first quotation
    for s in analysis.sentences:
        if not s.quotes:
            continue
        for q, who in zip(s.quotes, _quote_speakers(s, analysis)):
            if not who or not 3 <= word_count(q) <= QUOTE_MAX_WORDS or not q[:1].isupper():
                continue
            if " " not in who and (e := analysis.entity(who)) is not None and e.label == "PER":
                # A surname alone: with the title the text gives it (« le
                # docteur Martin »); with none, left out when another person
                # bears it (« Kevin Martin »): a reader would take one for the other.
                titled = _titled(e, analysis, s)
                if titled is None and _namesake(e, analysis):
                    continue
                who = titled or who
            if q.endswith(".") and not q.endswith(".."):
                # (The list's quotations end as those cut before their incise
                # do: « … pour le prouver », a quotation's last stop not kept.)
                q = q[:-1]
            said.setdefault(who, []).append(f"**{capitalize_first(who)}** : « {q} »")
    return [item for items in said.values() for item in items], list(said)


# A title before a surname, as the text writes it: « le docteur », « la
# capitaine », « l'abbé », « Mme », « Mgr ».
_TITLE_BEFORE = (r"(?<![\w-])((?:(?:[Ll]e|[Ll]a)\s+|[Ll]['’])([a-zàâçéèêëîïôûùœ][\w-]*)\s+|"
                 r"(?:M\.|Mme|Mlle|Me|Mgr|Dr|Pr)\s+)")


def _titled(e, analysis: Analysis, first: Sentence | None = None) -> str | None:
    """A one-word person's name with the title the text gives it (« le
    docteur Martin », « le lieutenant Morel », « Mgr Aillet »), its article in
    lower case; in `first` (the sentence at hand) first, then in the order of
    the text. None when the text gives it none."""
    order = ([first] if first is not None else []) + [analysis.sentences[k] for k in sorted(e.sentences)
                                                       if k < len(analysis.sentences)]
    for s in order:
        outside = re.sub(r"«[^»]*»", " ", s.text)
        for title, m in _titles_before(e.name, outside):
            if title.group(2) is not None and not _names_a_person(title.group(2)):
                continue
            found = " ".join(m.split())
            return found[0].lower() + found[1:] if title.group(2) is not None else found
    return None


_TITLE = re.compile(_TITLE_BEFORE)


def _titles_before(name: str, text: str):
    r"""(the title's match, the whole match) of each match, left to right, of
    re.finditer(_TITLE_BEFORE + re.escape(name) + r"(?![\w-])", text), without
    compiling that pattern for each name: each title in turn, `name` right
    after it and no word character or hyphen after the name; the search goes
    on after a match, or one character on after a title without the name. (At
    one place only one of the title's alternatives opens, the next character
    telling them apart, and its greedy runs need not give anything back: a
    word of the title must meet a space, and `name` opens on no space.)"""
    if not name or name[0].isspace():  # (no entity's name does: the pattern as it was)
        for m in re.finditer(_TITLE_BEFORE + re.escape(name) + r"(?![\w-])", text):
            yield m, m.group(0)
        return
    title = _TITLE.search(text)
    while title is not None:
        end = title.end() + len(name)
        if text.startswith(name, title.end()) and NOT_BEFORE_WORD.match(text, end) is not None:
            yield title, text[title.start() : end]
            title = _TITLE.search(text, end)
        else:
            title = _TITLE.search(text, title.start() + 1)


def _namesake(e, analysis: Analysis) -> bool:
    """Whether another person of the text bears e's one-word name (« Kevin
    Martin » for « Martin »)."""
    return any(o is not e and o.label == "PER" and e.name in o.name.split() for o in analysis.entities)


_BARE_ROLE = re.compile(r"^(?:[Ll]e |[Ll]a |[Ll]['’]|[Uu]ne? )[a-zàâçéèêëîïôûùœ][\w-]*$")
_TRADE = re.compile(r"(?:iste|logue|graphe|ien|ienne|ant|ante)$")
# Nouns of a person with one form for both genders, which the lemmatizer's
# tables give no feminine (« la maire », « la ministre »).
_EPICENE_PERSONS = {"maire", "ministre", "secrétaire", "responsable", "juge", "membre", "chef", "cheffe", "porte-parole",
                    "capitaine", "commissaire", "notaire", "médecin", "pilote", "guide", "élève", "milieu", "gardien",
                    "gardienne", "procureur", "procureure", "préfet", "préfète", "garde", "leader", "coach", "star"}
# Nouns of a person the lemmatizer's tables do not pair by gender: those of
# one form above, kin, and ranks and trades of people (« l'écrivain Michel
# Lambert, père de la victime »).
_PERSON_NOUNS = _EPICENE_PERSONS | {
    "père", "mère", "frère", "sœur", "fils", "fille", "mari", "époux", "épouse", "oncle", "tante",
                 "cousin", "cousine", "grand-père", "grand-mère", "petit-fils", "petite-fille", "veuf", "veuve",
                 "écrivain", "écrivaine", "policier", "policière", "pompier", "gendarme", "patron", "patronne", "pape",
                 "roi", "reine", "prince", "princesse", "général", "magistrat", "magistrate", "victime", "témoin",
                 "otage", "avocat", "avocate", "député", "députée", "sénateur", "sénatrice", "soldat", "militaire",
                 # religious and civic offices (« l'évêque de Bayonne », « le bâtonnier de Paris »)
                 "évêque", "archevêque", "imam", "rabbin", "grand-rabbin", "curé", "prêtre", "abbé", "abbesse",
                 "cardinal", "vicaire", "diacre", "aumônier", "aumônière", "moine", "mufti", "bâtonnier",
                 "bâtonnière", "bourgmestre", "échevin", "échevine", "consul", "consule", "doyen", "doyenne",
                 "conseiller", "conseillère", "adjoint", "adjointe", "officier", "sous-préfet", "sous-préfète"}
_BEFORE_NOUN = {"jeune", "nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "ex", "futur", "future", "vieux",
                "vieil", "vieille", "grand", "grande", "petit", "petite", "célèbre", "éminent", "éminente"}
# A rank without what it ranks: « le premier Français », « la meilleure ».
_BARE_RANK = re.compile(r"^(?:[Ll]e |[Ll]a |[Ll]['’])(?:premier|première|dernier|dernière|seconde?|\w+ième|meilleure?"
                        r"|pire|plus \w+|moins \w+)(?: [\w-]+)?$")


# A role that is a rank or a number (« troisième en 2 h 27 min 55 s », « 24 ans »).
_RANK_ROLE = re.compile(r"^(?:(?:le|la|l['’])\s?)?(?:\d|\w+ième\b|premi[eè]re?\b|derni[eè]re?\b|seconde?\b)", re.I)


def _names_a_person(role: str) -> bool:
    """Whether the head noun of `role` names a person: a noun with both
    genders in the lemmatizer's tables (« le président », « la chanteuse »),
    of a trade (see _TRADE: « la photographe »), of a doer (« -eur », « -rice »,
    « -euse »), a noun of a person with one form (« la maire »), a
    nationality or a title with its capital (« le Kényan », « le Premier
    ministre »). Not « le fonds d'investissement », « le centre hospitalier »."""
    words = re.sub(r"^(?:[Ll]e |[Ll]a |[Ll]['’]|[Uu]ne? )", "", role).split()
    while len(words) > 1 and words[0].lower() in _BEFORE_NOUN:
        words = words[1:]
    if not words:
        return False
    head = words[0]
    low = head.lower()
    # (The lemmatizer's tables, the costliest test, last.)
    return bool(head[:1].isupper() or low in _PERSON_NOUNS or _TRADE.search(low) or _TRADE_OR_DOER.search(low)
                or questions.paired_gender(low))




# A former office: « ancien maire d'Angers », « l'ancienne ministre », « ex-président ».
_FORMER = re.compile(r"(?:(?:[Ll]['’]|[Ll]e |[Ll]a |[Uu]ne? ))?(?:ancien|ancienne|ex)(?:\s|-)")
# A former office with its definite article: the article, « ancien(ne) » or
# « ex », the rest (« l'ancien député », « l'ex-maire »).
_FORMER_BARE = re.compile(r"^(?:([Ll]e|[Ll]a) |[Ll]['’])(ancien|ancienne|ex)(?: |-)(.+)$")
_DETERMINED = re.compile(r"(?:[Ll]['’]|(?:[Ll]es?|[Ll]a|[Uu]ne?|[Dd]es) )")
_POSSESSIVE_DETERMINERS = frozenset(("son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma",
                                     "mes", "ton", "ta", "tes"))


def _title_apposed(analysis: Analysis, e) -> str | None:
    """The title the text sets in apposition before a person's name, then a
    comma (« la ministre démissionnaire de l'Éducation nationale, Nicole
    Belloubet, ancienne membre … », « Le candidat du parti d'extrême droite
    Chega, Rui Vasconcelos, qui … »): what the person is in the story. The
    title with its definite article in lower case; "" when the title's
    determiner is a possessive (« Son homologue lillois, Paulo Fonseca, »,
    « son chef de file, Ludovic Fagaut, »: of someone another sentence
    names, which no answer can say); None when the text sets none."""
    for k in sorted(e.sentences):
        if k >= len(analysis.sentences):
            continue
        s = analysis.sentences[k]
        for start, end in _occurrences(e.name, s.text):
            if inside_quote(s.text, start) or s.text[end : end + 1] != ",":
                continue
            w = words_of(s.doc)
            i = w.token_at(start)
            if i is None or i < 3:
                continue
            g = i  # where the group in apposition opens: the name, or its own title before it
            if w.text[i - 1] != ",":
                # The name after its own title (« Son directeur de campagne,
                # l'ancien député Marc-Antoine Reboul, »): the title apposed
                # is the one before that title's comma.
                k = i - 1
                while k > 0 and w.pos[k] in ("NOUN", "ADJ"):
                    k -= 1
                if not (k < i - 1 and w.lower[k] in ("le", "la", "l'", "l’") and k >= 3 and w.text[k - 1] == ","):
                    continue
                # Not in an enumeration (« trois élus : le président du conseil
                # départemental, l'ancien sénateur Alain Bertrand, et la maire »):
                # a conjunction after the name's comma, or the title before
                # opening after a colon, makes items of the groups, each its own
                # person.
                after = w.token_at(end)
                if after is not None and after + 1 < w.n and w.pos[after + 1] == "CCONJ":
                    continue
                g = k
            j = g - 2
            t = j
            while t >= 0 and (w.pos[t] in ("NOUN", "ADJ") or (w.pos[t] == "PROPN" and not s.doc[t].ent_type_ == "PER")
                              or w.lower[t] in ("de", "d'", "d’", "du", "des")
                              or (w.lower[t] in ("la", "l'", "l’", "le", "les") and t > 0
                                  and w.lower[t - 1] in ("de", "d'", "d’"))):
                t -= 1
            if t < 0 or t == j or not any(w.pos[x] == "NOUN" for x in range(t + 1, j + 1)):
                continue
            det = w.lower[t]
            if det in _POSSESSIVE_DETERMINERS:
                return ""
            if det not in ("le", "la", "l'", "l’"):
                continue
            if g != i and t > 0 and w.text[t - 1] in (":", ";"):
                continue  # (the first item of a list after its colon: see above)
            if t > 0 and w.pos[t - 1] not in ("PUNCT", "CCONJ") and not _inverted_after_quote(w, t, s):
                # Not a group that opens the clause, nor the subject of a
                # quotation's incise (« », a commenté la ministre …, Nicole
                # Belloubet, »): the noun of a phrase before the name
                # (« Devant le juge, Jean Dupuis, ancien maire … »: Jean Dupuis
                # is no judge), or an object (« Il a reçu le juge, Jean Dupuis, … »).
                continue
            title = w.span_text(t, j + 1)
            if "«" in title or not _names_a_person(title):
                continue
            if _complement_names_a_person(w, t, j) or not _gender_fits(w, t, j, i, w.token_at(end - 1), e.name):
                continue  # (the name may be the complement's person's: no title rather than a wrong one)
            return title[:1].lower() + title[1:]
    return None


def _before_surname_only(role: str, name: str, text: str) -> bool:
    """Whether `text` writes `role` right before the last word of the
    person's `name` and never before the whole name, and the role's noun
    names no person (« l'enseigne de chaussures Pradel » of « Olivier
    Pradel »)."""
    last = name.split()[-1]
    forms = (role, capitalize_first(role))
    return (any(find_literal(text, f"{r} {last}", after=NOT_BEFORE_WORD) >= 0 for r in forms)
            and not any(find_literal(text, f"{r} {name}") >= 0 for r in forms) and not _names_a_person(role))


def _complement_names_a_person(w, t: int, j: int) -> bool:
    """Whether the title group t..j holds, after its head noun, « de » and a
    person's noun in the singular (« la fille de l'ancien président de la
    Commission », « l'avocat de la victime »): a name after the comma may name
    that person, not the head; the words do not tell which."""
    head = next((x for x in range(t + 1, j + 1) if w.pos[x] == "NOUN"), None)
    if head is None:
        return False
    of = False
    for x in range(head + 1, j + 1):
        if w.lower[x] in _OF:
            of = True
        elif (of and w.pos[x] == "NOUN" and w.text[x][:1].islower() and "Plur" not in w.morph(x, "Number")
              and _names_a_person(w.lower[x])):
            return True
    return False


def _gender_fits(w, t: int, j: int, i: int, last: int | None, name: str) -> bool:
    """Whether the title t..j's head noun (its article, an adjective, its
    form) has the gender of the person named from token i: the first name's
    (« la fille …, Jacques Delors »), or that of a participle or adjective
    the parse ties to the name (tokens i..last) after it. True when either
    is unknown."""
    head = next((x for x in range(t + 1, j + 1) if w.pos[x] == "NOUN"), None)
    if head is None:
        return True
    title = role_gender(w, head)
    if title is None:
        return True
    shown = {first_name_gender(name)}
    last = i if last is None else last
    for x in range(last + 1, min(w.n, last + 12)):
        if i <= w.head[x] <= last and w.dep[x] in ("acl", "amod") and w.pos[x] in ("ADJ", "VERB"):
            shown.update(w.morph(x, "Gender"))
    shown.discard(None)
    return not shown or shown == {title}


def _inverted_after_quote(w, t: int, s: Sentence | None = None) -> bool:
    """Whether the words before token t are an incise's verb, its subject
    after it: a quotation's (« », a commenté » before t), or a verb of
    saying after a comma (« …, a reconnu la porte-parole du gouvernement,
    Maud Bregeon, … », with the sentence `s` for the verbs' lemmas)."""
    k = t - 1
    a = k
    while a >= 0 and (w.pos[a] == "PROPN" or (w.pos[a] == "NOUN" and w.text[a][:1].isupper())):
        a -= 1  # (« …, a déclaré à l'AFP le président … »: to whom, a name after « à », « au »)
    if a < k and a >= 1 and w.lower[a] in ("l'", "l’", "la", "le") and w.lower[a - 1] == "à":
        a -= 1
    if a < k and a >= 1 and w.lower[a] in ("à", "au") and w.pos[a - 1] == "VERB":
        k = a - 1
    while k >= 0 and (w.pos[k] in ("VERB", "AUX", "ADV") or w.lower[k] in _DAY_WORDS):
        k -= 1  # (« …, a détaillé mardi la procureure … »: a day between the verb and its subject)
    if not (k < t - 1 and k >= 1 and w.text[k] == ","):
        return False
    return w.text[k - 1] == "»" or (s is not None and any(
        w.pos[v] == "VERB" and s.doc[v].lemma_ in _INCISE_SAYING for v in range(k + 1, t)))


# An article right before a word, contracted or not (4 characters at most before it).


def _without_leading_noun(name: str, analysis: Analysis) -> str:
    """A person's name without its first word when the text writes that word
    after an article each time it writes the name (« au Kényan Wilson Kipsang
    Chebet »: a nationality, or a title, not a first name), two words or more
    left, the first a capitalised one that is no known first name; else `name`."""
    words = name.split()
    if len(words) < 3 or not words[1][:1].isupper() or first_name_gender(name):
        return name
    text = joined_text(analysis)
    places = [at for at, _ in _occurrences(name, text)]
    if places and all(_ARTICLE_JUST_BEFORE.search(text, max(0, at - 4), at) for at in places):
        return " ".join(words[1:])
    return name


def _distinct_roles(roles: list[str]) -> list[str]:
    """`roles` without one that another says already, its article aside
    (« l'ancien maire de Saint-Brieuc », the title, and « ancien maire de
    Saint-Brieuc », the role: one role, said once)."""
    bare = [_DETERMINED.sub("", r, count=1).lower() if _DETERMINED.match(r) else r.lower() for r in roles]
    return [r for k, r in enumerate(roles)
            if not any(j != k and f" {bare[k]} " in f" {bare[j]} " and (len(bare[j]) > len(bare[k]) or j < k) for j in range(len(roles)))]


def _occurrences(form: str, text: str):
    """(start, end) of each occurrence of `form` in `text` as a whole word."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield at, end
        at = text.find(form, end)


def faq(analysis: Analysis, plan: Plan, d: _Derived) -> list[tuple[str, str]]:
    d.section = "faq"
    out: list[tuple[str, str]] = []
    names = [e.name for e in analysis.entities]
    introduced: set[str] = set()  # the names asked « Qui est … ? »: not asked about again
    for e in analysis.entities:
        if not (e.label == "PER" and e.roles):
            continue  # (the test below, of every name, only for those)
        # A name of two words or more is a person's when a role says so: « le
        # fonds d'investissement suisse Helvetia Mobility » is no « qui ».
        person = len(e.name.split()) >= 2 and any(_names_a_person(r) for r in e.roles)
        if not person and len(e.name.split()) >= 2 and first_name_gender(e.name) and any(
                not _RANK_ROLE.match(r) for r in e.roles) and not any(
                _class_before_name(r, e.name, joined_text(analysis)) for r in e.roles):
            # A first name says a person whatever the role's noun (« Julien Ferrand,
            # sociétaire de l'Entente … »: « Qui est », never « Qu'est-ce que »);
            # a place in a race (« troisième en 2 h 27 min ») says not who.
            person = True
        # A one-word name a role says is a person's (« le docteur Martin,
        # médecin généraliste ») is asked with the title the text gives it
        # (« Qui est le docteur Martin ? »: another than Kevin Martin), or not
        # asked: « Qu'est-ce que Martin ? » makes a person a thing.
        titled = None
        if len(e.name.split()) == 1 and any(_names_a_person(r) for r in e.roles):
            titled = _titled(e, analysis)
            if titled is None:
                continue
            person = True
        elif len(e.name.split()) == 1 and any(e.name in n.split() and n != e.name for n in names):
            continue  # « Pasteur » is only part of « Sanofi Pasteur »
        if len(e.name.split()) >= 2 and not person and is_common_noun(e.name.split()[0].lower()):
            continue  # « le centre hospitalier Métropole Savoie »: the name is longer than the entity
        # A bare common noun (« le président », « le colonel », « le
        # beau-frère », « la revue ») names a rank or a relation without its
        # complement (of what, of whom): it says nothing of the person. Nouns
        # of a trade or of the doer of an act stand alone (French suffixes:
        # « la microbiologiste », « la photographe », « l'historien »,
        # « l'assaillant »). (A capitalised one is a nationality: « slovaque ».)
        roles_kept = ([r for r in e.roles if not (_BARE_ROLE.match(r) and not _TRADE.search(r))]
                      if len(e.name.split()) >= 2 else e.roles)
        if titled:
            # (« le lieutenant » of « le lieutenant Morel » is his title: « Le
            # lieutenant Morel est le lieutenant. » says nothing.)
            roles_kept = [r for r in roles_kept if not _BARE_ROLE.match(r)]
        # A rank without what it ranks (« le premier Français » of « … a terminé 11e, premier
        # Français ») misleads: none.
        roles_kept = [r for r in roles_kept if not _BARE_RANK.match(r)]
        # A nationality alone (« le Français Hugo Mercier », « le Slovaque
        # Richard Varga ») says not what the person is in the story: « X est
        # le Français » says the only one, « X est français » nothing of it.
        roles_kept = [r for r in roles_kept if not _NATIONALITY.match(r)]
        # « le président exécutif de la société » (Arianespace, two sentences
        # before; the text names other companies): of which, the line alone
        # does not say.
        roles_kept = [r for r in roles_kept if not _bare_noun_back(r, analysis, _role_sentence(e, r, analysis))]
        if person and len(e.name.split()) >= 2:
            # A role the text writes only before the bare surname, its noun
            # naming no person, is another entity's that bears the name
            # (« l'enseigne de chaussures Pradel », the shop, not « Olivier
            # Pradel, petit-fils du fondateur »).
            roles_kept = [r for r in roles_kept if not _before_surname_only(r, e.name, joined_text(analysis))]
        if not roles_kept:
            continue
        # A one-word name the text calls « la sonde Cassini » is one of its kind:
        # « Cassini est une sonde », not « la sonde ».
        joint = " et "
        if not person:
            # « la maison de ventes Arthémis », then « La maison Arthémis »: one
            # role, said once (not « une maison de ventes et une maison »).
            roles_kept = _distinct_roles(roles_kept)
            if len(e.name.split()) >= 2 or _person_hyphenated(e.name):
                # A name of two words or more written right after a class noun
                # (« le centre hospitalier Yves-Le Foll », « le lycée Jean
                # Moulin ») is a dedication: the class is part of the
                # institution's name, not what the name is.
                text_all = joined_text(analysis)
                roles_kept = [r for r in roles_kept if not _class_before_name(r, e.name, text_all)]
            # « Marcolès est village de 620 habitants »: a thing's role with
            # no determiner takes the indefinite article, or is not said.
            bare = len(roles_kept) > 1 and _with_indefinite(roles_kept[1], analysis) != roles_kept[1]
            roles_kept = [r for r in (_thing_indefinite(_with_indefinite(r, analysis), analysis) for r in roles_kept) if r]
            if not roles_kept:
                continue
            if bare and len(roles_kept) > 1 and roles_kept[1].startswith(("un ", "une ")):
                # The text's apposition (« Norchim, filiale du groupe … »)
                # stays one: « … est une usine chimique, filiale du groupe … ».
                roles_kept[1] = roles_kept[1].split(" ", 1)[1]
                joint = ", "
        if person:
            # A former office (« ancien maire d'Angers ») is no answer to « Qui
            # est … ? » when the text gives the person's current one: that
            # one first, with its article, the former after it as the text's
            # apposition (« … est le ministre de la Transition écologique,
            # ancien maire d'Angers »). A current one the line cannot say
            # (« Son homologue lillois, Paulo Fonseca, ancien entraîneur … »:
            # whose?) leaves the question out.
            current = [r for r in roles_kept if not _FORMER.match(r)]
            former = [r for r in roles_kept if _FORMER.match(r)]
            if former and not current:
                title = _title_apposed(analysis, e)
                if title == "":
                    continue
                if title:
                    current = [title]
            elif not any(_DETERMINED.match(r) for r in roles_kept):
                # Roles with no article only (« petit-fils du fondateur »):
                # the title the text sets before the name first (« … a déclaré
                # le président du directoire, Olivier Pradel, petit-fils du
                # fondateur »), as written.
                title = _title_apposed(analysis, e)
                if title:
                    current = [title] + current
            # A role whose « l' » hides its gender (None) is left out, not the
            # person's other role; but a former office alone is no answer
            # when the current one cannot be said.
            chosen = _distinct_roles(current + former)[:2]
            # (The person's gender, for a noun of both genders after « l' ».)
            from ..analysis import _gender_shown

            gender = (_gender_shown(analysis.sentences, e.name)
                      if any(r[1:2] in ("'", "’") for r in chosen) else None)
            said = [_indefinite_person_role(r, analysis, gender) for r in chosen]
            if not any(x is not None and not _FORMER.match(r) for r, x in zip(chosen, said)) and any(
                    x is None and not _FORMER.match(r) for r, x in zip(chosen, said)):
                continue
            said = [x for x in said if x is not None]
            if not said:
                continue
            if len(said) == 2 and bool(_DETERMINED.match(said[0])) != bool(_DETERMINED.match(said[1])):
                # One with its article, one without (« ancien maire d'Angers » and « le
                # ministre … »): « X est le ministre …, ancien maire d'Angers », the
                # bare one as the text's apposition, never « ancien maire d'Angers et le ministre ».
                said.sort(key=lambda r: not _DETERMINED.match(r))
                roles = ", ".join(said)
            else:
                roles = joint.join(said)
        else:
            roles = joint.join(roles_kept[:2])
        called = titled or (_without_leading_noun(e.name, analysis) if person else e.name)
        name = called + (f", {e.age}," if e.age else "")
        answer = f"{name} est {roles}."
        if answer not in d.seen:
            d.seen.add(answer)
            que = "qu'" if opens_on_vowel(e.name) else "que "
            question = f"Qui est {called} ?" if person else f"Qu'est-ce {que}{e.name} ?"
            out.append((question, capitalize_first(answer)))
            introduced.add(e.name)
    text = joined_text(analysis)
    for acro, long in _acronyms_asked(analysis, text):
        article = _article_before(long, text)
        word = article[_ARTICLE_OPEN.match(article).end():].strip() if article is not None else ""
        if word and not class_noun_of(analysis.sentences, acro, long, word):
            article = None  # (« l'office public de l'habitat Drôme Aménagement Habitat (DAH) »: not « l'habitat »)
        det = (article[0].lower() + article[1:]) if article is not None else _contracted_article(long, text, analysis)
        if det is None:
            continue  # (« du », « des » before it, and its noun's gender or number unknown: no article to give)
        out.append((f"Que désigne le sigle {acro} ?", f"Le sigle {acro} désigne {det}{long}."))
    # When, why, how many: questions asked of one element of a sentence,
    # answered by a shorter statement holding it, or else by the element
    # itself (« À partir du mois de mai 2013. »). The question is the new
    # angle, as a figure's label is: the element may repeat a line.
    d.section = "questions"
    for q in specific_questions(analysis):
        if len(out) >= FAQ_MAX:
            break
        s = q.sentence
        forms = [f for f in sorted(_short_forms(s), key=word_count) if q.about in f and not _near_copy(s, f)]
        t = _first_free(d, s, forms, max_uses=3)
        # A statement no line of its sentence has made yet (« Le motif principal
        # du thème … était des ponts et des fenêtres. ») is new material: it may
        # be the sentence's fourth use.
        t = t or _first_free(d, s, [f for f in forms if not any(
            _shared_words(f, x) >= REPEAT_RATIO for x in d.lines.get(s.id, []))], max_uses=4, per_section=2)
        # A fragment of its sentence, not a statement, is counted as no use.
        answer = _definite(s, " " + q.answer)[1:]
        # (« Afin d'y intégrer … » answers a question that names what « y » is.)
        if not t and not points_back(answer) and not _DEMONSTRATIVE_INSIDE.search(answer):
            t = d.take(s, answer, per_section=2, counted=False)
        if t:
            out.append((q.text, t))
    d.section = "faq"
    # What is known of the main actors and places: their sentences, shortened.
    places: dict[int, str | None] = {}  # a place's phrase, by id of its entity: found once

    def place(e) -> str | None:
        if id(e) not in places:
            places[id(e)] = _place_phrase(e, analysis)
        return places[id(e)]

    actors = sorted(
        (e for e in analysis.entities
         if e.label in ("PER", "ORG", "LOC") and e.name not in analysis.acronyms
         and (e.count >= 2 or (e.label == "LOC" and place(e))
              or (e.label in ("PER", "ORG") and len(e.name.split()) >= 2))
         and not _demonym_entity(e, analysis)),
        key=lambda e: (-e.count, min(e.sentences)),
    )
    for e in actors:
        if len(out) >= FAQ_MAX:
            break
        if e.name in introduced:
            continue  # « Qui est Grégory Dumont ? » then « Que sait-on de Grégory Dumont ? »: one is enough
        where = place(e) if e.label == "LOC" else None
        answers = _statements_about(e, analysis, d, where=where)
        if not answers:
            continue
        if where:
            if not where.startswith(("à ", "À ")):
                # « Qu'en est-il en France ? »: a country or a region is the
                # frame of a whole story more often than one of its places.
                continue
            question = f"Qu'en est-il {where} ?"
        else:
            subject = e.name if e.label == "PER" else _with_article_or_acronym(e.name, analysis)
            if e.label == "PER" and e.roles and len(e.name.split()) >= 2 and is_common_noun(e.name.split()[0].lower()) \
                    and not any(_names_a_person(r) for r in e.roles):
                subject = _classified(e, text) or subject
            question = f"Que sait-on {de(subject)} ?"
        out.append((question, " ".join(answers)))
    # What the text says of its topics: the focus keyphrase and the secondary
    # ones that name no actor already asked about (« Que sait-on de la série
    # de billets ? »), answered by statements holding them.
    asked = {q for q, _ in out}
    for topic in [plan.focus, *plan.secondary]:
        if len(out) >= FAQ_MAX:
            break
        if any(topic.text == e.name or topic.text in e.forms for e in analysis.entities):
            continue
        question = f"Que sait-on {de(_with_article_or_acronym(topic.text, analysis))} ?"
        if question in asked:
            continue
        answers = _answers(d, (s for s in analysis.sentences
                               if kpm.contains(s.text, topic.text) and not _only_a_complement(s, topic.text)),
                           lambda f: kpm.contains(f, topic.text), most=2)
        if answers:
            asked.add(question)
            out.append((question, " ".join(answers)))
    # What the text says of the groups it tells about, sentence after sentence
    # (« les ultra-libéraux », « la nouvelle série », « l'ouragan »): the
    # common nouns that are the subject of two sentences or more.
    for group, sentences in _recurring_subjects(analysis):
        if len(out) >= FAQ_MAX:
            break
        question = f"Que sait-on {de(group)} ?"
        if question in asked:
            continue
        answers = _answers(d, sentences, lambda f: f.lower().startswith(group.lower() + " "), most=3)
        if answers:
            asked.add(question)
            out.append((question, " ".join(answers)))
    return out[:FAQ_MAX]


QUESTIONS_PER_SENTENCE = 2

# Nouns of a quantity or a share: « le nombre de fermetures de classes », « la
# plupart des biens culturels » speak of their complement.
_QUANTITY_NOUNS = {"nombre", "total", "ensemble", "plupart", "partie", "majorité", "moitié", "tiers", "quart",
                   "dizaine", "dizaines", "centaine", "centaines", "millier", "milliers", "série", "liste"}


def _only_a_complement(s: Sentence, topic: str) -> bool:
    """Whether `topic`, wherever the sentence writes it, is only the
    complement of another noun (« dans la base de données d'Interpol des
    biens culturels volés », « l'Office central de lutte contre le trafic
    des biens culturels »): the sentence tells of that noun, and says
    nothing of the topic to answer « Que sait-on des biens culturels ? ».
    A noun of quantity is no such noun (« le nombre de … »). False when the
    sentence does not write the topic as such (its words apart)."""
    low = s.text.lower()
    w = words_of(s.doc)
    found = False
    for at in _standalone(topic.lower(), low):
        found = True
        a, b = bisect_left(w.idx, at), bisect_left(w.idx, at + len(topic))
        # The group's head: its token whose head is outside it.
        root = next((k for k in range(a, b) if not a <= w.head[k] < b), None)
        if root is None or w.dep[root] != "nmod":
            return False
        head = w.head[root]
        if w.pos[head] not in ("NOUN", "PROPN") or w.lower[head] in _QUANTITY_NOUNS:
            return False
    return found


# An article, then maybe a word in lower case, before an acronym's expansion (see `_article_before`).
_ARTICLE_OPEN = re.compile(r"\b(?:[Ll]'|[Ll]e |[Ll]a |[Ll]es )")
_LOWER_WORD_THEN_SPACE = re.compile(r"[a-zé]\w+ ")


def _article_before(long: str, text: str) -> str | None:
    r"""Group 1 of re.search(r"\b((?:[Ll]'|[Ll]e |[Ll]a |[Ll]es )(?:[a-zé]\w+ )?)" + re.escape(long), text):
    the article (and the word) the text first writes before `long` (« le
    Parquet national antiterroriste », « la nouvelle Autorité … »), None when
    none. Without compiling that pattern for each text: the search tries each
    article in turn, left to right; at one, the article is the only one of
    its alternatives that opens there (the next character tells them
    apart), the word (greedy, tried first) is the whole run of word
    characters after it, if a space follows, and `long` must follow the word,
    or else the article itself."""
    if long not in text:
        return None  # (a quick test: the pattern needs `long` itself)
    m = _ARTICLE_OPEN.search(text)
    while m is not None:
        word = _LOWER_WORD_THEN_SPACE.match(text, m.end())
        if word is not None and text.startswith(long, word.end()):
            return text[m.start() : word.end()]
        if text.startswith(long, m.end()):
            return m.group()
        m = _ARTICLE_OPEN.search(text, m.start() + 1)
    return None


_CONTRACTED = {"du": ("Masc", "Sing"), "au": ("Masc", "Sing"), "des": (None, "Plur"), "aux": (None, "Plur")}


_CONTRACTION = re.compile(r"\b(du|au|des|aux) ", re.I)


def _contraction_before(long: str, text: str) -> re.Match | None:
    r"""The match of « du », « au », « des » or « aux » and its space of
    re.search(r"\b(du|au|des|aux) " + re.escape(long), text, re.I) (the
    same start and group 1), without compiling that pattern for each text:
    each contraction in turn, left to right (at one place only one of them,
    the next character telling them apart), with `long` after it in any case
    (`same_ignoring_case`)."""
    n = len(long)
    m = _CONTRACTION.search(text)
    while m is not None and not same_ignoring_case(text[m.end() : m.end() + n], long):
        m = _CONTRACTION.search(text, m.start() + 1)
    return m


def _contracted_article(long: str, text: str, analysis: Analysis) -> str | None:
    """The definite article an acronym's expansion takes when the text gives
    it only inside « du », « au », « des », « aux » (« du Conseil
    international pour l'exploration de la mer » -> « le »), its head noun's
    gender and number read in the parse agreeing; "" when the text gives it
    none (« selon Médecins sans frontières »: a name without an article);
    None when the contraction's article cannot be told."""
    m = _contraction_before(long, text)
    if m is None:
        return ""
    before = re.search(r"(\w+)\W*$", text[: m.start()])
    if before and before.group(1)[:1].isupper() and any(
            tok.text == before.group(1) and tok.pos_ in ("NOUN", "PROPN") for s in analysis.sentences for tok in s.doc):
        return None  # « l'Organisation des Nations unies pour … »: the complement of a longer name
    gender, number = _CONTRACTED[m.group(1).lower()]
    nouns = {tok.text for s in analysis.sentences for tok in s.doc if tok.pos_ in ("NOUN", "PROPN")}
    # The head is the first noun (« Haut Conseil pour le climat »: « Conseil »).
    head = next((word for word in long.split() if word in nouns), None)
    tags = [(tok.morph.get("Gender"), tok.morph.get("Number")) for s in analysis.sentences for tok in s.doc
            if tok.text == head and tok.pos_ in ("NOUN", "PROPN")]
    # (A noun ending in s or x has one form for both numbers: « le Fonds ».)
    invariable = head is not None and head[-1:] in "sx"
    if not tags or any((gender and g and gender not in g) or (n and number not in n and not invariable) for g, n in tags):
        return None
    if number == "Plur":
        return "les "
    if not any(g for g, _ in tags):
        return None  # (no gender in the parse)
    return "l'" if opens_on_vowel(long) else "le "


def specific_questions(analysis: Analysis):
    """Questions of one element of a sentence, two at most per sentence:
    when its statement happened (a date dating its main verb or ending a
    relative on its subject), why (a purpose clause), how many (a number
    counting the verb's object), what (the subject of « être »), where (a
    place complement), what a « dont » relative's subject was. Generated in
    that order, sentence after sentence: the FAQ stops reading them when it
    is full, and a sentence's are asked only until it has given two."""
    for s in analysis.sentences:
        if _subject_of_earlier_case(analysis, s):
            continue
        # A case the text recalls (`_recalled_case`) is asked of only by its name:
        # « Quand le tribunal de Rochefort a-t-il débouté … ? » of another rooster's
        # case would ask it of the news's.
        case = _recalled_case(analysis, s)
        given = 0
        for q in _questions_of(s):
            if q is not None and not _asked_of_context(q) and (case is None or _names_the_case(q.text, case)):
                yield questions.with_text_gender(q, joined_text(analysis))
                given += 1
                if given == QUESTIONS_PER_SENTENCE:
                    break


# « une telle procédure », « un pareil désastre »: what is « such » is in another sentence.
_SUCH = re.compile(r"\b(?:une?|de|d['’]une?) (?:tel|telle|tels|telles|pareil|pareille|pareils|pareilles)\b", re.I)
# A demonstrative inside a line (« cette décision »), but « ce que », « ce qui », « ce dont ».
_THIS_INSIDE = re.compile(r"(?<![-\w’'])(?:ce|cet|cette|ces) (?!(?:qui|que|qu['’]|dont|lundi|mardi|mercredi|jeudi"
                          r"|vendredi|samedi|dimanche)\b)", re.I)

# A pronoun in a question, which names no one there: an object before the
# inverted verb (« Quand la ministre l'a-t-elle annoncé ? », « … lui a-t-il
# … »), or a stressed pronoun (« selon eux »); not the inversion's own.
_PRONOUN_ASKED = re.compile(r"(?:\b(?:l['’]|(?:le|la|les|lui|leur|y|en) )\w+-(?:t-)?(?:il|elle|ils|elles)\b)"
                            r"|(?<![-\w])(?:lui|eux)\b", re.I)


def _asked_of_context(q) -> bool:
    """Whether a question or its answer is built from words that point back
    to another sentence (« Quand la Commission européenne avait-elle renoncé
    à lancer une telle procédure ? »): out of its paragraph it asks of
    nothing the reader knows."""
    # (The answer's demonstrative is read as the definite article, and its
    # « y » names what the question names: see specific_questions' use.)
    return bool(_THIS_INSIDE.search(q.text) or _PRONOUN_ASKED.search(q.text)) or any(
        _SUCH.search(t) for t in (q.text, q.answer, q.about) if t)


def _questions_of(s: Sentence):
    """The candidate questions of `s` (None for those it does not give), in order."""
    for dm in s.dates:
        if dm.explicit and (_dates_main_event(s, dm) or _dates_the_statement(s, dm) or _dated_part(s, dm)):
            yield questions.when(s, dm)
    yield questions.when_anchored(s)
    yield questions.why(s)
    yield from questions.how_many(s)
    yield questions.what_is(s)
    yield questions.where(s)
    yield questions.what_was_dont(s)


def _recurring_subjects(analysis: Analysis) -> list[tuple[str, list[Sentence]]]:
    """Definite nominal subjects of two sentences or more, by their head noun
    (« l'ouragan de catégorie 1 » and « l'ouragan » are one), shown in their
    shortest form, with the sentences they are the subject of (a pronoun
    resolved to them counts). Names are the entities' questions, not these."""
    groups: dict[str, list[tuple[str, Sentence]]] = {}
    for s in analysis.sentences:
        found = None
        if s.antecedent and s.antecedent not in ("le", "la", "les", "l'"):
            found = s.antecedent
        else:
            w = words_of(s.doc)
            k = w.subject(_root_index(s.doc))
            if k is not None and w.pos[k] == "NOUN":
                subj = s.doc[k]
                a, b = subj.left_edge.i, subj.right_edge.i + 1
                if b - a <= 6 and w.lower[a] in ("le", "la", "les", "l'") and not any(
                        (w.punct[t] and w.text[t] != "-") or w.pos[t] in ("VERB", "AUX", "PRON", "PROPN")
                        for t in range(a, b)):
                    found = w.span_text(a, b)
        if not found:
            continue
        words = found.split()
        head = re.sub(r"^[Ll]'", "", words[0]) if words[0].lower().startswith("l'") else (words[1] if len(words) > 1 else "")
        if not head or head[:1].isupper():
            continue
        groups.setdefault(head.lower(), []).append((found, s))
    out = []
    for head, items in groups.items():
        ids = {s.id for _, s in items}
        if len(ids) < 2:
            continue
        display = min((f for f, _ in items), key=lambda f: (len(f.split()), f))
        display = display[:1].lower() + display[1:]
        out.append((display, [s for _, s in items]))
    out.sort(key=lambda g: (-len(g[1]), g[1][0].id))
    return out


# A nationality noun alone as a role: « le Français », « la Néo-Zélandaise ».
_NATIONALITY = re.compile(r"^(?:[Ll]e |[Ll]a |[Ll]['’])[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*$")


def _classified(e, text: str) -> str | None:
    """A name on a common noun the tagger took for a person's, with the
    bare class noun the text sets before it (« la société Fromagerie Aubert
    »: « Que sait-on de la société Fromagerie Aubert ? », not « de Fromagerie
    Aubert »)."""
    for r in e.roles:
        if _BARE_ROLE.match(r) and f"{r} {e.name}".lower() in text.lower():
            return f"{r[:1].lower()}{r[1:]} {e.name}"
    return None


_DETERMINERS = {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "ce", "cet", "cette", "ces",
                "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos"}


def _with_indefinite(role: str, analysis: Analysis) -> str | None:
    """A role as written when it opens on a determiner; a bare one (« village
    de 620 habitants », an apposition) with « un » or « une », its noun's
    gender and number as the text's parse gives them; None when unknown or
    plural."""
    first = role.split()[0].lower() if role.split() else ""
    if first in _DETERMINERS or (first[:2] in ("l'", "l’", "d'", "d’")):
        return role
    feats = _first_nouns(analysis).get(first)
    if feats is None or "Sing" not in feats.get("Number", ("Sing",)):
        return None
    gender = feats.get("Gender", ())
    if "Fem" in gender and "Masc" not in gender:
        return "une " + role
    if "Masc" in gender and "Fem" not in gender:
        return "un " + role
    return None


# (A word standing alone, no word character or hyphen glued to it: text.NOT_AFTER_WORD, NOT_BEFORE_WORD.)
_SPACES_RUN = re.compile(r"\s+")


def _person_hyphenated(name: str) -> bool:
    """A one-word name of a first name and a surname joined by a hyphen
    (« Pierre-Lamy », « Jean-Moulin »): French writes so the person a place
    is dedicated to (« la salle Pierre-Lamy »); the class before it is then
    part of the place's name (« Pierre-Lamy est une salle » is no French
    for it), as for a name of two words (`_class_before_name`)."""
    parts = name.split("-")
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts) and first_name_gender(name) is not None


def _class_before_name(role: str, name: str, text: str) -> bool:
    r"""Whether `text` writes `role` (its first letter in either case) then
    spaces then `name` (« le centre hospitalier Yves-Le Foll »): whether
    re.search("(?i:r)ole\s+name", text) matches, without compiling that
    pattern for each text: at each place the role's other letters stand, its
    first letter before them (`same_ignoring_case`), then the run of spaces
    after them, `name` after any of its first spaces (the pattern's \s+
    gives some back only when `name` opens on a space)."""
    if not role:
        return re.search(r"\s+" + re.escape(name), text) is not None  # (no role is empty: the pattern as it was)
    first, rest = role[0], role[1:]
    i = text.find(rest, 1)
    while i >= 0:
        spaces = _SPACES_RUN.match(text, i + len(rest))
        if spaces is not None and same_ignoring_case(text[i - 1], first) and any(
                text.startswith(name, k) for k in range(spaces.start() + 1, spaces.end() + 1)):
            return True
        i = text.find(rest, i + 1)
    return False


def _acronyms_asked(analysis: Analysis, text: str) -> list[tuple[str, str]]:
    """The acronym a FAQ question is asked of: at most one, the one the text
    writes most, and of several only one it writes again after its
    expansion (an acronym given once in brackets, « l'association Airlines
    for Europe (A4E) », is never read again: a question on it is of no use;
    three in a row, « Que désigne le sigle DGAC ? », « … SNCTA ? », « … A4E
    ? », fill the FAQ with a glossary). A text's only acronym is asked."""
    counted = sorted(((count_literal(text, acro, NOT_AFTER_WORD, NOT_BEFORE_WORD), k, acro, long)
                      for k, (acro, long) in enumerate(analysis.acronyms.items())), key=lambda c: (-c[0], c[1]))
    return [(acro, long) for n, _, acro, long in counted[:1] if n >= 2 or len(counted) == 1]


# Words after which a role's definite article says the only one (« le seul
# coureur », « le premier », « le nouveau maire ») or what the text says of it
# elsewhere: the article stays.
_ONE_OF_A_KIND = {"seul", "seule", "unique", "même", "plus", "moins", "premier", "première", "dernier", "dernière",
                  "principal", "principale", "actuel", "actuelle", "nouveau", "nouvel", "nouvelle", "futur", "future",
                  "ancien", "ancienne", "ex", "véritable", "vrai", "vraie", "grand", "grande", "meilleur", "meilleure",
                  "vainqueur", "gagnant", "gagnante", "lauréat", "lauréate"}
# Words opening a complement of the role's noun (« le maire de Grand-Quevilly »,
# « la directrice à l'ARS »): with one, the definite article is right.
_COMPLEMENT_WORDS = {"de", "du", "des", "d'", "d’", "à", "au", "aux", "chez", "pour", "en", "sur", "dans", "auprès"}


def _indefinite_role(role: str, analysis: Analysis, person: bool = False, gender: str | None = None) -> str | None:
    """A role « le/la/l' + noun + adjectives », with no complement, as an
    attribute: « un coureur cycliste français » (« X est le coureur cycliste
    français » says the only one, or one named before); None when it is not
    such a role (a complement, a word of `_ONE_OF_A_KIND`, a capital), or
    when « l' »'s noun has no known gender."""
    m = re.match(r"^(?:([Ll]e|[Ll]a) |[Ll]['’])(.+)$", role)
    if not m:
        return None
    rest = m.group(2)
    if not _plain_role_words(rest):
        return None
    if m.group(1):
        return ("un " if m.group(1).lower() == "le" else "une ") + rest
    return _gendered_elided(role, analysis, person, gender)


def _plain_role_words(rest: str) -> bool:
    """Whether the words of a role after its article are a noun and its
    adjectives only: no complement, no word of one of a kind, no capital."""
    return not any(w.lower() in _COMPLEMENT_WORDS or w.lower().startswith(("d'", "d’")) or w.lower() in _ONE_OF_A_KIND
                   or w[:1].isupper() or not w.replace("-", "").isalpha() for w in rest.split())


def _indefinite_person_role(role: str, analysis: Analysis, gender: str | None = None) -> str | None:
    """A person's role after « est », its definite article made indefinite
    when the role has no complement (see _indefinite_role) and its noun
    names a trade or a doer (_TRADE_OR_DOER: « le coureur cycliste français » -> « un
    coureur cycliste français », « la photographe » -> « une photographe »);
    as written else: an office held by one (« le président russe », « le
    chancelier fédéral », « le président élu »: whatever its adjective, an
    office keeps the text's article; `_ONE_HOLDER_NOUNS`), a role with
    its complement (« le maire de Grand-Quevilly »), « l' » (whose noun may
    serve both genders: « l'épidémiologiste »). A noun of membership that
    many hold (`_MANY_BY_NATURE`) with an adjective of kind (« l'élue
    écologiste ») is one of many too: indefinite, or None when « l' » hides
    the noun's gender (no answer); any other noun keeps its article.
    `gender` is the person's as the text tells it (see _gendered_elided).
    A former office with no complement (« l'ancien député Pierre … ») is one
    of many who held it: « un ancien député » (« X est l'ancien député »
    points at one the reader was never told of); « l'ex- » is said only of
    a person whose gender the text tells."""
    former = _FORMER_BARE.match(role)
    if former and _plain_role_words(former.group(3)):
        article, word = (former.group(1) or "").lower(), former.group(2).lower()
        feminine = (word == "ancienne" if word != "ex" else
                    article == "la" if article else gender == "Fem" if gender else None)
        if feminine is None:
            return None
        return ("une " if feminine else "un ") + role[former.start(2):]
    m = re.match(r"^(?:[Ll]e |[Ll]a |[Ll]['’])([\w-]+)(?: ([\w-]+))?", role)
    if m and m.group(1).lower() in _ONE_HOLDER_NOUNS:
        return role  # an office (« le président turc », « le chancelier fédéral », « le directeur académique »)
    if m and m.group(2) is not None and m.group(1).lower() in _MANY_BY_NATURE and _qualifies_one_of_many(m.group(2)):
        # A noun with an adjective of kind, no complement (« l'élue
        # écologiste Julie Laernoes »): one of many, « une élue écologiste »;
        # « l'élue écologiste » would say the only one. Not said when the
        # noun's gender is unknown (« l' »): no question rather than a doubt.
        said = _indefinite_role(role, analysis, True, gender)
        if said is None and role[1:2] in ("'", "’") and _plain_role_words(role[2:]):
            return None
        return said or role
    if not m or not _TRADE_OR_DOER.search(m.group(1)) or m.group(1).lower() in _ONE_OF_A_KIND:
        return role
    if not _TRADE_NOUN.search(m.group(1)) and (m.group(2) is None or m.group(2).lower() in _OFFICE_WORDS):
        # The noun of a doer bare or with an office's word (« le directeur
        # général », « le gardien », « le commandant »): an office held by one
        # in the text's organisation, the article's own complement.
        return role
    return _indefinite_role(role, analysis, True, gender) or role


def _qualifies_one_of_many(adjective: str) -> bool:
    """Whether `adjective`, right after a role's noun that names no trade nor
    doer, makes it one of many (« l'élue écologiste », « le député
    socialiste »): not an office's word (« le directeur financier », « le
    président sortant »), nor a nationality or a place's adjective, which
    completes an office held by one (« le président russe », « le président
    lensois »), nor a capitalised word or a word of one of a kind."""
    low = adjective.lower()
    return (adjective[:1].islower() and adjective.replace("-", "").isalpha() and low not in _OFFICE_WORDS
            and low not in _ONE_OF_A_KIND and low not in _COMPLEMENT_WORDS and not _DEMONYM_END.search(low))


# Nouns of membership or of a trade that many hold by nature: with an
# adjective of kind (« l'élue écologiste », « le militant socialiste »), one of
# many, « une élue écologiste ». Any other noun with an adjective keeps the
# text's article (« le président élu », « le chancelier fédéral »).
_MANY_BY_NATURE = frozenset((
    "élu", "élue", "député", "députée", "eurodéputé", "eurodéputée", "sénateur", "sénatrice", "parlementaire",
    "conseiller", "conseillère", "militant", "militante", "membre", "adhérent", "adhérente", "sympathisant",
    "sympathisante", "cadre", "bénévole", "responsable", "avocat", "avocate", "médecin", "infirmier", "infirmière",
    "œnologue", "journaliste", "syndicaliste", "activiste", "artiste", "écrivain", "écrivaine", "chercheur",
    "chercheuse", "policier", "policière", "gendarme", "soldat", "officier", "élève", "étudiant", "étudiante"))
# Offices one person holds in the body the text speaks of, whatever the
# adjective (« le président turc », « le directeur académique »): never « un ».
_ONE_HOLDER_NOUNS = frozenset((
    "président", "présidente", "vice-président", "vice-présidente", "chancelier", "chancelière", "roi", "reine",
    "pape", "prince", "princesse", "empereur", "impératrice", "monarque", "souverain", "souveraine", "émir", "sultan",
    "premier", "première", "chef", "cheffe", "gouverneur", "gouverneure", "ambassadeur", "ambassadrice", "procureur",
    "procureure", "recteur", "rectrice", "directeur", "directrice", "administrateur", "administratrice",
    "sélectionneur", "sélectionneuse", "commandant", "commandante", "représentant", "représentante", "maire",
    "préfet", "préfète", "patron", "patronne", "dirigeant", "dirigeante", "porte-parole"))
# Nouns of a trade or of the doer of an act (see _TRADE), which many hold;
# a doer's noun (-eur, -ant, -ien) only with a word of kind or nationality
# after it (« un coureur cycliste français », « une chanteuse belge »).
_TRADE_OR_DOER = re.compile(r"(?:iste|logue|graphe|ien|ienne|eur|euse|rice|ant|ante)$")
_TRADE_NOUN = re.compile(r"(?:iste|logue|graphe)$")
_OFFICE_WORDS = frozenset((
    "général", "générale", "adjoint", "adjointe", "délégué", "déléguée", "principal", "principale", "exécutif",
    "exécutive", "national", "nationale", "régional", "régionale", "départemental", "départementale",
    "municipal", "municipale", "territorial", "territoriale", "financier", "financière", "technique",
    "sportif", "sportive", "artistique", "commercial", "commerciale", "opérationnel", "opérationnelle",
    "en", "de", "du", "des", "d'", "titulaire", "intérimaire", "sortant", "sortante"))


def _thing_indefinite(role: str | None, analysis: Analysis) -> str | None:
    """A thing's role after « est »: « le »/« la » become « un »/« une »
    (« Titan est une lune »), « l' » too when its noun's gender is known
    (« Norchim est une usine chimique »), else no role."""
    if role is None:
        return None
    if re.match(r"^[Ll]['’]", role):
        return _gendered_elided(role, analysis)
    return re.sub(r"^[Ll]e ", "un ", re.sub(r"^[Ll]a ", "une ", role))


# Endings of a noun's feminine form (« députée », « chercheuse », « autrice »,
# « historienne », « enseignante », « conseillère »).
_FEMININE_FORM = ("ée", "euse", "rice", "enne", "ante", "ente", "ère", "esse", "ette", "onne")


def _both_genders(noun: str) -> bool:
    """Whether a person's noun has one form for both genders, as French
    writes them (« épidémiologiste », « ministre », « architecte »): ending on
    an « e » that makes no feminine form, and not paired in the lemmatizer's
    tables (« eurodéputé », « avocat » are masculine as written)."""
    return noun.endswith("e") and not noun.endswith(_FEMININE_FORM) and questions.paired_gender(noun) is None


def _gendered_elided(role: str, analysis: Analysis, person: bool = False, person_gender: str | None = None) -> str | None:
    """« l'usine de Rouen » -> « une usine de Rouen », by its noun's gender; None when unknown.
    A person's noun of both genders (« l'épidémiologiste Léa Montrichard »,
    « a-t-elle estimé ») takes the person's gender as the text tells it
    (`person_gender`), not the tagger's guess: None when the text tells none."""
    rest = role[2:]
    if person and rest.split() and _both_genders(rest.split()[0].lower()):
        return {"Fem": "une ", "Masc": "un "}[person_gender] + rest if person_gender in ("Fem", "Masc") else None
    feats = _first_nouns(analysis).get(rest.split()[0].lower()) if rest.split() else None
    gender = feats.get("Gender", ()) if feats else ()
    if "Fem" in gender and "Masc" not in gender:
        return "une " + rest
    if "Masc" in gender and "Fem" not in gender:
        return "un " + rest
    return None


def _first_free(d: _Derived, s: Sentence, forms, keep=lambda f: True, max_uses: int = 3,
                per_section: int = 1) -> str | None:
    """The first of `forms` that `keep` accepts and `d` has not used yet,
    among those that keep the years dating the sentence's statement: « En
    2013, il avait fallu trois mois de négociations » without « En 2013 »
    would tell of today (« depuis leur introduction en 2002 » dates no
    statement and may go).
    (The chronology takes a date out into its label, not through here.)"""
    if d.exhausted(s, max_uses, per_section):
        return None  # `take` would refuse every form
    years = _dating_years(s) if s.dates else []
    for f in forms:
        if keep(f) and (not years or all(y in f for y in years)):
            t = d.take(s, f, max_uses, per_section)
            if t:
                return t
    return None


@per_sentence
def _dating_years(s: Sentence) -> list[str]:
    """The years of the dates that date the sentence's statement (see _first_free)."""
    return [dm.text.split()[-1] for dm in s.dates if dm.year is not None and _dates_main_event(s, dm)]


# « inférieur », « supérieur » as comparatives (after a copula or a degree
# adverb: « des chiffres nettement inférieurs », « le bilan est supérieur »;
# not « l'enseignement supérieur »), and after them the rest of the clause,
# to read whether it holds the other term (« à », « au », « aux »).
_COMPARATIVE = re.compile(
    r"\b(?:(?:est|sont|était|étaient|sera|seront|serait|seraient|reste(?:nt)?|demeure(?:nt)?)\s+"
    r"(?:(?:bien|nettement|largement|légèrement|sensiblement|très|beaucoup|encore|un\s+peu)\s+)?"
    r"|(?:bien|nettement|largement|légèrement|sensiblement|beaucoup|un\s+peu)\s+)(?:inférieur|supérieur)e?s?\b",
    re.I)
_CLAUSE_WITH_TERM = re.compile(r"[^,;:.!?«»()]*?\b(?:à|au|aux)\b")


def _open_comparative(text: str) -> bool:
    """Whether `text` compares with « inférieur » or « supérieur » and its
    clause does not say with what (« l'ARS avance des chiffres nettement
    inférieurs : 28 % … »: lower than the unions', which the sentence before
    gives). An answer read alone compares with nothing; a list item of key
    figures is read after its neighbour, and is not asked here."""
    if "érieur" not in text:
        return False
    return any(not inside_quote(text, m.start()) and not _CLAUSE_WITH_TERM.match(text, m.end())
               for m in _COMPARATIVE.finditer(text))


def _answers(d: _Derived, sentences, keep, most: int) -> list[str]:
    """Up to `most` free short forms that `keep` accepts, one per sentence, in
    order; those in their sentence's word order first (`_in_order_forms`);
    none that compares with what it does not say (`_open_comparative`).
    Not, as in the key points, of a sentence going on with a past its
    paragraph dates (`_continues_dated_past`): « Il avait ordonné à Mme
    Lafargue de déplacer le poulailler … », the first judges' order the
    appeal overturned, answers « Que sait-on de Mme Lafargue ? » as a fact of now."""
    answers = []
    for s in sentences:
        if _continues_dated_past(d.analysis, s):
            continue
        case = _recalled_case(d.analysis, s)  # (another case's statement: only a form naming it)
        t = _first_free(d, s, [f for f in _in_order_forms(s) if not _open_comparative(f) and not _bare_noun_back(f, d.analysis, s.id)],
                        keep if case is None else (
            lambda f, case=case: keep(f) and _names_the_case(f, case)))
        if t:
            answers.append(t)
            if len(answers) >= most:
                break
    return answers


# A definite noun complement closing a group, nothing after it but punctuation
# or the end (« la moitié du coût. », « le président de la société »): its noun,
# lower case. (Not a role's own noun: « la lune » of « la lune Titan ».)
_BARE_DEFINITE_END = re.compile(r"(?<![\w'’-])(?:(?:du|au|(?:de|à) la) |(?:de|à) l['’])([a-zà-ÿœæ]+)(?=\s*(?:[.,;:!?)]|$))")


def _bare_noun_back(line: str, analysis: Analysis, before: int) -> bool:
    """Whether `line` (an answer, or a role) ends a group on a definite noun
    complement with nothing after it whose referent the text gives elsewhere,
    so that the line alone names nothing: a noun the text introduced with
    « un », « une » out of quotations, in a sentence before `before` (« pour
    un coût estimé entre 1,8 et 2,4 millions d'euros », then « … la moitié du
    coût »: of the filters, not of the pollution), and its lead does not
    write (the lead's nouns are the story's own: « l'étude »); or a class
    noun the text writes before a name (« la société Avio », so « le président
    exécutif de la société » could be of Avio, of another)."""
    if "l" not in line and "du" not in line and "au" not in line:
        return False
    nouns = [m.group(1) for m in _BARE_DEFINITE_END.finditer(line)]
    if not nouns:
        return False
    introduced, classes = _introduced_and_class_nouns(analysis)
    return any(noun in classes or introduced.get(noun, before) < before for noun in nouns)


def _role_sentence(e, role: str, analysis: Analysis) -> int:
    """The id of the first sentence of the entity's that writes `role` (its
    first letter in either case), or after its last one when none does."""
    rest = role[1:]
    for sid in e.sentences:
        text = analysis.sentences[sid].text
        at = text.find(rest, 1)
        while at >= 1:
            if same_ignoring_case(text[at - 1], role[0]):
                return sid
            at = text.find(rest, at + 1)
    return max(e.sentences, default=-1) + 1


def _introduced_and_class_nouns(analysis: Analysis) -> tuple[dict[str, int], set[str]]:
    """The common nouns the text writes after « un », « une » (lower case ->
    the first sentence's id; past the last one for a noun its lead writes),
    and those it writes between a definite article and a name (« la société
    Avio »): read once per analysis, off the words."""
    key = "introduced_and_class_nouns"
    found = analysis.memo.get(key)
    if found is None:
        introduced: dict[str, int] = {}
        classes: set[str] = set()
        lead = analysis.sentences[0].block if analysis.sentences else None
        for s in analysis.sentences:
            w = words_of(s.doc)
            lower, pos, text = w.lower, w.pos, w.text
            for i in range(1, w.n - 1):
                if pos[i] != "NOUN" or not text[i][:1].islower():
                    continue
                if s.block == lead:
                    # What the lead names is the story's own (« le record de
                    # l'épreuve », then « l'ancien détenteur du record »): never before.
                    introduced.setdefault(lower[i], len(analysis.sentences))
                elif lower[i - 1] in ("un", "une") and not inside_quote(s.text, w.idx[i]):
                    introduced.setdefault(lower[i], s.id)
                if (lower[i - 1] in ("la", "le", "l'", "l’") and pos[i + 1] == "PROPN" and text[i + 1][:1].isupper()
                        and w.ent_iob[i + 1] == 3):
                    classes.add(lower[i])
        found = analysis.memo[key] = (introduced, classes)
    return found


def _statements_about(e, analysis: Analysis, d: _Derived, most: int = 2, where: str | None = None) -> list[str]:
    if where is not None:
        keep = lambda f: where.lower() in f.lower()  # noqa: E731
    else:
        # (A person's surname alone names the person; the last word of an
        # organisation's name does not: « rugby » of « Ligue nationale de rugby ».)
        last = e.name.split()[-1] if e.label == "PER" else e.name  # (once, not per form)
        keep = lambda f: last in f or any(x in f for x in e.forms)  # noqa: E731
    # (Not a state the next sentence changes: see `outline.state_taken_up`.)
    sentences = (analysis.sentences[sid] for sid in e.sentences if not state_taken_up(analysis, analysis.sentences[sid]))
    if where is not None:
        # « Qu'en est-il à Orléans ? » asks what happens there, not who goes there.
        sentences = (s for s in sentences if not _only_a_destination(s, where, e.name))
    if where is None:
        # « Selon la préfète, Sophie Vandenberghe, aucun pronostic vital n'était
        # engagé. » tells nothing of Sophie Vandenberghe.
        sentences = (s for s in sentences if not _only_a_source(s, [e.name, *e.forms]))
    if e.label == "LOC" and where is None:
        # What is known of a country or a town: what it does or is, not a
        # statement that names it in passing (« … d'expulsions de diplomates
        # par la France », « l'Institut de géosciences de Tirana »).
        sentences = (s for s in sentences if _subject_in(s, e.name))
    return _answers(d, sentences, keep, most)


# Verbs of going or being brought somewhere, and of being expected there: a
# place after them is where someone goes (« était attendu lundi à Orléans »,
# « s'est rendu à Marseille », « arrivé à Lyon », « transportés à l'hôpital »),
# not where the sentence's event happens. (« rendre » only with « se ».)
_GOING_LEMMAS = {"aller", "venir", "arriver", "partir", "repartir", "revenir", "retourner", "rentrer", "attendre",
                 "déplacer", "rejoindre", "transporter", "transférer", "évacuer", "conduire", "emmener", "amener",
                 "envoyer", "acheminer", "dépêcher", "diriger", "accompagner", "convoquer", "rapatrier"}


def _only_a_destination(s: Sentence, where: str, name: str) -> bool:
    """Whether the place phrase `where` (« à Orléans », ending on the place's
    `name`), wherever the sentence writes it, complements a verb of
    `_GOING_LEMMAS`: the sentence tells who goes or is expected there, which
    answers nothing of « Qu'en est-il à Orléans ? ». False when the sentence
    does not write the phrase."""
    low = s.text.lower()
    w = words_of(s.doc)
    found = False
    for at in _standalone(where.lower(), low):
        found = True
        # The name's head word (the token of it whose head is outside it), after the preposition.
        a, b = bisect_left(w.idx, at + len(where) - len(name)), bisect_left(w.idx, at + len(where))
        k = next((k for k in range(a, b) if not a <= w.head[k] < b), None)
        if k is None:
            return False
        verb = w.head[k]
        lemma = s.doc[verb].lemma_
        if not (lemma in _GOING_LEMMAS or (lemma == "rendre" and any(
                w.lower[c] in ("se", "s'", "s’", "me", "m'", "te", "t'", "nous", "vous") for c in w.children(verb)))):
            return False
    return found


_SAYING_AUX = {"a", "avait", "ont", "avaient", "aura", "aurait", "est", "était", "sont", "s'", "s’", "se"}


def _only_a_source(s: Sentence, forms: list[str]) -> bool:
    """Whether the sentence names someone (any of `forms`) only as the source
    of what it says: inside a group in « selon », « d'après », « suivant »
    that a clause with its own subject follows (« Selon la préfète, Sophie
    Vandenberghe, aucun pronostic vital n'était engagé. »), or as the
    inverted subject of a saying verb that ends it (« Aucun pronostic vital
    n'était engagé, a précisé la préfète, Sophie Vandenberghe. »). Such a
    sentence says nothing of that person. False when it does not name them."""
    w = words_of(s.doc)
    spans = sorted({(at, at + len(f)) for f in forms if f and f in s.text for at in _standalone(f, s.text)},
                   key=lambda x: (x[0], -x[1]))
    found = False
    last_end = -1
    for a, b in spans:
        if b <= last_end:
            continue  # (« Vandenberghe » inside « Sophie Vandenberghe »)
        last_end = b
        found = True
        first, end = bisect_left(w.idx, a), bisect_left(w.idx, b)
        if not (_in_source_group(w, first, end) or _inverted_sayer(w, s, first, end) or _learnt_from(w, first, end)):
            return False
    return found


def _learnt_from(w, first: int, end: int) -> bool:
    """Tokens first..end close the sentence in an incise that names where
    the news was learnt (« …, a-t-on appris auprès de la Ligue nationale de
    rugby (LNR). »): the source, not what the sentence tells of."""
    start = _group_before(w, first)
    verb = start - 1
    if verb < 2 or w.lower[start] != "auprès" or w.pos[verb] != "VERB":
        return False
    k = verb - 1
    while k > 0 and (w.lower[k] in ("-on", "on", "-t") or w.lower[k] in _SAYING_AUX):
        k -= 1
    if w.text[k] != "," or not any(w.lower[x] in ("-on", "on") for x in range(k + 1, verb)):
        return False
    k = end
    if k < w.n and w.text[k] == "(":
        k = next((x + 1 for x in range(k, w.n) if w.text[x] == ")"), w.n)  # (« (LNR) »)
    k = _appositions_after(w, k)
    return all(w.punct[j] for j in range(k, w.n))


def _group_before(w, k: int) -> int:
    """The first token of the verbless stretch (a noun group, its appositions)
    that ends before token k, commas allowed."""
    while k > 0 and w.pos[k - 1] not in ("VERB", "AUX") and (not w.punct[k - 1] or w.text[k - 1] in ",-"):
        k -= 1
    return k


def _appositions_after(w, k: int) -> int:
    """Past the verbless segments between commas that follow token k (the
    name's appositions: « , le maire, »): the index of the first token after
    the last comma that closes one (or the end)."""
    while k < w.n and w.text[k] == ",":
        j = k + 1
        while j < w.n and not w.punct[j] and w.pos[j] not in ("VERB", "AUX") and w.lower[j] not in RELATIVE_PRONOUNS:
            j += 1
        if j < w.n and w.text[j] == ",":
            k = j
        else:
            break
    return k


def _in_source_group(w, first: int, end: int) -> bool:
    """Tokens first..end sit in a group opened by a source word, and what
    follows that group is a clause with a subject of its own (not a verb:
    « Selon le rapport, Jean Dupont a menti » makes him the subject)."""
    start = _group_before(w, first)
    opener = next((k for k in range(start, first) if w.lower[k] in ("selon", "suivant")
                   or (w.lower[k] == "après" and k > 0 and w.lower[k - 1] in ("d'", "d’"))), None)
    if opener is None:
        return False
    k = _appositions_after(w, end)
    if k >= w.n or w.text[k] != ",":
        return False  # (the group does not end on a comma before a clause)
    nxt = k + 1
    return nxt < w.n and w.pos[nxt] not in ("VERB", "AUX") and not (
        w.pos[nxt] == "PRON" or w.lower[nxt] in ("ne", "n'", "n’"))


def _inverted_sayer(w, s: Sentence, first: int, end: int) -> bool:
    """Tokens first..end are the subject of a saying verb put after it, in an
    incise after a comma or a quotation that ends the sentence (« …, a
    précisé la préfète, Sophie Vandenberghe. »)."""
    start = _group_before(w, first)
    verb = start - 1
    if verb < 1 or w.pos[verb] not in ("VERB",) or s.doc[verb].lemma_ not in SAYING:
        return False
    k = verb - 1
    while k > 0 and w.lower[k] in _SAYING_AUX:
        k -= 1
    if w.text[k] not in (",", "»"):
        return False
    # Nothing after the name but its appositions and the final stop.
    k = _appositions_after(w, end)
    return all(w.punct[j] for j in range(k, w.n))


# An apposition after a name (see `_subject_in`): « , la princesse … ».
_APPOSITION_AFTER = re.compile(r",\s+(?:le|la|les|l['’]|un|une)\s*[a-zà-ÿ]")


def _subject_in(s: Sentence, name: str) -> bool:
    """Whether `name` is in `s` a subject of a verb (its word the parse's
    « nsubj »), or followed by an apposition that says what it is (« celui
    d'Europe, la princesse phénicienne … »)."""
    if find_literal(s.text, name, after=_APPOSITION_AFTER) >= 0:
        return True
    w = words_of(s.doc)
    at = s.text.find(name)
    while at >= 0:
        first = bisect_left(w.idx, at)
        for t in range(first, bisect_left(w.idx, at + len(name))):
            if w.dep[t].startswith("nsubj"):
                return True
        at = s.text.find(name, at + 1)
    return False


_PLACE_PREP = re.compile(r"\b(à|au|aux|en|dans l'|dans le|dans la|dans les)\s?$", re.I)
# How far before its end a match of _PLACE_PREP may start: « dans les », a
# space, and a final line break (before which « $ » matches too).
_PLACE_PREP_REACH = 10


def _is_word_or_hyphen(c: str) -> bool:
    return c.isalnum() or c in "_-"  # as the patterns' [\w-]


def _standalone(form: str, text: str):
    """Where `form` stands in `text` with no word character or hyphen on
    either side: the matches of « (?<![\\w-])form(?![\\w-]) », without
    compiling a pattern per form (each one is new to a process)."""
    at, n = text.find(form), len(text)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not _is_word_or_hyphen(text[at - 1])) and (end == n or not _is_word_or_hyphen(text[end])):
            yield at
            at = text.find(form, max(end, at + 1))  # (matches do not overlap; an empty one moves on)
        else:
            at = text.find(form, at + 1)


def _place_phrase(e, analysis: Analysis) -> str | None:
    """« à New York », « au Japon », « dans le New Jersey »: the place with the
    preposition the text itself puts before it (None when it never does)."""
    preps: dict[str, int] = {}
    for sid in e.sentences:
        text = analysis.sentences[sid].text
        for form in [e.name, *e.forms]:
            if form not in text:
                continue
            for at in _standalone(form, text):
                # (As a search of text[:at], in the only place a match can be.)
                p = _PLACE_PREP.search(text, max(0, at - _PLACE_PREP_REACH), at)
                if p:
                    prep = p.group(1).lower()
                    preps[prep] = preps.get(prep, 0) + 1
    if not preps:
        return None
    prep = sorted(preps, key=lambda k: (-preps[k], k))[0]
    return prep + e.name if prep.endswith("'") else f"{prep} {e.name}"


# An acronym (« ARS », « TER », « SNCF »), and what the text writes before
# one: an article or a contracted one (« l'ARS », « le TER », « du TER »).
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[^\w’'-]))(l['’]|(?:le|la|les|un|une|du|au|des|aux)\s)$", re.I)
_ARTICLE_KINDS = {"le": "Masc", "un": "Masc", "du": "Masc", "au": "Masc", "la": "Fem", "une": "Fem",
                  "les": "Plur", "des": "Plur", "aux": "Plur", "l'": "Elided", "l’": "Elided"}
_EXPANSION_SMALL_WORDS = frozenset(("de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "en", "à", "aux", "au",
                                    "pour", "sur"))


def _with_article_or_acronym(phrase: str, analysis: Analysis) -> str:
    """`with_article`, and for a phrase opening on the acronym of a common
    noun, which the text writes with an article (« L'ARS Occitanie alerte
    … », « Un train express régional (TER) … »), that article: « l'ARS
    Occitanie », « le TER » (« L'essentiel sur ARS Occitanie », « Que
    sait-on de TER ? » are no French)."""
    out = with_article(phrase, analysis)
    if out != phrase:
        return out
    first = phrase.split(" ", 1)[0]
    if not _ACRONYM_WORD.fullmatch(first):
        return out
    article = _acronym_article(first, analysis)
    return article + phrase if article else out


def _acronym_article(acronym: str, analysis: Analysis) -> str:
    """The definite article the text gives an acronym (« l' », « le »,
    « la »), or "" when it writes it with none: the determiners it sets
    right before it in the headline and the body (« l'ARS », « le TER »,
    « du TER »), else the one of its expansion (« Un train express régional
    (TER) », the expansion's initials the acronym's letters). A singular
    one tells; a plural one alone (« des TER ») does not. « l' » before an
    acronym opening on a vowel (« l'ARS »), never before another (« la
    SNCF »); « l' » of an expansion before one opening on a consonant: its
    gender unknown, none."""
    key = ("acronym_article", acronym)
    known = analysis.memo.get(key)
    if known is not None:
        return known
    text = (analysis.source.title or "") + "\n" + joined_text(analysis)
    kinds: Counter = Counter()
    expansion: Counter = Counter()
    at = text.find(acronym)
    while at >= 0:
        end = at + len(acronym)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and (
                end == len(text) or not (text[end].isalnum() or text[end] == "-")):
            m = _ARTICLE_BEFORE.search(text, max(0, at - 4), at)
            if m:
                kinds[_ARTICLE_KINDS[m.group(1).strip().lower()]] += 1
            elif text[at - 1 : at] == "(" and text[end : end + 1] == ")":
                kind = _expansion_article(text[max(0, at - 120) : at - 1], acronym)
                if kind:
                    expansion[kind] += 1
        at = text.find(acronym, end)
    vowel = acronym[0] in "AEIOUY"
    article = ""
    for counts in (kinds, expansion):
        if vowel and (counts["Elided"] or counts["Masc"] or counts["Fem"]):
            article = "l'"
            break
        if not vowel and (counts["Masc"] or counts["Fem"]) and counts["Masc"] != counts["Fem"]:
            article = "le " if counts["Masc"] > counts["Fem"] else "la "
            break
    analysis.memo[key] = article
    return article


def _expansion_article(before: str, acronym: str) -> str | None:
    """The kind of the determiner (see _ARTICLE_KINDS) before the
    expansion that `before` ends on, its initials the acronym's letters
    (« Un train express régional », « L'agence régionale de santé »), its
    small words (« de », « la ») skipped; None when it ends on none."""
    words = re.sub(r"(['’])", r"\1 ", before).split()
    letters = acronym.lower()
    k = len(words)
    matched = len(letters)
    while k > 0 and matched > 0:
        word = words[k - 1].lower()
        if word in _EXPANSION_SMALL_WORDS:
            k -= 1
            continue
        if not word[:1].isalpha() or word[0] != letters[matched - 1]:
            return None
        matched -= 1
        k -= 1
    if matched or k == 0:
        return None
    return _ARTICLE_KINDS.get(words[k - 1].lower())


def _has_future(doc) -> bool:
    """A verb of the sentence, any, in the future (« aura lieu »), « devoir » or
    « prévoir », or a near future: « va être lancée », « vont ouvrir »
    (« aller » in the present before an infinitive). (Read off the words:
    the lemma by its hash, no token built.)"""
    w = words_of(doc)
    pos, feats, lower = w.pos, w.feats, w.lower
    lemmas = None  # the hashes of « devoir » and « prévoir », once a verb is met
    for i, p in enumerate(pos):
        if p != "VERB" and p != "AUX":
            continue
        if "Fut" in feats[i].get("Tense", ()):
            return True
        if lemmas is None:
            strings = doc.vocab.strings
            lemmas = (strings["devoir"], strings["prévoir"])
        if w.lemma_hash[i] in lemmas:
            return True
        if lower[i] in ("va", "vont") and i + 1 < w.n and pos[i + 1] in ("VERB", "AUX") and (
                "Inf" in feats[i + 1].get("VerbForm", ())):
            return True
    return False


def _tells_future(doc) -> bool:
    """The sentence's main verb is in the future (« aura lieu »), « devoir »
    or « prévoir » (« est prévue vendredi »), or a near future: « va être
    lancée », « vont ouvrir » (« aller » in the present before an
    infinitive); or it announces a future (« a annoncé qu'il recevra … »).
    Its main verb, read off the words (a relative clause is often parsed as
    the root): the first finite one out of quotations and out of a relative
    clause (a relative pronoun since the comma before it): not « qui fêtera
    ses cinquante ans » of « Le site, ouvert en 1974 et qui fêtera …, n'a
    pas dégagé de bénéfice … », nor « doit » of « « Cet accident ne doit
    pas servir … », a ajouté … ». A negated one tells no plan. (The lemma by
    its hash, no token built.)"""
    w = words_of(doc)
    pos, feats, lower, text = w.pos, w.feats, w.lower, w.doc_text
    relative = False  # a relative pronoun since the last comma
    main = None
    for i in range(w.n):
        if w.text[i] == ",":
            relative = False
        elif lower[i] in RELATIVE_PRONOUNS:
            relative = True
        elif w.verb_finite[i] and not relative and not inside_quote(text, w.idx[i]):
            main = i
            break
    if main is None:
        return False
    v = w.head[main] if w.dep[main].startswith("aux") or w.dep[main] == "cop" else main
    verbs = [v] + [c for c in w.children(v) if w.dep[c].startswith("aux")]
    if any(lower[c] in ("ne", "n'", "n’") for c in w.children(v)):
        return False
    strings = doc.vocab.strings
    lemmas = (strings["devoir"], strings["prévoir"])
    for i in verbs:
        if "Fut" in feats[i].get("Tense", ()) or w.lemma_hash[i] in lemmas:
            return True
        if lower[i] in ("va", "vont") and (i + 1 < w.n and "Inf" in feats[i + 1].get("VerbForm", ()) or any(
                w.dep[c] == "xcomp" and "Inf" in feats[c].get("VerbForm", ()) for c in w.children(v))):
            return True
    # « … a annoncé qu'il recevra les syndicats lundi »: the future it says.
    if any(w.dep[c] == "ccomp" and "Fut" in feats[c].get("Tense", ()) and not inside_quote(text, w.idx[c])
           for c in w.children(v)):
        return True
    # Read off the words when the parse hangs the future elsewhere (« a
    # annoncé que le conseil municipal votera lundi … »: « votera » an
    # adjective of « lundi »): the first finite verb after the « que » that
    # follows the main verb, out of a relative clause and of quotations.
    i = v + 1
    while i < w.n and not (lower[i] in ("que", "qu'", "qu’") and pos[i] == "SCONJ"):
        if w.text[i] in (",", ";", ":") or w.verb_finite[i]:
            return False  # (a « que » of the same clause only)
        i += 1
    relative = False
    for k in range(i + 1, w.n):
        if w.text[k] in (",", ";", ":"):
            relative = False
        elif lower[k] in RELATIVE_PRONOUNS:
            relative = True
        elif (w.verb_finite[k] or (pos[k] in ("VERB", "AUX") and "Fut" in feats[k].get("Tense", ()))) and not relative:
            return "Fut" in feats[k].get("Tense", ()) and not inside_quote(text, w.idx[k]) and not any(
                lower[c] in ("ne", "n'", "n’") for c in w.children(k))
    return False


def what_next(analysis: Analysis, d: _Derived) -> list[str]:
    d.section = "next"
    items = []
    for s in analysis.sentences:
        # (`_first_free` takes nothing of an exhausted sentence: tested first, it is cheaper.)
        if d.exhausted(s, 3, 1) or not _has_future(s.doc) or _continues_dated_past(analysis, s):
            continue
        # A future out of the main clause (« Le site, … qui fêtera ses
        # cinquante ans …, n'a pas dégagé de bénéfice … »): only the
        # statements made of its own clause (« La nouvelle série sera
        # dévoilée le 10 janvier 2013 »), never the sentence.
        forms = _short_forms(s)
        if not _tells_future(s.doc):
            own = set(relative_statements(s) + clauses(s))
            forms = [f for f in forms if f in own and f != s.text]
        t = _first_free(d, s, forms, lambda f: _FUTURE_HINT.search(f))
        if t:
            items.append(t)
        if len(items) >= NEXT_MAX:
            break
    return items


def _article(plan: Plan, analysis: Analysis, blocks: list[Block]) -> Article:
    title, description = plan.title, plan.description
    if article_names(analysis):
        # A name's capital article that a line, a heading or the title lowered
        # (« Volume de courrier : la Poste supprime … ») is given back.
        title, description = with_name_articles(title, analysis), with_name_articles(description, analysis)
        for b in blocks:
            b.text = with_name_articles(b.text, analysis)
            b.items = [with_name_articles(x, analysis) for x in b.items]
    return Article(
        title=title, description=description, slug=plan.slug,
        keyword=plan.focus.text, keyword_how=plan.focus.how,
        keywords=[k.text for k in plan.secondary], blocks=blocks,
        date=analysis.source.dateline, location=analysis.source.location,
    )


def _tell_of(d: _Derived, section: str, lines: list[str], keyphrase: str) -> bool:
    """Whether the section's lines, or the sentences that gave them, name
    what the keyphrase names (its head noun or one of its names: « Cassini »
    of « la sonde Cassini »): « Les chiffres clés du tribunal administratif
    de Nantes » over figures of a wind farm told them the tribunal's."""
    words = keyphrase.split()
    # (Only the names before the first « de »: « Nantes » of « tribunal
    # administratif de Nantes » names the town, not the tribunal; lines of the
    # city do not tell of « la mairie de Saint-Nazaire ».)
    own = next((k for k, word in enumerate(words) if word.lower() in ("de", "du", "des") or word.lower().startswith(("d'", "d’"))),
               len(words))
    heads = {words[0], *(word for word in words[1:own] if word[:1].isupper())}
    texts = lines + [s.text for s in d.analysis.sentences if (section, s.id) in d.in_section]
    if len(heads) > 1 and words[0][:1].islower():
        # « le coq Maurice » does not tell of « coq Marcel »: the head noun, then
        # another name, is another of its kind (a case the text recalls).
        texts = [_without_others_of_kind(text, words[0], words) for text in texts]
    return any(kpm.contains(text, head) for text in texts for head in heads)


# A capitalised word right after another (the name after a common noun: « coq Maurice »).
_NAME_AFTER = re.compile(r"\s+([A-ZÀ-Ý][\w'’-]*)")


def _without_others_of_kind(text: str, noun: str, own: list[str]) -> str:
    """`text` without each `noun` that another name than the keyphrase's
    (`own` words) follows: « le coq Maurice est mort » -> « le  est mort »."""
    cuts = []
    for a, b in word_matches(text, noun):
        m = _NAME_AFTER.match(text, b)
        if m and m.group(1) not in own:
            cuts.append((a, b))
    for a, b in reversed(cuts):
        text = text[:a] + text[b:]
    return text


def write(analysis: Analysis, plan: Plan, options: Options) -> Article:
    d = _Derived(analysis)
    topic = _with_article_or_acronym(plan.focus.text, analysis)
    # A common noun group with no article the text gives it (« récolte
    # réduite ») goes in no heading: « L'essentiel sur récolte réduite » is no French.
    named = bool(re.match(r"[A-ZÀ-Ý]|(?:les?|la) |l['’]", topic))
    blocks: list[Block] = [Block("lead", " ".join(s.text for s in plan.lead))]

    points = key_points(analysis, plan, d)
    if len(points) >= 2:
        blocks += [Block("h2", f"L'essentiel sur {topic}" if named else "L'essentiel"), Block("ul", items=points)]

    for sec in plan.sections:
        blocks.append(Block("h2", sec.heading))
        for par in sec.sentences:
            blocks.append(Block("p", " ".join(s.text for s in par)))

    figures = key_figures(analysis, d)
    if len(figures) >= 2:
        blocks += [Block("h2", f"Les chiffres clés {de(topic)}" if named and _tell_of(d, "figures", figures, plan.focus.text)
                                  else "Les chiffres clés"), Block("ul", items=figures)]
    else:
        d.forget_section("figures")  # no such section: its lines repeat nothing the chronology says
    dates = chronology(analysis, d) or week_chronology(analysis, d)

    def chronology_heading(lines: list[str]) -> str:
        # (Of the keyphrase only when its lines tell of it, as the figures'.)
        return f"Chronologie {de(topic)}" if named and _tell_of(d, "dates", lines, plan.focus.text) else "Chronologie"
    dates_at = len(blocks)
    if len(dates) >= 2:
        blocks += [Block("h2", chronology_heading(dates)), Block("ul", items=dates)]
    upcoming = what_next(analysis, d)
    if upcoming:
        # (Of the keyphrase only when its lines tell of it, as the figures'.)
        blocks += [Block("h2", f"Ce qui se prépare pour {topic}" if named and _tell_of(d, "next", upcoming, plan.focus.text)
                                  else "Ce qui se prépare"), Block("ul", items=upcoming)]
    said, speakers = quotations(analysis)
    if said:
        who = speakers[0] if len(speakers) == 1 else " et ".join([", ".join(speakers[:-1]), speakers[-1]])
        heading = f"Ce qu'a déclaré {who}" if len(speakers) == 1 else f"Ce qu'ont déclaré {who}"
        blocks += [Block("h2", heading), Block("ul", items=said)]
    qa = faq(analysis, plan, d)
    if qa:
        blocks.append(Block("h2", f"Questions-réponses sur {topic}" if named else "Questions-réponses"))
        for q, a in qa:
            blocks += [Block("h3", q), Block("p", a)]

    article = _article(plan, analysis, blocks)
    words = sum(word_count(t) for t in article.body_texts())
    if d.spare_dates and (words < options.min_words or len(dates) == 1):
        # The length asked outranks a statement said twice: the chronology's
        # lines refused as said under a figure come back when, and only when,
        # they make up the words the article lacks, or keep the section (of
        # two lines at least) for a date line that repeats nothing.
        full = dates[:]
        # (To keep the section, one line is enough: the first refused.)
        spare = d.spare_dates if words < options.min_words else d.spare_dates[:1]
        for at, line in reversed(spare):
            full.insert(at, line)
        more = blocks[:dates_at] + [Block("h2", chronology_heading(full)), Block("ul", items=full)] + blocks[
            dates_at + (2 if len(dates) >= 2 else 0):]
        longer = _article(plan, analysis, more)
        more_words = sum(word_count(t) for t in longer.body_texts())
        if len(full) >= 2 and (more_words >= options.min_words or len(dates) == 1):
            article, words = longer, more_words
    if words < options.min_words:
        article.notes.append(
            f"the input ({analysis.words} words) holds material for {words} words of article, "
            f"short of the {options.min_words} asked: no more can be derived without inventing; "
            "add facts to the draft (context, figures, quotations) or lower --min-words"
        )
    return article
