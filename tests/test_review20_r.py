"""Review 20 (B): a range cut at its « et » (B-F1), a speaker named by a
possessive whose owner is in a sentence not kept (B-F3), a date of a
participle's phrase put on the main clause in the chronology (B-F4), an
earlier event's sentence listed as today's news (B-M2), an earlier
relegation given without its reversal (B-M3)."""

from __future__ import annotations

from pathlib import Path

from seoarticle.analysis import analyse
from seoarticle.reader import read
from reading import article_md, list_section, plain

FIXTURES = Path(__file__).parent / "fixtures"
T01 = FIXTURES / "review20b_t01_rugby_dnacg.txt"
T02 = FIXTURES / "review20b_t02_manuscrit_drouot.txt"
T03 = FIXTURES / "review20b_t03_dinosaure_charente.txt"
T05 = FIXTURES / "review20b_t05_naufrage_libye.txt"
T06 = FIXTURES / "review20b_t06_faux_policiers.txt"


def _analysis(text: str):
    return analyse(read("Titre\n\n" + text))


# B-F1

def test_a_range_is_not_cut_at_its_et():
    points = list_section(article_md(T03), "L'essentiel")
    assert points, "no key points"
    assert not any(p.rstrip(".").endswith("entre 12") for p in points), points
    assert not any("entre 12." in p for p in points), points


def test_clauses_never_split_entre_x_et_y_nor_two_figures():
    from seoarticle.rephrase import clauses

    a = analyse(read(T03.read_text()))
    s = next(s for s in a.sentences if "mesurait entre 12 et 15" in s.text)
    for part in clauses(s):
        assert "entre 12 et 15 mètres" in plain(part) or "entre" not in part, part
        assert not plain(part).startswith("15 mètres"), part


def test_joins_bounds_reads_ranges_and_pairs_of_figures():
    from seoarticle.arrays import words_of
    from seoarticle.rephrase import _joins_bounds

    a = _analysis("L'animal mesurait entre 12 et 15 mètres de long et pesait 10 tonnes. "
                  "Le festival se tiendra les 12 et 13 mars. "
                  "Le maire a démissionné et son adjoint assure l'intérim depuis lundi.")
    found = []
    for s in a.sentences:
        w = words_of(s.doc)
        found.append([_joins_bounds(w, i) for i in range(1, w.n - 1) if w.lower[i] == "et"])
    assert found == [[True, False], [True], [False]]


# B-F3

def test_a_speaker_by_a_possessive_of_someone_not_named_is_not_a_key_point():
    points = list_section(article_md(T06), "L'essentiel")
    assert points, "no key points"
    assert not any("son fils" in p for p in points), points


def test_whom_a_quotation_was_told_to_owns_nothing_of_its_speaker():
    from seoarticle.rephrase import points_back

    assert points_back("« Elle n'a rien dit pendant deux semaines », a confié au Parisien son fils.")
    assert points_back("« Nous ne partirons pas », a déclaré dimanche à l'AFP son avocat.")
    # The speaker named in the incise owns what follows him.
    assert not points_back("« Nous ne partirons pas », a déclaré Jean Dupont à son arrivée à Lyon.")
    # An owner named before the quotation still owns.
    assert not points_back("Le maire a répondu : « Nous ne partirons pas », a confié au Parisien son adjoint.")


# B-F4

def test_a_date_of_a_participle_phrase_does_not_date_the_main_clause():
    md = article_md(T02)
    assert "reste détenu" not in "\n".join(l for l in md.splitlines() if l.startswith("- **2017**"))
    assert not any("2017" in l and "record" in l for l in md.splitlines() if l.startswith("- **")), md


def test_date_misread_of_a_participle_after_a_comma():
    from seoarticle.engines.offline import _date_misread

    a = _analysis("Le record reste détenu par le rouleau de Sade, classé trésor national en 2017. "
                  "Le rouleau a été classé trésor national en 2017.")
    first, second = a.sentences
    assert _date_misread(first, first.dates[0], "Le record reste détenu par le rouleau de Sade, classé trésor "
                                                "national.", True)
    assert not _date_misread(second, second.dates[0], "Le rouleau a été classé trésor national.", True)


# B-M2

def test_a_sentence_going_on_with_an_earlier_pluperfect_event_is_not_a_key_point():
    points = list_section(article_md(T05), "L'essentiel")
    assert points, "no key points"
    assert not any("garde-côtes grecs" in p for p in points), points


def test_continues_dated_past_when_the_dated_sentence_is_itself_pluperfect():
    from seoarticle.engines.offline import _continues_dated_past

    a = analyse(read(T05.read_text()))
    told = {s.text[:25]: _continues_dated_past(a, s) for s in a.sentences}
    assert told["Une enquête avait mis en "] is True
    assert [k for k, v in told.items() if v] == ["Une enquête avait mis en "]


# B-M3

def test_an_earlier_relegation_is_not_answered_without_its_reversal():
    md = article_md(T01)
    lines = md.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("### Quand") and "Stade Albigeois" in line:
            answer = next(x for x in lines[i + 1 :] if x.strip())
            assert "gain de cause" in answer, answer
    assert "\nEn 2019.\n" not in md


def test_a_when_answer_keeps_what_came_after_the_event():
    from seoarticle.engines.questions import when

    a = _analysis("En 2010, la réforme Woerth avait été adoptée par le Parlement, avant d'être contestée "
                  "devant le Conseil constitutionnel par l'opposition.")
    s = a.sentences[0]
    q = when(s, s.dates[0])
    assert q is not None and q.text.startswith("Quand la réforme Woerth a-t-elle été adoptée")
    assert plain(q.answer) == "En 2010, avant d'être contestée devant le Conseil constitutionnel par l'opposition."
    assert "avant d'être contestée" in q.about
