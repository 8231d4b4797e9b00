"""Intertitres: a name heads the part it is the subject of (corpus text 001,
a regression of session 16's d9d3afb)."""

from conftest import ROOT, first_sentence


def _plan(variant: str = ""):
    from seoarticle import keyphrase, outline
    from seoarticle.analysis import analyse
    from seoarticle.api import prepare
    from seoarticle.model import Options
    from seoarticle.reader import load

    text = (ROOT / "tests" / "corpus" / "001.txt").read_text()
    if variant == "rev":  # (the paragraphs after the first in reverse order, as the snapshots do)
        paras = text.split("\n\n")
        text = "\n\n".join(paras[:1] + paras[1:][::-1])
    analysis = analyse(prepare(load(text.encode(), "001.txt"), Options()))
    focus, secondary = keyphrase.choose(analysis, None)
    return outline.make_plan(analysis, focus, secondary)


def _heading_over(plan, opening: str) -> tuple[str, int]:
    for i, sec in enumerate(plan.sections):
        if any(s.text.startswith(opening) for p in sec.sentences for s in p):
            return sec.heading, i
    raise AssertionError(opening)


def test_a_name_heads_the_part_it_is_the_subject_of_not_an_apposition():
    """001: « L'assaillant, Karim Cheurfi, 39 ans, est tué … » (an
    apposition, in the part on the attack and Xavier Jugelé) took « Karim
    Cheurfi », and the next part, which opens on « Karim Cheurfi avait déjà
    été condamné, de nombreuses fois, … », got « L'usurpation de plaque
    d'immatriculation », the last of his offences."""
    plan = _plan()
    heading, i = _heading_over(plan, "Karim Cheurfi avait déjà")
    assert heading == "Karim Cheurfi", [s.heading for s in plan.sections]
    before, j = _heading_over(plan, "L'assaillant, Karim Cheurfi")
    assert j < i
    for wrong in ("Cheurfi", "Bataclan", "ambassade", "information"):
        assert wrong not in before, before


def test_the_reversed_text_keeps_its_name_and_no_cut_complement():
    """001-rev: the last part (the shooting, « L'assaillant, Karim Cheurfi,
    … ») was headed « L'information de l'ambassade de Turquie », a piece
    of « le service de la culture et de l'information de l'ambassade de
    Turquie »."""
    plan = _plan("rev")
    heading, _ = _heading_over(plan, "Karim Cheurfi avait déjà")
    assert heading == "Karim Cheurfi", [s.heading for s in plan.sections]
    assert not any("ambassade" in s.heading or "information" in s.heading.lower() for s in plan.sections), [
        s.heading for s in plan.sections]


def test_the_second_of_a_nouns_complements_is_no_group():
    from seoarticle.outline import _heading_windows

    s = first_sentence("Les policiers étaient chargés de protéger le service de la culture et de "
                       "l'information de l'ambassade de Turquie.")
    texts = [g[2].lower() for g in _heading_windows(s)]
    assert not any(t.startswith("l'information") for t in texts), texts
    # A complement alone stays one (« la démission du ministre et de son adjoint »: not a noun's first complement).
    s = first_sentence("Le maire et le préfet de la Charente ont signé la convention.")
    assert any("préfet de la charente" in g[2].lower() for g in _heading_windows(s))
