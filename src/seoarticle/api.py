"""The library entry point: `rewrite(text, options)` runs the whole pipeline
reader -> analysis -> keyphrase -> outline -> engine -> render -> checks."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import InputError
from .model import Article, Options


@dataclass
class Result:
    markdown: str
    article: Article
    report: "object"  # checks.Report
    input_words: int


def prepare(text: str, options: Options | None = None):
    """What `rewrite` does before any parse: the input's checks
    (`reader.check_input`: InputError for an input to refuse), then
    `reader.read`. Returns the `reader.Source`; `analysis.texts_to_parse`
    of it says what the parse takes."""
    from .reader import check_input, read

    options = options or Options()
    check_input(text, options)
    source = read(text)
    if options.keyword is not None:
        check_keyword(source, options.keyword)
    source.keyword_checked = options.keyword  # (see `draft`)
    return source


def check_keyword(source, keyword: str) -> None:
    """InputError for a `--keyword` to refuse: one with no content word,
    or with a word the text never uses. Decided from the text before any
    parse (c3-21), from the sentences the analysis would parse
    (`analysis.texts_to_parse`)."""
    from .nlp import prime

    prime()  # before the stages' imports: their patterns may come from the cache
    from . import keyphrase
    from .analysis import texts_to_parse

    # The engine writes the text's words only: a keyphrase it does not use
    # would be put in the title and headings all the same.
    if not keyphrase.content_stems(keyword):
        raise InputError(f"--keyword « {keyword.strip()} »: no word in it names anything; "
                         "give the subject's words (« vaccin dengue »), or leave --keyword out")
    if keyword:
        texts = texts_to_parse(source)
        if source.title:
            texts.pop()  # (the title: read as the source's)
        missing = keyphrase.words_not_in_text(source, texts, keyword)
        if missing:
            raise InputError(f"--keyword « {keyword} »: the text never uses « {' », « '.join(missing)} »; "
                             "give a keyphrase made of the text's words, or leave --keyword out")


def rewrite(text: str, options: Options | None = None, *, source=None, docs: list | None = None) -> Result:
    """Rewrite a French news text. `text` is a str, or the `reader.Document`
    that `reader.load` made of a file (its title, keyword and structure are
    then used). Raises InputError for an input to refuse (empty, over
    `options.max_words`, not French without `options.force_lang`).

    A batch, which parses many inputs at once, passes `source` (what
    `prepare(text, options)` returned) and `docs` (the parses of
    `analysis.texts_to_parse(source)`); the result is the same."""
    from .nlp import get_nlp

    d = draft(text, options, source=source, docs=docs)
    return d.finish(get_nlp().pipe(d.to_parse))


@dataclass
class Draft:
    """An article written, its report waiting for spaCy's parse of the few
    lines the checks cannot read from the input's parse (`to_parse`): a
    batch parses those of several articles at once."""

    text: object
    options: Options
    source: object  # reader.Source
    article: Article
    markdown: str
    pending: object  # checks.Pending
    cleaned: str  # the input as the reader cleaned it
    source_facts: object

    @property
    def to_parse(self) -> list[str]:
        return self.pending.to_parse

    def finish(self, parsed) -> Result:
        """The result, given spaCy's Docs of `to_parse`, in order."""
        from .decoding import LABELS

        text, article, source = self.text, self.article, self.source
        report = self.pending.finish(parsed, self.options.min_words, self.cleaned, self.source_facts)
        report.facts.update({
            # A plain str has no format of its own (its .format is a method).
            "input_format": "txt" if type(text) is str else getattr(text, "format", "txt"),
            "input_encoding": None if type(text) is str else LABELS.get(getattr(text, "encoding", None) or "",
                                                                      getattr(text, "encoding", None)),
            "input_words": source.words,
            "keyword_how": article.keyword_how,
            "keywords": article.keywords,
            "shortfall": article.notes,
        })
        if source.left_out or source.wire_notes:
            report.facts["left_out"] = [f"opening line {k}, in {lang}, not French: « {line} »"
                                        for k, (lang, line) in enumerate(source.left_out, 1)] + [
                f"the wire's note on the dispatch itself, not news: « {note} »" for note in source.wire_notes]
        return Result(self.markdown, article, report, source.words)


def draft(text: str, options: Options | None = None, *, source=None, docs: list | None = None) -> Draft:
    """`rewrite` but for the spaCy parse its checks need (`Draft.finish`)."""
    from .nlp import get_nlp, prime

    prime()  # before the stages' imports: their patterns may come from the cache
    from . import rephrase
    from .analysis import analyse

    options = options or Options()
    if source is None:
        source = prepare(text, options)
    elif options.keyword is not None and getattr(source, "keyword_checked", None) != options.keyword:
        check_keyword(source, options.keyword)  # (a source prepared without this keyword: c1-17)
    analysis = analyse(source, docs=docs)
    # (« le même N » points back only to a noun the text names elsewhere: see rephrase.named_nouns.)
    named = rephrase._NAMED_NOUNS.set(rephrase.named_nouns(analysis.sentences))
    try:
        return _draft(text, options, source, analysis, docs)
    finally:
        rephrase._NAMED_NOUNS.reset(named)


def _draft(text, options: Options, source, analysis, docs) -> Draft:
    from .nlp import get_nlp
    from . import checks, keyphrase, outline, render
    from .engines import offline
    from .facts import extract

    # The keyword given (--keyword) comes first, then a draft's front matter's.
    given = getattr(text, "keyword", None)
    # (A --keyword the text never uses was refused by `prepare`, before the parse.)
    dropped = None
    if given and not options.keyword and (not keyphrase.content_stems(given)
                                          or keyphrase.words_not_in_text(analysis.source, (s.text for s in analysis.sentences), given)):
        dropped, given = given, None
    focus, secondary = keyphrase.choose(analysis, options.keyword or given)
    if given and not options.keyword:
        focus.how = "from the input's front matter"
    elif dropped:
        focus.how += f"; the front matter's « {dropped} » is not in the text"
    plan = outline.make_plan(analysis, focus, secondary)
    article = offline.write(analysis, plan, options)
    md = render.to_markdown(article)
    # The report is `seoarticle check`'s, with the facts compared to the input;
    # the input is already parsed, so its facts come from that parse.
    docs = [s.doc for s in analysis.sentences] + ([analysis.title_doc] if analysis.title_doc is not None else [])
    # The text as the reader cleaned it: reference markers (« anneaux[1] »)
    # and markup are no facts the article should keep.
    # The dateline's date and place are facts of the input (the front matter
    # keeps them).
    cleaned = "\n".join([x for x in (source.title, source.dateline, source.location) if x]
                        + [b.text for b in source.blocks])
    pending = checks.read_article(md, article.keyword, get_nlp(), known_docs=_by_text(analysis), reuse_from=docs)
    return Draft(text, options, source, article, md, pending, cleaned, extract(cleaned, docs))


def _by_text(analysis) -> dict:
    """Text -> Doc of what the analysis parsed: each sentence, then the title
    (the texts it gave spaCy, which a Doc's text equals; `Doc.text` rebuilds
    the string from every token)."""
    known = {s.text: s.doc for s in analysis.sentences}
    if analysis.title_doc is not None:
        known[analysis.source.title] = analysis.title_doc
    return known
