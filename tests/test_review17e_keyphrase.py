"""Session 16: a first name the tagger reads as a number (« Xavier » NUM in
corpus 001) still opens a name's group."""


def _front_and_headings(md: str) -> tuple[str, list[str]]:
    front = md.split("\n---\n", 1)[0]
    return front, [line for line in md.splitlines() if line.startswith("## ")]


def test_a_first_name_tagged_as_a_number_opens_its_name(results):
    # fr_core_news_sm tags « Xavier » NUM (not like a number) in both
    # sentences of 001 that name the slain policeman: « Xavier Jugelé » was
    # no keyword and no heading (« Le dernier jour de campagne » over his
    # section; « La fiche S » with the paragraphs reversed).
    _, r = results["001.txt"]
    front, heads = _front_and_headings(r.markdown)
    assert "\n- Xavier Jugelé\n" in front
    assert any("Xavier Jugelé" in h for h in heads)
