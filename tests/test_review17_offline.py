"""Review 17: the offline engine's quotations, key figures, key points and
chronology (A-F3, B-F1, B-F2, B-F3, A-G1, A-G5, B-G7, …)."""

from __future__ import annotations

import functools
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


@functools.lru_cache(maxsize=None)
def _rewrite(name: str) -> str:
    from seoarticle import rewrite
    from seoarticle.reader import load

    path = FIXTURES / name
    return rewrite(load(path.read_bytes(), path.name)).markdown.replace("\u00a0", " ").replace("\u202f", " ")


def _section(md: str, heading: str) -> list[str]:
    """The lines of the section whose heading starts with `heading`."""
    lines = md.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith(heading)), None)
    if start is None:
        return []
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return [line for line in lines[start + 1 : end] if line]


def test_a_person_named_as_a_complement_of_the_speaker_is_not_the_speaker():
    """A-F3: « « La porte reste ouverte, … », a indiqué l'entourage du
    ministre, Philippe Tabarot, … »: the entourage speaks, not the minister."""
    quoted = _section(_rewrite("review17a_t03_greve_controleurs.txt"), "## Ce qu")
    assert not any("Tabarot" in line for line in quoted), quoted
    assert any(line.startswith("- **Olivier Vasseur** : « On nous demande") for line in quoted), quoted


def test_a_person_in_apposition_to_the_speaker_still_speaks():
    quoted = _section(_rewrite("review17a_t01_maire_favoritisme.txt"), "## Ce qu")
    assert any(line.startswith("- **Claire Moutet** : « La cour a considéré") for line in quoted), quoted
