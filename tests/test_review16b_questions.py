"""Session 15, round 2: code review cr16a's findings on the FAQ's questions
(engines/questions.py) and on rephrase.py, each test on the reviewer's
sentence."""

from seoarticle.analysis import analyse
from seoarticle.engines.offline import specific_questions
from seoarticle.reader import read
from seoarticle.rephrase import _replace_outside_quotes


def _asked(text: str) -> dict[str, str]:
    """The questions asked of `text`, with their short answers."""
    return {q.text: q.answer for q in specific_questions(analyse(read(text)))}


def test_a_question_does_not_name_one_item_of_a_list_the_parse_missed():
    """cr16a CA-1: « Quand le ministère a-t-il versé des aides aux éleveurs
    ? » of « … des aides aux éleveurs, aux abattoirs et aux transporteurs »
    (one of three): the parse gave the list no « conj » to read by."""
    asked = _asked("Le ministère a versé le 20 novembre des aides aux éleveurs, aux abattoirs et aux transporteurs.")
    assert asked == {"Quand le ministère a-t-il versé des aides ?": "Le 20 novembre."}, asked
    asked = _asked("La maladie a été détectée le 20 novembre chez des canards, des poulets et des dindes.")
    assert asked == {"Quand la maladie a-t-elle été détectée ?": "Le 20 novembre."}, asked
    asked = _asked("La préfecture a accordé le 20 novembre des dérogations à Dole, Lons-le-Saunier et Champagnole.")
    assert asked == {"Quand la préfecture a-t-elle accordé des dérogations ?": "Le 20 novembre."}, asked
    # A comma before no list: the complement stays.
    asked = _asked("Le ministre s'est rendu le 3 mars à Dole, où il a rencontré les élus et les agriculteurs.")
    assert "Quand le ministre s'est-il rendu à Dole ?" in asked, asked
    # A name, then its apposition: no list.
    asked = _asked("La cour d'appel de Rennes a relaxé jeudi 5 février l'ancien maire de Saint-Malo, Yves Kerbrat, qui "
                   "avait été condamné en première instance à dix-huit mois d'emprisonnement avec sursis et cinq ans "
                   "d'inéligibilité pour prise illégale d'intérêts.")
    assert "Quand la cour d'appel de Rennes a-t-elle relaxé l'ancien maire de Saint-Malo ?" in asked, asked


def test_what_is_is_not_asked_of_a_kind_its_name_tells():
    """cr16a CA-2: « Quelle est la grippe aviaire ? », « Quelle est la maladie
    de Lyme ? »: an indefinite defines the kind the subject names, whatever
    its length; and « Quelles sont les frelons asiatiques ? » (masculine)."""
    for text in ("La grippe aviaire est une maladie virale très contagieuse.",
                 "La maladie de Lyme est une infection transmise par les tiques.",
                 "La fièvre catarrhale ovine est une maladie animale.",
                 "Les frelons asiatiques sont des insectes invasifs."):
        assert not any(q.startswith("Quel") for q in _asked(text)), text
    asked = _asked("La seule option envisagée par les syndicats est une grève reconductible dès lundi.")
    assert "Quelle est la seule option envisagée par les syndicats ?" in asked, asked


def test_a_demonstrative_made_an_article_contracts_after_an_elided_a():
    """cr16a CA-3: « jusqu'à ces analyses complémentaires » became « jusqu'à
    les analyses complémentaires »."""
    assert _replace_outside_quotes("valable jusqu'à ces dates", " ces ", " les ") == "valable jusqu'aux dates"
    assert _replace_outside_quotes("valable jusqu’à ce jour", " ce ", " le ") == "valable jusqu’au jour"
    assert _replace_outside_quotes("lié à ces produits", " ces ", " les ") == "lié aux produits"
