"""Review 17: typography (minus signs, no-break spaces after figures), the
facts check of a quotation the typography set, and slugs."""

from __future__ import annotations

from pathlib import Path

from seoarticle import facts as fx
from seoarticle.text import MINUS, NBSP, french_typography

FIXTURES = Path(__file__).parent / "fixtures"

# rev17a t06 (A-G3): the vigneron's quotation, with « à - 6 °C ».
_QUOTED = ("« On a allumé des bougies pendant deux nuits, mais à - 6 °C, il n'y a rien à faire. Sur certaines "
           "vignes, je n'ai pas vendangé un seul raisin », raconte Éric Moreau, vigneron à Chablis.")


def test_a_minus_sign_is_glued_to_its_figure():
    # A-G3: « à - 6 °C » became « à – 6 °C », an en dash and a breakable space.
    out = french_typography(_QUOTED)
    assert "mais à " + MINUS + "6" + NBSP + "°C, il" in out
    assert "–" not in out
    assert french_typography("Les températures étaient descendues jusqu'à - 6 °C dans certaines parcelles.") == (
        "Les températures étaient descendues jusqu’à " + MINUS + "6" + NBSP + "°C dans certaines parcelles.")
    # Glued already, or in parentheses, or before a temperature after « et ».
    assert french_typography("entre -6 et - 2 °C") == "entre " + MINUS + "6 et " + MINUS + "2" + NBSP + "°C"
    assert french_typography("Les prix ont reculé (- 4,5 %).").startswith("Les prix ont reculé (" + MINUS + "4,5")


def test_a_dash_before_a_figure_stays_a_dash():
    # No preposition before it and no temperature after it: an incise or a
    # score, never a negative number.
    assert french_typography("Trois blessés - 2 graves - ont été transportés.") == (
        "Trois blessés – 2 graves – ont été transportés.")
    assert french_typography("Lens a battu Lille 2 - 1.") == "Lens a battu Lille 2 – 1."
    assert french_typography("la saison 2020-2021") == "la saison 2020-2021"


def test_the_quotation_check_takes_the_typeset_sign_for_the_input_one():
    # A-G3: the tool's own check failed on that quotation (« not in the
    # source: On a allumé des bougies …, mais à – 6 °C … »).
    source = (FIXTURES / "review17a_t06_vendanges.txt").read_text(encoding="utf-8")
    article = french_typography(_QUOTED)
    src, art = fx.extract(source), fx.extract(article)
    quotations = next(c for c in fx.compare(article, art, source, src) if c.kind == "quotations")
    assert quotations.invented == []
    assert not any("bougies" in q for q in quotations.missing)
    # A word the quotation changed is still found.
    changed = fx.extract(article.replace("bougies", "cierges"))
    quotations = next(c for c in fx.compare(article, changed, source, src) if c.kind == "quotations")
    assert quotations.invented and "cierges" in quotations.invented[0]


def test_every_unit_after_a_figure_takes_a_no_break_space():
    # B-G8: « 23 kilomètres » had one, « 27 mégawatts », « 420 microgrammes »
    # and « 19,8 points » not (rev17b t02, t03, t06).
    for said, unit in (("Le parc aurait une puissance totale de 27 mégawatts.", "mégawatts"),
                       ("une concentration de dioxyde de soufre de 420 microgrammes par mètre cube", "microgrammes"),
                       ("Avec un score global de 19,8 points sur 100, contre 17,1 l'an dernier", "points"),
                       ("une déviation de 23 kilomètres", "kilomètres"),
                       ("une latence de 5 millisecondes", "millisecondes"),
                       ("une production de 2 térawattheures", "térawattheures"),
                       ("22 hectolitres par hectare", "hectolitres"),
                       ("12 quintaux", "quintaux")):
        figure = said.split(" " + unit)[0].rsplit(" ", 1)[-1]
        assert figure + NBSP + unit in french_typography(said), said
    # A day and its month (« 14 octobre », « 1er mars »).
    assert french_typography("depuis le mardi 14 octobre à 18 h") == "depuis le mardi 14" + NBSP + "octobre à 18" + NBSP + "h"
    assert french_typography("le 1er mars") == "le 1er" + NBSP + "mars"
    # Counted things are no units: their line may break.
    assert french_typography("3 112 électeurs, 3 anciens maires, 3 arbres") == (
        "3\u202f112 électeurs, 3 anciens maires, 3 arbres")


def test_a_slug_cut_short_ends_on_a_word_that_can_end_it():
    # B-W1: « conseil-departemental-pont-saint-julien-sur-loire-ferme-toute »
    # (« fermé à toute circulation » cut after « toute »).
    from seoarticle.keyphrase import Keyphrase
    from seoarticle.outline import make_slug
    from seoarticle.text import slugify

    title = "Le pont de Saint-Julien-sur-Loire fermé à toute circulation"
    slug = make_slug(title, Keyphrase("conseil départemental", (), 0, 0, ""))
    assert slug == "conseil-departemental-pont-saint-julien-sur-loire-ferme"
    # Nor on a number before what it counts, nor inside an elision.
    assert slugify("x" * 50 + " une amende de 18 millions d'euros") == "x" * 50 + "-une-amende"
    assert slugify("x" * 45 + " Claire Renaud emporte 52,4 % des voix") == "x" * 45 + "-claire-renaud-emporte"
    assert slugify("x" * 56 + " grève jusqu'au 15 mars") == "x" * 56 + "-greve"
    # A year may end it.
    assert slugify("x" * 50 + " les vendanges 2025 en Bourgogne") == "x" * 50 + "-les-vendanges-2025"


def test_an_apostrophe_parts_two_words_of_a_slug():
    # As French news sites write their slugs: every elision alike.
    from seoarticle.text import slugify

    assert [slugify(w) for w in ("l'homme", "d’État", "aujourd'hui", "jusqu'au", "presqu’île", "quelqu'un")] == [
        "l-homme", "d-etat", "aujourd-hui", "jusqu-au", "presqu-ile", "quelqu-un"]


def test_the_report_says_what_each_value_is():
    # The rev17 .report.txt lines: « keyphrase density: 0.68 [target
    # 0.5–2.5 %] » (a share shown without its %), « length: 800 … (body
    # words (headings excluded)) », « words between subheadings: 147
    # [target <= 300] » (the longest section, unnamed), « 3+ sentences
    # opening alike: 1 … (« le sigle » × 3) ».
    import io

    from seoarticle.checks import run_checks
    from seoarticle.report import print_report

    md = ("---\ntitle: Le pont fermé\ndescription: Le pont suspendu est fermé.\nkeyword: pont\n---\n\n"
          "# Le pont fermé\n\nLe pont suspendu est fermé. Le pont relie les deux rives. Le pont date de 1938.\n\n"
          "## La déviation\n\nLa déviation passe par le pont de Châteauneuf.\n")
    out = io.StringIO()
    print_report(run_checks(md).to_dict(), out)
    lines = {line.split(":")[0][5:]: line for line in out.getvalue().splitlines() if line[:4].strip() in
             ("ok", "warn", "FAIL")}
    assert " %" in lines["keyphrase density"].split("[")[0]
    assert " %" in lines["passive sentences"].split("[")[0]
    assert "(body words, headings excluded)" in lines["length"]
    assert "[target <= 300 words] (the longest section, before the first subheading)" in lines[
        "words between subheadings"]
    assert "(the longest paragraph)" in lines["paragraph length"]
    assert "(3 sentences in a row open on « le pont »)" in lines["3+ sentences opening alike"]
    # The values of the JSON report stay numbers.
    density = next(c for c in run_checks(md).checks if c.id == "keyphrase_density")
    assert isinstance(density.value, float)


def test_a_spaced_dash_after_a_noun_before_a_temperature_stays_a_dash():
    # Code review cr17a F1: « Canicule - 41,2 °C relevés à Nîmes » became a
    # heat record of minus 41,2 °C; « à Nîmes - 31 °C à Avignon » too.
    assert MINUS not in french_typography("Canicule - 41,2 °C relevés à Nîmes, un record absolu")
    assert MINUS not in french_typography("On a relevé 29 °C à minuit à Nîmes - 31 °C à Avignon.")
    # After a preposition, or « et » / « ou » joining two figures, it is a minus.
    assert (MINUS + "8") in french_typography("Il a fait jusqu'à - 8 °C cette nuit.")
    assert french_typography("entre -6 et - 2 °C").count(MINUS) == 2
