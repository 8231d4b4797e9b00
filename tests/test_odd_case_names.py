"""A month or a weekday written with a letter that re.I reads as another
(« ı » as « i », « ſ » as « s ») is matched by the case-insensitive patterns:
its lookup in the tables of lower-case names must read it the same way
(found by the code review of session 13: both crashed with a KeyError)."""

from seoarticle import rewrite
from seoarticle.reader import read
from seoarticle.text import lower_as_searched


def test_lower_as_searched_reads_the_letters_as_the_patterns_do():
    assert lower_as_searched("avrıl") == "avril"
    assert lower_as_searched("MERCREDİ") == "mercredi"
    assert lower_as_searched("ſeptembre") == "septembre"
    assert lower_as_searched("Octobre") == "octobre"


def test_a_dateline_month_with_a_dotless_i_is_read():
    src = read("Un policier tué\n\n22 avrıl 2017. – Un policier a été tué jeudi à Paris lors d'une attaque.\n")
    assert src.dateline == "22 avril 2017"
    assert src.blocks[0].text.startswith("Un policier a été tué")


def test_a_weekday_with_a_dotless_i_dates_its_line():
    text = ("Grève dans les transports\n\n22 avril 2017. – Les syndicats ont appelé à la grève lundi dans toute la "
            "région. Le trafic sera très perturbé mercredı selon la direction. Les négociations reprendront jeudi "
            "avec le ministre. Les usagers sont invités à reporter leurs déplacements.\n")
    md = rewrite(text).markdown
    assert "- **Mercredı** : le trafic sera très perturbé" in md.replace("\u00a0", " ")


def test_a_dateline_weekday_with_a_dotted_capital_i_is_read_as_written_plainly():
    from seoarticle.reader import read_dateline

    # (« MERCREDİ ».lower() is « mercredi̇ », with a combining dot.)
    assert read_dateline("Nîmes, MERCREDİ 14 avril 2026 – Le conseil s'est réuni.").date == "mercredi 14 avril 2026"
