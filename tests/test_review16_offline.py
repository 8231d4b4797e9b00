"""Review 16: the offline engine's key points, quotations, FAQ answers and
key figures (A-F4, A-M8, B-F2, B-M16, …)."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def _rewrite(name: str) -> str:
    from seoarticle import rewrite
    from seoarticle.reader import load

    path = FIXTURES / name
    return rewrite(load(path.read_bytes(), path.name)).markdown


def _section(md: str, heading: str) -> list[str]:
    """The lines of the section whose heading starts with `heading`."""
    lines = md.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return lines[start + 1 : end]


def test_a_possessive_whose_owner_is_only_quoted_points_back():
    """A-F4, A-M8: « « … », a souligné son directeur, Jean-Marc Pellerin. »:
    « son » is the BEA-TT of the sentence before; the words of the quotation
    own nothing the narrator says."""
    from seoarticle.engines.offline import _points_back

    assert _points_back("« Il est beaucoup trop tôt pour tirer des conclusions ; nos enquêteurs examineront la "
                        "voie, le matériel et les conditions météorologiques », a souligné son directeur, "
                        "Jean-Marc Pellerin.")
    assert _points_back("« La majorité emprunte 640 millions d’euros cette année pour financer des dépenses de "
                        "communication et des structures qui ne servent à rien », a lancé son président, "
                        "Julien Sanchez.")
    # Its owner named outside the quotation: the line stands alone.
    assert not _points_back("Le BEA-TT a ouvert une enquête : « Il est beaucoup trop tôt », a souligné son "
                            "directeur, Jean-Marc Pellerin.")
    assert not _points_back("« Il est beaucoup trop tôt », a souligné Jean-Marc Pellerin.")


def test_no_key_point_on_a_possessive_owned_by_another_sentence():
    for name, words in (("review16a_t03_deraillement.txt", "a souligné son directeur"),
                        ("review16a_t04_budget.txt", "a lancé son président")):
        points = _section(_rewrite(name), "## L’essentiel")
        assert not any(words in p for p in points), points
