"""Review 23 (/work/rev23/G_report.md): who says a quotation, and the
forms that lose a sentence's subject.

G-F1: « Il a toutefois écarté l'idée, défendue par le président de la
région Normandie, Hervé Morin, d'un fichier … : « Ce n'est pas à l'ordre du
jour. » »: the minister's quotation credited to Morin, the only person
named, whose idea it rejects (the agent after « par »; the subject is
« Il »).
G-F2 / G-G1: « Ce dernier, …, s'est montré plus sévère : « … pas de
l'envie. » La capitaine, Estelle Minko, a refusé … »: two sentences read as
one, cut by `clauses` into « S'est montré plus sévère : « … » La
capitaine. », a key point without its speaker that reads as the captain's.
G-G2: the same cut's other part, « Estelle Minko, a refusé de parler
d'échec … », a comma between subject and verb, in the FAQ.
G-G3: « Les équipes de Kourou, qui comptent quelque 1 700 salariés,
restent mobilisées ce week-end … » shortened to « Les équipes de Kourou,
restent mobilisées … »: « week-end » cut in three words, one read as an
inverted subject, and the relative's comma kept for an incise's."""

from __future__ import annotations

from pathlib import Path

from reading import article_md, list_section, plain

FIXTURES = Path(__file__).parent / "fixtures"


def _md(name: str) -> str:
    return article_md(str(FIXTURES / name))


def _quotations(md: str) -> list[str]:
    return list_section(md, "Ce qu'a déclaré") + list_section(md, "Ce qu'ont déclaré")


def _sentence(text: str, opening: str):
    from seoarticle.analysis import analyse
    from seoarticle.api import prepare

    a = analyse(prepare(text))
    return next(s for s in a.sentences if s.text.startswith(opening))


# G-F1


def test_agent_of_a_rejected_idea_is_not_the_speaker():
    md = _md("review23g_t06_saisie_cocaine.txt")
    quotes = _quotations(md)
    assert quotes, "the quotations' section is expected (Carole Etienne's)"
    assert not any("Hervé Morin" in line for line in quotes)
    assert not any("déclaré" in line and "Hervé Morin" in line for line in md.splitlines() if line.startswith("#"))
    assert any(line.startswith("- **Carole Etienne** : « Le port n'est pas une passoire") for line in quotes)


_CRITICISED = """Lyon : le maire présente un budget de rigueur

Le maire de Lyon, Paul Martin, a présenté lundi un budget de rigueur pour 2025, marqué par une baisse de 12 % des investissements. La ville doit économiser 40 millions d'euros d'ici à la fin de l'année, selon les services municipaux.

Il a vivement critiqué son prédécesseur, Jean Dupont, qu'il accuse d'avoir laissé filer la dette : « Il a vidé les caisses et nous laisse payer la facture. » L'opposition a dénoncé un budget « injuste » qui frappe d'abord les quartiers populaires.

Le conseil municipal votera le budget le 15 mars. Les associations, qui perdront 8 % de leurs subventions, ont prévu de manifester devant l'hôtel de ville le même jour.
"""


def test_the_person_a_pronoun_subject_criticises_is_not_the_speaker():
    from seoarticle import rewrite

    md = plain(rewrite(_CRITICISED).markdown)
    quotes = _quotations(md)
    assert not any(line.startswith("- **Jean Dupont**") for line in quotes)
    # (The pronoun's antecedent, the mayor, when the text resolves it.)
    assert all(line.startswith("- **Paul Martin**") for line in quotes)


# G-F2, G-G1, G-G2


def test_two_sentences_read_as_one_are_not_cut_apart_from_their_subjects():
    from seoarticle.rephrase import clauses

    s = _sentence((FIXTURES / "review23g_t03_handball_finale.txt").read_text(), "Ce dernier, sélectionneur")
    for part in clauses(s):
        assert not part.startswith(("S'est", "S’est")), part
        assert not part.endswith("La capitaine."), part
        assert "Minko, a refusé" not in part, part


def test_key_point_keeps_its_speaker_and_no_fragment():
    md = _md("review23g_t03_handball_finale.txt")
    points = list_section(md, "L'essentiel")
    assert points
    assert not any(line.startswith("- S'est") or line.endswith("La capitaine.") for line in points)
    # No line gives Krumbholz's words without him, nor next to the captain.
    assert not any("Il a manqué de la lucidité" in line and "Krumbholz" not in line for line in points)
    assert not any(line.startswith("Estelle Minko, a refusé") for line in md.splitlines())


# G-G3


def test_relative_removed_with_both_its_commas_before_a_hyphenated_compound():
    from seoarticle.rephrase import compress

    s = _sentence((FIXTURES / "review23g_t04_ariane_report.txt").read_text(), "Les équipes de Kourou")
    assert compress(s) == ("Les équipes de Kourou restent mobilisées ce week-end pour l'inspection de "
                           "l'étage supérieur.")
    md = _md("review23g_t04_ariane_report.txt")
    assert "Kourou, restent" not in md
    assert "- Les équipes de Kourou restent mobilisées ce week-end pour l'inspection de l'étage supérieur." in md


def test_an_inverted_subject_still_keeps_its_comma():
    from seoarticle.rephrase import compress

    text = ("Incendie à Lyon\n\nLe bilan, qui reste provisoire, est de trois blessés légers, a annoncé "
            "la préfecture du Rhône dans un communiqué publié en fin de journée.\n")
    s = _sentence(text, "Le bilan")
    out = compress(s)
    assert out is None or "légers, a annoncé la préfecture" in out
