"""Review 22, fixer d: the FAQ (/work/rev22/E_report.md, F_report.md).

E-F4: « Seuls les services d'incendie et de secours (SDIS) »: the word that
opens the sentence was read into the acronym's expansion.
F-F4: « interdite en France sans autorisation préfectorale »: the question
dropped the condition and made the ban absolute.
E-G5: « …, trois jours après le braquage …, a-t-on appris de source
policière. » was cut off its sentence as a clause of its own.
E-G6: « Quand les incendies ont-elles détruit … ? »: the gender guessed from
the noun's ending, where the text's articles tell it (« du seul incendie »).
E-G8, F-M5: « X est l'ancien député. »: a former office with no complement
takes « un »; one whose holder's current role (« Son directeur de campagne,
l'ancien député … ») cannot be said is not asked.
F-M3: « des chiffres nettement inférieurs » in an answer read alone: lower
than what?"""

from __future__ import annotations

from pathlib import Path

from reading import answer, article_md, faq_answer

FIXTURES = Path(__file__).parent / "fixtures"


def _md(name: str) -> str:
    return article_md(str(FIXTURES / name))


def _faq(md: str) -> str:
    return md[md.find("## Questions-réponses"):] if "## Questions-réponses" in md else ""


def _analyse(body: str):
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    return analyse(read("Titre de l'article de test\n\n" + body))


# E-F4


def test_a_sentences_opening_word_is_not_in_the_acronym():
    md = _md("review22e_t04_interdiction_brulage.txt")
    assert (answer(md, "Que désigne le sigle SDIS ?")
            == "Le sigle SDIS désigne les services d'incendie et de secours.")
    assert "désigne Seuls" not in md


def test_an_acronym_read_past_the_adverb_that_opens_its_sentence():
    a = _analyse("Seuls les services d'incendie et de secours (SDIS) pourront pratiquer des brûlages dirigés. "
                 "Le préfet a signé l'arrêté vendredi.")
    assert a.acronyms == {"SDIS": "services d'incendie et de secours"}
    # A first word whose letter the acronym needs stays (« Nouvelle »), and a noun is never dropped.
    assert _analyse("Nouvelle Aquitaine Mobilités (NAM) a lancé un appel d'offres. Le texte continue.").acronyms == {
        "NAM": "Nouvelle Aquitaine Mobilités"}
    assert _analyse("Haute Autorité de santé (HAS) : le rapport est publié mardi. Le texte continue.").acronyms == {
        "HAS": "Haute Autorité de santé"}


# F-F4


def test_a_conditional_ban_is_not_asked_as_an_absolute_one():
    faq = _faq(_md("review22f_t05_fouilles.txt"))
    assert "interdite ?" not in faq
    assert "En France." not in faq


def _when_questions(body: str) -> list[str]:
    from seoarticle.engines import questions

    s = _analyse(body).sentences[0]
    return [q.text for q in (questions.when(s, d) for d in s.dates) if q is not None]


def test_a_question_keeps_the_condition_or_is_not_asked():
    # (main: « Quand la baignade est-elle interdite ? », the place and the condition gone.)
    asked = _when_questions("La baignade est interdite dans le lac d'Annecy sans autorisation municipale depuis 2019. "
                            "Le maire a signé un arrêté.")
    assert all("sans autorisation municipale" in q for q in asked)
    # An exception after a comma: no question (main: « Depuis quand les barbecues sont-ils interdits … ? »).
    assert _when_questions("Les barbecues sont interdits dans les forêts du Var depuis le 1er juin 2024, sauf sur les "
                           "aires aménagées par les communes. Le préfet a signé un arrêté.") == []
    assert _when_questions("Les feux de camp seront interdits à Marseille à partir du 1er juillet 2024, sauf "
                           "autorisation du maire. Le préfet a signé un arrêté.") == []
    # Without a condition, the question stays.
    assert _when_questions("La chasse est interdite dans la forêt de Fontainebleau depuis le 1er mars 2024. "
                           "Le préfet a signé un arrêté.") == [
        "Depuis quand la chasse est-elle interdite dans la forêt de Fontainebleau ?"]


# E-G5


def test_an_adjunct_and_its_source_are_no_answer():
    md = _md("review22e_t02_braquage_banque.txt")
    assert "Trois jours après le braquage d'une agence du Crédit Mutuel à Villeurbanne, a-t-on appris" not in md
    assert "\nTrois jours après" not in md


def test_a_part_whose_only_verb_is_the_incise_is_no_clause():
    from seoarticle.rephrase import clauses

    def parts(body):
        return clauses(_analyse(body).sentences[0])

    assert parts("Le maire de Vienne a démissionné lundi soir, deux semaines après sa mise en examen pour "
                 "favoritisme, a-t-on appris auprès de la préfecture. Il conteste les faits.") == [
        "Le maire de Vienne a démissionné lundi soir."]
    assert parts("Deux hommes ont été interpellés jeudi à Lyon, trois jours après le braquage qui a visé une agence "
                 "de la Caisse d'épargne, a-t-on appris de source policière. Ils sont en garde à vue.") == [
        "Deux hommes ont été interpellés jeudi à Lyon."]
    # A clause before the incise stands.
    assert "Les travaux de réfection reprendront lundi, a-t-il précisé." in parts(
        "Le pont de Cheviré sera fermé dimanche, les travaux de réfection reprendront lundi, a-t-il précisé. "
        "Les automobilistes sont invités à se reporter sur le périphérique.")


# E-G6


def test_the_inversion_takes_the_gender_the_text_gives_the_noun():
    md = _md("review22e_t04_interdiction_brulage.txt")
    assert answer(md, "Quand les incendies ont-ils détruit plus de 7 000 hectares ?") == "En 2017."
    assert "ont-elles" not in md


def test_with_text_gender_reads_the_whole_text():
    from seoarticle.engines import questions

    a = _analyse("Le premier incendie s'est déclaré lundi dans le massif. En 2017, les incendies avaient détruit "
                 "plus de 7 000 hectares dans le Var.")
    s = a.sentences[1]
    q = questions.when(s, s.dates[0])
    assert q is not None
    text = " ".join(x.text for x in a.sentences)
    assert questions.with_text_gender(q, text).text == "Quand les incendies ont-ils détruit plus de 7 000 hectares ?"
    # No article elsewhere: the question is left as it was.
    assert questions.with_text_gender(q, s.text).text == q.text


# E-G8, F-M5


def test_a_former_office_alone_takes_the_indefinite_article():
    md = _md("review22e_t05_coq_tribunal.txt")
    assert faq_answer(md, "Pierre Morel-À-L'Huissier") == "Pierre Morel-À-L'Huissier est un ancien député."


def test_a_former_office_is_no_answer_when_the_current_role_cannot_be_said():
    md = _md("review22f_t06_recomptage.txt")
    assert faq_answer(md, "Marc-Antoine Reboul") is None
    assert "est l'ancien député." not in md


# F-M3


def test_an_answer_does_not_compare_with_what_it_does_not_say():
    faq = _faq(_md("review22f_t03_medecins.txt"))
    assert "nettement inférieurs" not in faq


def test_open_comparative():
    from seoarticle.engines.offline import _open_comparative

    assert _open_comparative("L'ARS avance des chiffres nettement inférieurs : 28 % de médecins grévistes.")
    assert _open_comparative("Le bilan de l'année est supérieur, selon la direction.")
    assert not _open_comparative("Les températures sont nettement supérieures à la normale.")
    assert not _open_comparative("Il enseigne dans l'enseignement supérieur depuis 2010.")
    assert not _open_comparative("Le Conseil supérieur de l'audiovisuel a rendu son avis.")
    assert not _open_comparative("« Les chiffres sont bien inférieurs », a-t-il dit.")
