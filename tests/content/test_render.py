"""Markdown -> blocks -> canonical text: the rules every offset depends on."""

from hypothesis import given
from hypothesis import strategies as st

from spotit.content.render import markdown_to_html, render
from spotit.core.blocks import block_from_json, canonical_text


def texts(article):
    return [b.text for b in article.blocks]


def test_headline_is_the_first_block_and_blocks_join_with_newlines():
    article = render("Big  news", "First paragraph.\n\nSecond   paragraph\nwith a soft break.")
    assert texts(article) == ["Big news", "First paragraph.", "Second paragraph with a soft break."]
    assert article.text == "Big news\nFirst paragraph.\nSecond paragraph with a soft break."
    assert article.blocks[0].kind == "headline"


def test_inline_markup_is_styled_not_text():
    article = render("H", "Some *italic*, **bold** and `code` and [a link](https://example.org).")
    body = article.blocks[1]
    assert body.text == "Some italic, bold and code and a link."
    styles = {r.text: r for r in body.runs}
    assert styles["italic"].italic and styles["bold"].bold and styles["code"].code
    assert styles["a link"].link == "https://example.org"


def test_lists_quotes_headings_and_line_breaks():
    body = "## Sub\n\n- one\n- two\n    1. nested\n\n> quoted\n\nline  \nbreak\n"
    article = render("H", body)
    assert texts(article) == ["H", "Sub", "one", "two", "nested", "quoted", "line\nbreak"]
    kinds = [(b.kind, b.level, b.quote_depth, b.ordered) for b in article.blocks[1:6]]
    assert kinds == [
        ("heading", 2, 0, False),
        ("item", 1, 0, False),
        ("item", 1, 0, False),
        ("item", 2, 0, True),
        ("paragraph", 0, 1, False),
    ]


def test_numbered_list_keeps_its_numbers_out_of_the_text():
    article = render("H", "3. three\n4. four\n")
    assert texts(article)[1:] == ["three", "four"]
    assert [b.number for b in article.blocks[1:]] == [3, 4]


def test_entities_are_decoded_and_typography_kept():
    article = render("H", "Tom &amp; Jerry — “quoted” ‘text’ &lt;tag&gt;")
    assert article.blocks[1].text == "Tom & Jerry — “quoted” ‘text’ <tag>"


def test_raw_html_is_sanitised_and_no_remote_resources_survive():
    html = markdown_to_html(
        'Hi <script>alert(1)</script><img src="http://evil.example/x.png">'
        '<a href="javascript:alert(1)">x</a> <iframe src="http://e"></iframe>'
    )
    assert "script" not in html and "img" not in html and "iframe" not in html
    assert "javascript" not in html
    article = render("H", "Hi <b>bold</b> <script>alert(1)</script>there")
    assert article.blocks[1].text == "Hi bold there"


def test_code_block_keeps_its_lines():
    article = render("H", "Intro.\n\n    line one\n    line two\n")
    assert article.blocks[2].kind == "code"
    assert article.blocks[2].text == "line one\nline two"


def test_empty_body_gives_only_the_headline():
    assert texts(render("Only a headline", "")) == ["Only a headline"]


def test_blocks_survive_their_json_form():
    article = render("H", "A *b* [c](https://x.org)\n\n1. d\n\n> e")
    again = [block_from_json(b.as_json()) for b in article.blocks]
    assert again == article.blocks


words = st.text(alphabet="abcdé🚀 \n*_-#>", max_size=80)


@given(words, words)
def test_canonical_text_is_always_the_blocks_joined(headline, body):
    article = render(headline, body)
    assert article.text == canonical_text(article.blocks)
    for block in article.blocks:
        assert block.text == block.text.strip(" ")  # no edge spaces in any block
        assert "  " not in block.text or block.kind == "code"
