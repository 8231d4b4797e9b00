"""Session 15, review 16's findings on the FAQ's questions asked of one
element of a sentence (engines/questions.py): each test on the reviewer's
sentence, or a text made of it."""

from seoarticle.analysis import analyse
from seoarticle.engines.offline import specific_questions
from seoarticle.reader import read


def _asked(text: str) -> dict[str, str]:
    """The questions asked of `text`, with their short answers."""
    return {q.text: q.answer for q in specific_questions(analyse(read(text)))}


def test_a_day_ending_a_range_is_answered_with_the_whole_range():
    """rev16a F1: « … ont été vendus entre le 2 et le 21 novembre dans les
    enseignes Carrefour, Intermarché et Super U » was asked « Quand les
    produits concernés ont-ils été vendus ? » and answered « Le 21
    novembre. » (a sale on that day only)."""
    asked = _asked("Les produits concernés ont été vendus entre le 2 et le 21 novembre dans les enseignes Carrefour, "
                   "Intermarché et Super U, ainsi que sur plusieurs marchés de la Drôme et de l'Isère.")
    assert asked == {"Quand les produits concernés ont-ils été vendus ?": "Entre le 2 et le 21 novembre."}
    asked = _asked("Les produits concernés ont été vendus du 2 au 21 novembre dans plusieurs magasins.")
    assert list(asked.values()) == ["Du 2 au 21 novembre."]


def test_a_day_of_a_list_or_a_range_start_is_not_an_answer():
    """A day among others (« le 3 mars et le 5 avril », « les 12, 13 et 14
    mai ») answers « Quand » only in part: no question."""
    for text in ("La commission s'est réunie le 3 mars et le 5 avril dans la mairie du village.",
                 "La commission s'est réunie le 3 mars ou le 5 avril dans la mairie du village.",
                 "La commission s'est réunie le 2, le 5 et le 9 mars dans la mairie du village."):
        assert not any(q.startswith("Quand") for q in _asked(text)), text
    # One day, and an hour after it, is one answer.
    asked = _asked("La commission s'est réunie le 3 mars à 18 heures dans la mairie du village.")
    assert list(asked.values()) == ["Le 3 mars à 18 heures."], asked


def test_a_question_stops_before_a_list_it_would_cut():
    """Stopping at the comma of « dans les enseignes Carrefour, Intermarché
    et Super U » named one shop of three: the complement goes whole."""
    asked = _asked("Les produits ont été vendus le 21 novembre dans les enseignes Carrefour, Intermarché et Super U.")
    assert list(asked) == ["Quand les produits ont-ils été vendus ?"], asked


def test_a_date_of_another_clause_does_not_date_the_main_verb():
    """rev16b F1: « Le calendrier des négociations a été fixé par la
    direction : une première réunion se tiendra le 1er décembre, une
    deuxième le 15 décembre, … » was asked « Quand le calendrier des
    négociations a-t-il été fixé par la direction ? » and answered « Le 15
    décembre. » (the second meeting's day)."""
    text = ("Le calendrier des négociations a été fixé par la direction : une première réunion se tiendra le 1er "
            "décembre, une deuxième le 15 décembre, et l'accord devra être conclu avant le 26 février 2027, date à "
            "laquelle le dossier sera transmis à la direction régionale de l'économie, de l'emploi, du travail et "
            "des solidarités (Dreets), qui dispose de vingt et un jours pour l'homologuer ou le valider.")
    assert not any(q.startswith("Quand") for q in _asked(text))
    # Past another finite verb, the date is that verb's (« Quand le préfet
    # a-t-il pris un arrêté ? — Le 3 mars. » was asked of the first).
    for text in ("Le préfet a pris un arrêté et les écoles resteront fermées le 3 mars.",
                 "Le conseil a voté le budget, puis la séance a été levée le 3 mars.",
                 "Le calendrier des négociations a été fixé par la direction, et la première réunion se tiendra le "
                 "1er décembre."):
        assert not any(q.startswith("Quand") for q in _asked(text)), text


def test_where_is_asked_of_a_complement_the_place_tells_where():
    """rev16b F4: « L'enquête a été confiée à l'Office central … (OCBC), en
    lien avec la police judiciaire de Dijon. » was asked « Où l'enquête
    a-t-elle été confiée ? » and answered « En lien avec la police
    judiciaire de Dijon. » (the partner, not where, nor to whom)."""
    for text in ("L'enquête a été confiée à l'Office central de lutte contre le trafic des biens culturels (OCBC), en "
                 "lien avec la police judiciaire de Dijon.",
                 "Les deux suspects ont été interpellés avec la police judiciaire de Dijon en lien avec la gendarmerie "
                 "de Dijon.",
                 # The place is a noun's noun's: where the mayor is, not the meeting.
                 "La réunion s'est tenue sous la présidence du maire de Dijon.",
                 "Les deux suspects ont été interpellés dans le cadre d'une enquête de la police de Dijon."):
        assert not any(q.startswith("Où") for q in _asked(text)), text
    # The place of the complement itself, or behind a preposition of place, tells where.
    asked = _asked("Les deux suspects ont été interpellés mardi dans la banlieue de Dijon.")
    assert list(asked.values()) == ["Dans la banlieue de Dijon."], asked
    asked = _asked("L'image en question a été prise sur un vase antique conservé au musée du Louvre à Paris.")
    assert list(asked.values()) == ["Sur un vase antique conservé au musée du Louvre à Paris."], asked


def test_a_question_of_what_compares_with_another_sentence_is_not_asked():
    """rev16a G3: « En 2024, un rappel similaire portant sur des fromages au
    lait cru avait été lié à deux décès dans le Sud-Ouest. » was asked
    « Quand un rappel similaire portant sur des fromages au lait cru
    avait-il été lié ? »: similar to what the question does not say (and
    the verb lost its complement); rev16b W3 the same of « lors d'un
    précédent plan »."""
    for text in ("En 2024, un rappel similaire portant sur des fromages au lait cru avait été lié à deux décès dans le "
                 "Sud-Ouest.",
                 "En 2019, une grève de onze jours avait déjà paralysé le site lors d'un précédent plan.",
                 "Un autre suspect a été interpellé le 3 mars à Lyon."):
        assert not _asked(text), text
    assert _asked("En 2019, une grève de onze jours avait paralysé le site de Saint-Priest.")


def test_a_long_question_keeps_a_complement_whole():
    """rev16b G6: « La Loire a atteint 6,12 mètres à l'échelle du pont Royal
    d'Orléans, … » was asked « Combien de mètres la Loire a-t-elle atteints
    Royal d'Orléans ? »: the complement left out was cut where the parse
    hung « Royal » on the verb."""
    asked = _asked("La Loire a atteint 6,12 mètres à l'échelle du pont Royal d'Orléans, dimanche 29 novembre à 18 "
                   "heures, un niveau qui n'avait plus été observé depuis la crue de 1907, quand le fleuve était monté "
                   "à 6,48 mètres.")
    assert "Combien de mètres la Loire a-t-elle atteints à l'échelle du pont Royal d'Orléans ?" in asked, asked
    assert not any("atteints Royal" in q for q in asked)


def test_what_is_is_not_asked_of_a_bare_noun_an_indefinite_defines():
    """rev16a G2: « La listériose est une infection d'origine alimentaire qui
    peut être grave, … » was asked « Quelle est la listériose ? »."""
    asked = _asked("La listériose est une infection d'origine alimentaire qui peut être grave, voire mortelle, chez "
                   "les personnes fragiles.")
    assert not any(q.startswith(("Quel", "Quelle")) for q in asked), asked
    # A subject the sentence tells which one of: still asked.
    asked = _asked("La seule option envisagée par les syndicats est une grève reconductible dès lundi.")
    assert "Quelle est la seule option envisagée par les syndicats ?" in asked, asked


def test_the_hour_of_the_day_asked_about_is_in_the_answer():
    """rev16a W16: « Un TER … a déraillé dimanche 29 novembre vers 7 h 40, … »
    was asked « Quand … a-t-il déraillé vers 7 h 40 ? » and answered
    « Dimanche 29 novembre. »"""
    asked = _asked("Un TER qui circulait entre Dole et Saint-Claude a déraillé dimanche 29 novembre vers 7 h 40, à la "
                   "sortie du tunnel de la Savine, près de Morez (Jura).")
    assert asked == {"Quand un TER qui circulait entre Dole et Saint-Claude a-t-il déraillé ?":
                     "Dimanche 29 novembre vers 7 h 40."}, asked


def test_additional_compares_with_another_sentence():
    """rev16a W20: « Quand un club de Ligue 2 avait-il vu sa rétrogradation
    annulée en appel après avoir apporté des garanties supplémentaires de 4
    millions d'euros ? » (additional to what?)."""
    assert not _asked("En 2024, un club de Ligue 2 avait vu sa rétrogradation annulée en appel après avoir apporté des "
                      "garanties supplémentaires de 4 millions d'euros.")


def test_where_is_not_asked_again_of_what_when_asks():
    """rev16a W17: « La prochaine séance plénière est prévue le 18 février à
    Toulouse. » gave « Quand … est-elle prévue à Toulouse ? » and « Où …
    est-elle prévue le 18 février ? », the same fact twice."""
    asked = _asked("La prochaine séance plénière est prévue le 18 février à Toulouse.")
    assert asked == {"Quand la prochaine séance plénière est-elle prévue à Toulouse ?": "Le 18 février."}, asked


def test_a_question_read_alone_asks_in_the_passe_compose():
    """rev16b W7: « Quand le Conseil d'État avait-il déjà condamné l'État ? »:
    the pluperfect and « déjà » tell of the paragraph's other past."""
    asked = _asked("En 2020, le Conseil d'État avait déjà condamné l'État à une astreinte record de 10 millions d'euros "
                   "par semestre pour la pollution dans huit agglomérations, dont Grenoble ne faisait pas partie.")
    assert "Quand le Conseil d'État a-t-il condamné l'État ?" in asked, asked
    asked = _asked("Les enquêteurs avaient interpellé deux suspects le 3 mars dans la banlieue de Dijon.")
    assert "Combien de suspects les enquêteurs ont-ils interpellés le 3 mars dans la banlieue de Dijon ?" in asked, asked


def test_a_day_after_au_is_no_answer_to_when():
    """« Le jugement a été mis en délibéré au 25 avril. » was asked « Quand le
    jugement a-t-il été mis en délibéré ? » and answered « Au 25 avril. »:
    the day the judgment will be given, not the day of the deliberation."""
    assert not _asked("Le jugement a été mis en délibéré au 25 avril.")
    assert not _asked("Le match de la 12e journée a été reporté au 3 mars.")
