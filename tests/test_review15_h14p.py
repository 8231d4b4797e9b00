"""Review 15 fixes (session 14, h14p): cuts at a comma, lines that point
back, function words as stems, chronology heading, facts cut short."""
from seoarticle import keyphrase as kpm


def test_function_words_are_never_content_stems():
    # « dans » -> « dan », « entre » -> « entr »: the word is compared, not its stem.
    assert kpm.content_stems("dans les rues de Paris") == ["rue", "pari"]
    for w in ("sous", "sans", "vers", "plus", "entre", "contre", "cette"):
        assert kpm.content_stems(f"{w} la ville") == ["vill"], w
    assert kpm.content_stems("jusqu'au bout") == ["bout"]
    assert kpm.content_stems("jusqu‘au bout") == ["bout"]
