"""End to end on real text: the corpus and the ISW briefing."""

import re
from collections import Counter

import pytest

from conftest import body_sentences
from seoarticle.analysis import quotes_in
from seoarticle.checks import parse_markdown
from seoarticle.text import normalize, numbers

FIELDS = ("title", "description", "slug", "keyword", "keywords", "lang")


def names(text):
    from seoarticle.nlp import get_nlp

    doc = get_nlp()(normalize(text))
    return {e.text for e in doc.ents if e.label_ in ("PER", "ORG", "LOC")}


def test_every_text_runs_and_keeps_its_facts(results):
    for name, (text, res) in results.items():
        md = res.markdown
        art = parse_markdown(md)
        for f in FIELDS:
            assert f in art.front, (name, f)
        assert art.front["lang"] == "fr"
        assert len(art.h1) == 1, name
        # No number the input lacks.
        assert set(numbers(md)) <= set(numbers(text)), (name, set(numbers(md)) - set(numbers(text)))
        # Quotations word for word.
        src = normalize(text)
        for q in quotes_in(normalize(md)):
            assert q in src, (name, q)


def test_long_texts_are_expanded(results):
    """What the engine reaches today: every text of 300+ words grows by at
    least 15 % or reaches 700 words."""
    for name, (text, res) in results.items():
        if res.input_words >= 300:
            got = res.report.facts["words"]
            assert got >= min(700, 1.15 * res.input_words), (name, res.input_words, got)


def test_long_texts_reach_700_words(results):
    for name, (text, res) in results.items():
        if res.input_words >= 300:
            assert res.report.facts["words"] >= 700, (name, res.input_words, res.report.facts["words"])


def test_short_texts_say_so(results):
    for name, (text, res) in results.items():
        if res.report.facts["words"] < 700:
            assert res.article.notes and "short of the 700" in res.article.notes[0], name


def test_no_sentence_appears_twice(results):
    for name, (text, res) in results.items():
        sents = [re.sub(r"^\W+", "", s) for s in body_sentences(res.markdown)]
        dup = [s for s, n in Counter(sents).items() if n > 1 and len(s.split()) > 3]
        assert not dup, (name, dup)


def test_no_named_entity_invented(results):
    for name in ("001.txt", "isw-briefing.txt"):
        text, res = results[name]
        source = normalize(text)
        body = parse_markdown(res.markdown).body
        for ent in names(body):
            assert ent.replace("’", "'") in source, (name, ent)


def test_outline_meets_its_targets(results):
    for name, (text, res) in results.items():
        art = parse_markdown(res.markdown)
        assert len(art.front["title"]) <= 65, name
        if res.input_words < 300:
            continue
        h2 = [h for lv, h in art.headings if lv == 2]
        assert len(h2) >= 3, (name, h2)
        generic = {"Introduction", "Conclusion", "Autres informations", "Section 2"}
        assert not generic & set(h2)
        assert re.fullmatch(r"[a-z0-9-]+", art.front["slug"])


def test_isw_example(results):
    text, res = results["isw-briefing.txt"]
    art = parse_markdown(res.markdown)
    assert res.report.facts["words"] >= 700
    assert sum(1 for lv, _ in art.headings if lv == 2) >= 3
    assert sum(1 for lv, _ in art.headings if lv == 3) >= 1
    assert 120 <= len(art.front["description"]) <= 156
    assert {"Russie", "Biélorussie"} <= set(art.front["keyword"].split())


def test_deterministic(results):
    from seoarticle import rewrite

    text, res = results["004.txt"]
    assert rewrite(text).markdown == res.markdown


def test_french_typography(results):
    for name, (text, res) in results.items():
        md = res.markdown
        assert "'" not in md.split("---", 2)[2].replace("\\'", ""), name
        assert not re.search(r"« |[ ]»|\w :|[ ][;!?]", md.split("---", 2)[2]), name


def test_weekday_chronology_follows_the_dateline(results):
    # 009 is dated Tuesday 30 October 2012 and tells of « lundi soir »,
    # « ce mardi soir » and what is expected « mercredi ».
    md = results["009.txt"][1].markdown
    chrono = md.split("## Chronologie", 1)[1].split("\n## ", 1)[0]
    labels = [line.split("**")[1] for line in chrono.splitlines() if line.startswith("- **")]
    # (« ce mardi soir »'s one statement is listed under its figure, « plus de
    # 8 millions de foyers », and not again here.)
    assert labels[0] == "Lundi soir" and labels[-1] == "Mercredi" and "Mardi soir" not in labels


def test_headline_rubric_and_full_names_make_the_title(results):
    assert results["009.txt"][1].article.keyword == "ouragan Sandy"
    assert results["004.txt"][1].article.title == "Allemagne : Angela Merkel sort fragilisée des élections"
    assert results["005.txt"][1].article.title.startswith("Jeux olympiques de Rio : Alistair Brownlee")


def test_no_empty_or_generic_heading(results):
    for name, (_, r) in results.items():
        for line in r.markdown.splitlines():
            if line.startswith("#"):
                heading = line.lstrip("#").strip()
                # (« Chronologie »: the dated list's own name, when its lines
                # do not tell of the keyphrase; see offline._tell_of.)
                assert len(heading.split()) >= 2 or heading == "Chronologie", (name, line)


def test_derived_lines_and_descriptions_never_open_on_a_word_pointing_back(results):
    """« Ils se sont prononcés … » or « Disponible depuis décembre 2015, il est
    autorisé … » mean nothing out of their paragraph: no list item and no
    meta description may open so."""
    from seoarticle.rephrase import points_back

    for name, (_, res) in results.items():
        assert not points_back(res.article.description), (name, res.article.description)
        for b in res.article.blocks:
            for item in b.items:
                text = re.sub(r"^\*\*[^*]+\*\* : ", "", item)
                assert not points_back(text[:1].upper() + text[1:]), (name, item)


def test_a_short_sentence_with_the_keyphrase_opens_a_two_sentence_description(results):
    # 004: « Angela Merkel réussit son pari … » alone is too short for a
    # description; the next sentence, shortened, completes it, and its « la
    # soutenant » is no longer read without « Angela Merkel » before it.
    text, res = results["004.txt"]
    d = res.article.description
    assert d.startswith("Angela Merkel réussit son pari") and 120 <= len(d) <= 156, d
    assert "la soutenant" not in d


def test_the_library_report_of_a_plain_string_is_json():
    import json

    from conftest import ISW
    from seoarticle import rewrite

    report = rewrite(ISW.read_text(encoding="utf-8")).report.to_dict()
    assert report["input_format"] == "txt"
    assert json.loads(json.dumps(report, ensure_ascii=False))["words"] == report["words"]


def test_three_to_eight_secondary_keywords_none_cut_from_its_noun(results):
    """Issue 2 asks 3 to 8 secondary keywords: a short text with few
    recurring phrases takes the names it cites. A window never cuts an
    adjective from its noun (« tunnels de métro inondés » gave « métro
    inondés »), nor ends on a day (« jeudi soir »)."""
    for name, (text, res) in results.items():
        kws = res.article.keywords
        assert 3 <= len(kws) <= 8, (name, kws)
        assert not any(k.endswith(("inondés", "soir", "fragilisée")) for k in kws), (name, kws)
    assert {"Gerhard Schröder", "Alternative pour l'Allemagne"} <= set(results["004.txt"][1].article.keywords)


def test_answers_are_never_their_sentence_less_a_word_and_nationalities_read_as_adjectives(results):
    from seoarticle.engines.offline import _near_copy

    text, res = results["006.txt"]
    # « Ainsi, le harcèlement est définit comme « … » » once is enough.
    assert res.markdown.count("harcèlement est définit comme") == 1
    text, res = results["005.txt"]
    # A nationality alone is no answer to « Qui est … ? » (review 19, B-M2):
    # neither « est le Slovaque » (the only one) nor « est slovaque ».
    assert "Qui est Richard Varga" not in res.markdown and "est slovaque" not in res.markdown
    assert "est le Slovaque" not in res.markdown and "est le Sud-Africain" not in res.markdown
    # Figures: a label followed by another complement says nothing.
    assert "**40 km** en" not in res.markdown and "**12,6 % des voix** et" not in results["004.txt"][1].markdown

    class S:
        text = "Ainsi, le harcèlement est défini comme un délit grave puni par la loi."

    assert _near_copy(S, "Le harcèlement est défini comme un délit grave puni par la loi.")
    assert not _near_copy(S, "Le harcèlement est défini comme un délit grave.")

    class T:
        text = "Cette nouvelle série est baptisée « Europe » et présente pour la première fois un visage humain."

    # The demonstrative resolved, the rest word for word: still the same sentence.
    assert _near_copy(T, "La nouvelle série est baptisée « Europe » et présente pour la première fois un visage humain.")
    # Re-ordered, it is another sentence.
    assert not _near_copy(T, "Pour la première fois, la nouvelle série baptisée « Europe » présente un visage humain.")


def test_dates_in_a_relative_clause_or_ending_the_sentence_make_a_chronology(results):
    text, res = results["010.txt"]
    md = normalize(res.markdown)
    assert "**10 janvier 2013** : la nouvelle série sera dévoilée." in md
    assert ("**Mai 2013** : la nouvelle série de billets sera diffusée aux 332 millions d'Européens résidant "
            "dans les dix-sept états membres.") in md


def test_a_statement_that_points_back_answers_no_question(results):
    # 007's only statement of its « crises politiques » speaks of « ces deux
    # pays »: out of its paragraph it points back, so it answers nothing.
    text, res = results["007.txt"]
    md = normalize(res.markdown)
    faq = md.split("## Questions-réponses", 1)[1]
    assert "### Que sait-on des crises politiques ?" not in md and "ces deux pays" not in faq
    assert "\n- Les crises politiques que vivent ces deux pays" not in md  # nor is it a key point
    # Where the sentence names the two countries, it stands alone: a key point,
    # or the answer to a question.
    from seoarticle import rewrite

    named = text.replace("que vivent ces deux pays", "que vivent l'Espagne et le Portugal")
    assert named != text
    md = normalize(rewrite(named).markdown)
    statement = "Les crises politiques que vivent l'Espagne et le Portugal pourraient s'accentuer.\n"
    assert "\n- " + statement in md or "\n" + statement in md.split("## Questions-réponses", 1)[1]


def test_a_figure_with_no_shorter_statement_is_listed_with_its_short_sentence(results):
    text, res = results["009.txt"]
    md = normalize(res.markdown)
    assert ("**quatre jours** : il faudrait quatre jours, et peut être même davantage, afin de vider les sept tunnels "
            "de métro inondés.") in md
    text, res = results["010.txt"]
    md = normalize(res.markdown)
    assert "**Mai 2013** : les nouveaux billets de 5 euros seront mis en circulation" in md
    # No derived line keeps « cette date » out of its paragraph.
    derived = [line for line in md.splitlines() if line.startswith("- ")]
    assert not any("cette date" in line or "ce délai" in line for line in derived), derived


def test_a_derived_line_keeps_its_sentences_years(results):
    """« En 2013, il avait fallu trois mois de négociations » without its year
    would tell of today: outside the chronology (whose label holds the date),
    a derived line keeps the years of its sentence."""
    text, res = results["004.txt"]
    md = normalize(res.markdown)
    assert "**trois mois** : en 2013, il avait fallu trois mois" in md
    body = md.split("## L'essentiel", 1)[1]
    assert "- Il avait fallu trois mois" not in body


def test_a_number_glued_to_a_full_stop_with_a_sign_invents_nothing():
    """Found by the property tests: « …tête de course.+12 000 » gave the
    bold label « course.+12 12 000 », a number 12 the input lacks."""
    from conftest import CORPUS
    from seoarticle import rewrite

    text = next(p for p in CORPUS if p.name == "005.txt").read_text(encoding="utf-8")
    text += "\n\nLes trois frères restent en tête de course.+12 000"
    md = rewrite(text).markdown
    assert set(numbers(md)) <= set(numbers(text)), set(numbers(md)) - set(numbers(text))
    assert "12 12 000" not in md


def test_two_unlabelled_lines_of_one_sentence_never_say_nearly_the_same(results):
    """005's lead sentence gave the key point « L'épreuve de triathlon …, la
    deuxième consécration du Britannique Alistair Brownlee. » and, less a
    relative clause, the answer to « Que sait-on d'Alistair Brownlee ? »: the
    same line twice. Key points and answers of one sentence now differ."""
    from seoarticle.engines.offline import REPEAT_RATIO, _Derived, _shared_words

    text, res = results["005.txt"]
    points = [it for b in res.article.blocks if b.kind == "ul" for it in b.items if not it.startswith("**")]
    blocks = res.article.blocks
    answers = [b.text for prev, b in zip(blocks, blocks[1:]) if prev.kind == "h3" and b.kind == "p"]
    consecration = [line for line in points + answers if "deuxième consécration" in line]
    assert len(consecration) == 1, consecration
    # The rule itself, on one sentence: a second prose line sharing 80 % of its words is refused.
    from seoarticle.analysis import analyse
    from seoarticle.reader import read

    a = analyse(read("Le vaccin, qui a nécessité vingt ans de recherche, est produit près de Lyon dans une usine neuve."))
    d = _Derived(a)
    s = a.sentences[0]
    d.section = "points"
    assert d.take(s, "Le vaccin est produit près de Lyon dans une usine neuve.")
    d.section = "faq"
    assert d.take(s, "Le vaccin est produit près de Lyon dans une usine.") is None
    assert _shared_words("Le vaccin est produit près de Lyon.", "Le vaccin est produit près de Lyon dans une usine.") >= REPEAT_RATIO
    d.section = "figures"  # under a label, a new angle
    assert d.take(s, "Le vaccin a nécessité vingt ans de recherche.")


def test_intertitres_are_whole_nominal_groups(results):
    """Seen in earlier outputs: « Le compatriote Richard Murray auteur » (two
    phrases run together), « Le % en cas de récidive », « Les kilomètres de
    large séparant Saturne » (a participle), « Nicolas Altobelli et vitesse
    élevée » (no article), « la sonde du fait » (a locution cut), « la zone »
    cut from « zone euro », « … en titre savoure » (a verb)."""
    bad = re.compile(r"(?:\bauteur$|^Le %|séparant|\bet (?!(?:le|la|les|l'|du|des|de|d'|à|au|aux|en)\b)[a-zé]\w+ [a-zé]|\bdu fait$"
                     r"|de la zone$|savoure$)")
    for name, (text, res) in results.items():
        for b in res.article.blocks:
            if b.kind == "h2":
                assert not bad.search(b.text), (name, b.text)


def test_descriptions_say_what_happened_with_the_keyphrase(results):
    """001's description was a sentence from the middle of the story (the
    assailant, « tué par la riposte des policiers »), 005's a lap of the race."""
    assert results["001.txt"][1].article.description.startswith("Un policier a été tué jeudi 20 avril")
    # 005's « …la deuxième consécration du Britannique Alistair Brownlee, qui
    # conserve son titre olympique … » no longer gives « Le Britannique
    # Alistair Brownlee conserve son titre olympique … »: « qui » may be of
    # « la consécration » as well (session 12 review: « l'amendement du député
    # Julien Marchetti, qui impose … » made the deputy impose), and no
    # statement is made of an uncertain antecedent. Its description is no
    # statement of the relative any more.
    assert "Alistair Brownlee conserve" not in results["005.txt"][1].article.description
    for name, (text, res) in results.items():
        assert len(res.article.description) <= 156, name


def test_titles_and_descriptions_from_the_issue_6_review():
    """Engine bugs a new user's review found (E3, E4, E5, E7, E8)."""
    from conftest import CORPUS
    from seoarticle import rewrite
    from seoarticle.model import Options
    from seoarticle.reader import load

    # E3: « ce jeudi 12 juillet le nouveau projet de loi » gave the title
    # « le juillet le nouveau projet de loi »; the author's headline is kept.
    senat = ("Le Sénat adopte la loi sur le harcèlement\n\nLe Sénat a adopté à l'unanimité ce jeudi 12 juillet le "
             "nouveau projet de loi sur le harcèlement sexuel, dont le texte précédent avait été abrogé il y a deux "
             "mois par le Conseil constitutionnel. Le nouveau texte, adopté dans l'urgence, définit plus précisément "
             "le délit de harcèlement sexuel et alourdit les sanctions à son encontre.")
    art = rewrite(senat).article
    assert art.title == "Le Sénat adopte la loi sur le harcèlement"
    assert not any("juillet le" in b.text for b in art.blocks if b.kind in ("h2", "h3"))
    # E4: a name after the title's colon keeps its capital.
    lines = [ln for ln in next(p for p in CORPUS if p.name == "001.txt").read_text(encoding="utf-8").split("\n")[1:]
             if ln.strip()]
    text = " ".join(lines[:3]) + "\n\n" + "\n\n".join(lines[3:])
    title = rewrite(text).article.title
    assert " : " not in title or title.split(" : ", 1)[1][:1].isupper() or title.split(" : ", 1)[1][:2] in ("le", "la", "l'", "le"), title
    assert "karim" not in title
    # E5: an endless sentence makes no endless description.
    long = ("Le Sénat adopte la réforme\n\nLe Sénat a adopté la réforme des retraites "
            + " ".join(["avec le soutien des élus de la majorité présidentielle et des centristes du groupe de l'Union"] * 25)
            + ". Le texte doit encore passer devant les députés.")
    desc = rewrite(long, Options(force_lang=True)).article.description
    assert len(desc) <= 156 and desc.endswith("…"), desc
    # E7: the author's front-matter title is kept as it is.
    md = ("---\ntitle: \"@Macron : « l'État », c'est \\\"nous\\\" # 1\"\nkeyword: réforme des retraites\n---\n\n"
          "Le président de la République a présenté mercredi la réforme des retraites devant le Conseil des ministres, "
          "à Paris. Le texte prévoit de reporter l'âge légal de départ de 62 à 64 ans, selon le gouvernement, qui "
          "promet une concertation avec les syndicats.\n")
    assert rewrite(load(md.encode("utf-8"), "a.md")).article.title == "@Macron : « l'État », c'est \"nous\" # 1"
    # E8: reference markers are no facts the article lacks.
    ref = ("La sonde Cassini entame son Grand Final\n\nLa sonde Cassini va passer entre Saturne et ses anneaux[1] pour "
           "tenter de les « peser »[2] et en apprendre un peu plus sur leur histoire. Les scientifiques de la NASA "
           "attendent beaucoup de ces mesures inédites, selon un communiqué de l'agence publié mercredi.")
    report = rewrite(ref).report.to_dict()
    numbers_check = next(c for c in report["checks"] if c["id"] == "facts_numbers")
    assert not numbers_check["items"].get("missing_from_article"), numbers_check


def test_a_line_without_final_punctuation_is_never_glued_to_a_paragraph():
    """E2 of the issue 6 review: a Markdown table row or a list item ran on
    into the paragraph before it (« …de Saturne. Date ; Étape 22 avril ; … »)."""
    from seoarticle import rewrite
    from seoarticle.reader import load

    md = ("# La sonde Cassini entame son Grand Final\n\nLa sonde Cassini va commencer une manœuvre périlleuse et "
          "inédite entre Saturne et ses anneaux pour tenter de les peser. Elle plongera vingt-deux fois entre la "
          "planète et ses anneaux avant de se désintégrer dans l'atmosphère de Saturne.\n\n| Date | Étape |\n|---|---|\n"
          "| 22 avril | Survol de Titan |\n\n- Premier plongeon le 26 avril\n- Dernier plongeon le 15 septembre\n\n"
          "Les scientifiques de la NASA attendent beaucoup de ces mesures inédites, selon un communiqué de l'agence "
          "publié mercredi.\n")
    art = rewrite(load(md.encode("utf-8"), "a.md")).article
    for b in art.blocks:
        if b.kind == "p":
            assert not re.search(r"[a-z]\. (?:Date|22 avril|Premier|Dernier)", b.text), b.text
            assert not re.search(r"(?:Étape|Titan|avril|septembre) [A-Z]", b.text), b.text


LYON = ("Explosion à Lyon : dix morts dans un immeuble\n\nUne explosion a détruit un immeuble de quatre étages dans "
        "le 8e arrondissement de Lyon dans la nuit de samedi à dimanche. Les secours sont intervenus vers 3 heures "
        "du matin.\n\nDix personnes, dont trois enfants, ont été tuées dans l'explosion. Quinze autres, dont deux "
        "pompiers, ont été blessées.\n\nLe parquet de Lyon a ouvert une enquête pour homicides involontaires. Une "
        "fuite de gaz est privilégiée par les enquêteurs.\n\nLe maire de Lyon s'est rendu sur place dimanche matin. "
        "Une cellule d'aide psychologique a été ouverte à la mairie du 8e arrondissement.")


def test_the_keyphrase_never_takes_the_place_of_the_authors_rubric():
    # (Review.) « Explosion à Lyon : dix morts dans un immeuble » with the
    # keyphrase « parquet de Lyon » gave « Parquet de Lyon : dix morts dans un
    # immeuble », which says another thing.
    from seoarticle import rewrite

    res = rewrite(LYON)
    assert res.article.keyword == "parquet de Lyon"
    assert res.article.title == "Explosion à Lyon : dix morts dans un immeuble", res.article.title


def test_the_keyphrase_may_name_the_authors_rubric_more_fully(results):
    # « Valve : de nouveaux jeux annoncés … » with the keyphrase « Valve Corporation ».
    text, res = results["008.txt"]
    assert res.article.title == "Valve Corporation : de nouveaux jeux annoncés"


def test_no_two_intertitres_alike():
    # (Review.) Two parts with no group of their own both fell back on the
    # keyphrase: « Le parquet de Lyon » twice in a row.
    from seoarticle import rewrite

    h2 = [h for lv, h in parse_markdown(rewrite(LYON).markdown).headings if lv == 2]
    assert len(h2) == len(set(h2)), h2


def test_a_title_is_never_cut_between_a_noun_and_its_complement():
    # (Review.) « Procès de l'usine chimique : le juge demande un complément
    # d'enquête » (68 characters) was cut to « … demande un complément ».
    from seoarticle import rewrite
    from seoarticle.outline import _fit

    assert _fit("le juge demande un complément d'enquête", 36) == ""
    assert _fit("Trois dirigeants sont poursuivis pour mise en danger", 40) == "Trois dirigeants sont poursuivis"
    text = ("Procès de l'usine chimique : le juge demande un complément d'enquête\n\nLe procès de l'usine chimique de "
            "Rouen s'est ouvert lundi devant le tribunal correctionnel. Trois dirigeants sont poursuivis pour mise en "
            "danger de la vie d'autrui.\n\nLes parties civiles, qui réclament 2 millions d'euros de dommages, dénoncent "
            "un report de plus. L'incendie de septembre 2019 avait détruit 9 000 tonnes de produits chimiques.")
    title = rewrite(text).article.title
    assert not title.endswith("un complément"), title


def test_no_derived_line_leans_on_another_sentence_after_its_start():
    """Fourth review: « « Nous avons progressé … », a-t-il affirmé. » under a
    bullet about another man, « Selon lui, les travaux … » (the lawyer),
    « L'homme est poursuivi … », « Pour y parvenir, l'hôpital a lancé … »
    were key points or figures of their own."""
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import _short_forms
    from seoarticle.reader import read

    a = analyse(read(
        "Le parquet a requis dix ans de prison contre Gérard Moulin, 61 ans. L'homme est poursuivi pour homicides "
        "involontaires et mise en danger de la vie d'autrui.\n\n"
        "« Mon client n'est pas un marchand de sommeil », a soutenu son avocat, Me Julien Fabre. Selon lui, les "
        "travaux de mise aux normes, chiffrés à 38 000 euros, devaient commencer en mars 2021.\n\n"
        "Thierry Gaudin a reconnu sa défaite. « Nous avons progressé de près de 4 000 voix depuis 2024. Ce n'est "
        "qu'une étape », a-t-il affirmé, annonçant qu'il serait à nouveau candidat lors des prochaines "
        "élections législatives.\n\n"
        "Sophie Marchetti espère rouvrir les urgences la nuit. Pour y parvenir, l'hôpital a lancé une campagne de "
        "recrutement et propose une prime d'installation de 10 000 euros."))
    lines = [f for s in a.sentences for f in _short_forms(s)]
    leaning = [f for f in lines if re.search(r"a-t-il|[Ss]elon lui|^L'homme|\by parvenir", f)]
    assert not leaning, leaning
    assert any(f.endswith("a affirmé Thierry Gaudin.") for f in lines)  # resolved: the one subject before


def test_a_quotation_of_two_sentences_is_kept_with_its_certain_speaker():
    """Fourth review: « Ce qu'a déclaré » was missing from six texts of ten:
    every quotation of more than one sentence was left out."""
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import quotations
    from seoarticle.reader import read

    a = analyse(read("Thierry Gaudin a reconnu sa défaite sans la commenter longuement. « Nous avons progressé de près "
                     "de 4 000 voix depuis 2024. Ce n'est qu'une étape », a-t-il affirmé, annonçant qu'il serait à "
                     "nouveau candidat lors des prochaines élections législatives."))
    said, speakers = quotations(a)
    assert said == ["**Thierry Gaudin** : « Nous avons progressé de près de 4 000 voix depuis 2024. Ce n'est qu'une "
                    "étape »"] and speakers == ["Thierry Gaudin"]


def test_a_speaker_s_quotations_are_listed_together():
    """« Ce qu'ont déclaré … » listed Sophie Marchetti three times, apart
    (second review of session 12): each speaker's quotations together, in the
    order the text first quotes them, and the text's order within them."""
    from seoarticle.analysis import analyse
    from seoarticle.engines.offline import quotations
    from seoarticle.reader import read

    a = analyse(read(
        "« Nous avons besoin de 14 urgentistes pour faire tourner le service », explique Sophie Marchetti, "
        "directrice de l'hôpital de Cahors. « Une heure de route pour un infarctus, ce n'est pas sûr », "
        "estime Antoine Ribes, urgentiste. « Si nous recrutons trois médecins d'ici à la fin du mois d'août, "
        "nous pourrons rouvrir », assure Sophie Marchetti."))
    items, speakers = quotations(a)
    assert speakers == ["Sophie Marchetti", "Antoine Ribes"]
    assert [i.split(" : ")[0] for i in items] == ["**Sophie Marchetti**", "**Sophie Marchetti**", "**Antoine Ribes**"]
    assert items[0].startswith("**Sophie Marchetti** : « Nous avons besoin") and "Si nous recrutons" in items[1]
