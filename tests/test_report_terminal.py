"""The report on a terminal: colour for the statuses only, none put on the
prose by Rich's highlighter (UX-16: the « 8 » of « UTF-8 », the numbers of
« in 1 sentence, … » came out bold and coloured)."""

import io
import re

from seoarticle.report import print_report

ESC = re.compile(r"\x1b\[[0-9;]*m")
# What the report styles: the labels of its head, the table's title and
# columns, the statuses (and the verdict line).
STYLED = {"keyphrase", "secondary", "input", "input words", "seoarticle report", "check", "value", "target",
          "status", "detail", "pass", "warn", "fail"}


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_prose_on_a_terminal_is_not_highlighted(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    data = {"keyword": "sonde Cassini", "keyword_how": "chosen from the text: in 1 sentence, the lead",
            "input_format": "txt", "input_encoding": "UTF-8", "input_words": 412,
            "checks": [{"name": "length", "value": 706, "target": ">= 700 words", "status": "pass",
                        "detail": "body words, headings excluded"},
                       {"name": "passive sentences", "value": 11.8, "target": "<= 10 %", "status": "warn",
                        "detail": "4 of 34"}]}
    out = Terminal()
    print_report(data, out)
    text = out.getvalue()
    assert ESC.search(text), "no colour at all: the test would prove nothing"
    plain = ESC.sub("", text)
    assert "UTF-8" in plain and "in 1 sentence, the lead" in plain
    # Codes only around what the report styles: the statuses, the verdict, the labels.
    for line in text.splitlines():
        for piece in re.findall(r"\x1b\[[0-9;]*m([^\x1b]*)\x1b\[0m", line):
            assert piece.strip() in STYLED | {""} or piece.startswith("verdict:"), (piece, line)
