from seoarticle.text import french_typography, normalize, numbers, slugify, split_sentences, word_count


def test_sentences_keep_quotations_whole():
    p = normalize("Il a dit : « Artifact est le premier. C'est une bonne nouvelle. Hourah ! ». Puis il est parti.")
    assert split_sentences(p) == [
        "Il a dit : « Artifact est le premier. C'est une bonne nouvelle. Hourah ! ».",
        "Puis il est parti.",
    ]


def test_sentences_abbreviations_and_initials():
    p = "M. Dupont est arrivé. Selon Joseph J. Lhota, le métro est inondé. Mme Durand confirme."
    assert split_sentences(p) == ["M. Dupont est arrivé.", "Selon Joseph J. Lhota, le métro est inondé.", "Mme Durand confirme."]


def test_word_count_french():
    assert word_count("l’intégration de la Biélorussie – « vite »") == 5
    assert word_count("aujourd’hui, peut-être a-t-il 12 000 euros") == 6


def test_numbers_canonical():
    assert numbers("2 400 kilomètres, 65,6 % et 11% puis 2 800 000") == ["2400", "65,6", "11", "2800000"]


def test_typography():
    t = french_typography("l'UE a dit : « non » ; 11 % ! 12 000 euros...")
    assert "l’UE" in t and "\u00a0:" in t and "«\u00a0non\u00a0»" in t
    assert "\u202f;" in t and "\u202f!" in t and "12\u202f000" in t and t.endswith("…")


def test_slug():
    assert slugify("Œuvre d’art à Noël : l’été") == "oeuvre-d-art-a-noel-l-ete"


def test_opens_on_vowel():
    from seoarticle.text import opens_on_vowel

    assert opens_on_vowel("ouragan") and opens_on_vowel("Élysée") and opens_on_vowel("ïambe")
    assert not opens_on_vowel("habitants") and opens_on_vowel("habitants", h=True)
    assert not opens_on_vowel("") and not opens_on_vowel("", h=True) and not opens_on_vowel("sonde")


def test_a_slug_keeps_no_part_of_a_number_with_other_digits():
    # « 0० » (a Devanagari zero): its ASCII « 0 » alone would be another number (found by the property test).
    from seoarticle.text import slugify

    assert slugify("Actualité : 0० et 12") == "actualite-et-12"


def test_accentless_table_known_from_the_start_is_what_it_computes():
    # strip_accents starts from a table of ASCII and the accented Latin
    # letters: each entry is what the table computes for that character.
    from seoarticle.text import _ACCENTLESS_KNOWN, _Accentless, strip_accents

    computed = _Accentless()
    assert all(computed[code] == value for code, value in _ACCENTLESS_KNOWN.items())
    strip_accents.cache_clear()
    assert strip_accents("Œuvre à Noël, ça ſ") == "Oeuvre a Noel, ca s"
