"""A pack's offline web (issue 15): searching and opening 5,000 source pages, and building them.

- ``search_5000_sources``: median of ``Pack.search`` over names and words of a pack with
  5,000 pages (under 20 ms), beside ``bare_fts5_query``, the same MATCH on the same FTS5
  table with nothing around it (no snippets, no checks). ``search_5000_sources_near_match``
  is a typo of a name (no page holds the word as typed, so its near matches are looked up).
- ``open_source_page``: median of opening a page (blocks, text, links, all checked), under
  30 ms; ``open_first_source_page`` is the first page of a freshly opened pack, which also
  reads and checks the list of every page once.
- ``build_5000_sources``: what the 5,000 pages add to building the pack from its folder
  (reading, rendering, checking, writing and indexing them), and its share of the whole
  build (``build_with_5000_sources``); ``build_search_index_5000`` is the index alone.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import figure, ratio
from spotit.content.source import read_pack_source
from spotit.store import search
from spotit.store.pack import build_pack, open_pack

PAGES = 5000
ARTICLES = 200
FIRST = (
    "anna boris clara dmitri elena farid greta hugo ines jonas karin leon mira nils olga".split()
)
LAST = "lisko varga okafor strand hovland penhale wenning solheim marek dufour ilves".split()
WORDS = (
    "the council said its report on the harbour plan was published in march after a vote "
    "of members who met at the town hall to discuss funding for schools roads and a new "
    "clinic which critics called late while supporters praised the careful review"
).split()
KINDS = ("person", "organisation", "outlet", "event", "fact-check", "report")


def _name(n: int) -> str:
    """An invented two-word name, unique for each page (a syllable code makes it so)."""
    code = "".join("bcdfghklmnprstvz"[int(d)] for d in f"{n:04d}")
    return f"{FIRST[n % len(FIRST)].title()} {LAST[n % len(LAST)].title()}{code}"


def _source_folder(folder: Path, rng: random.Random, pages: int) -> list[str]:
    (folder / "articles").mkdir(parents=True)
    (folder / "pack.toml").write_text('id = "web"\ntitle = "Web"\nversion = "1"\n', "utf-8")
    for i in range(ARTICLES):
        body = " ".join(rng.choice(WORDS) for _ in range(300))
        link = f" See [the profile](source:p{rng.randrange(pages)})." if pages else ""
        (folder / "articles" / f"{i:04d}.md").write_text(
            f'+++\nid = "a{i}"\nheadline = "Headline {i}"\nkind = "credible"\n+++\n{body}.{link}\n',
            "utf-8",
        )
    names = [_name(n) for n in range(pages)]
    if pages:
        (folder / "sources").mkdir()
    for n, name in enumerate(names):
        paragraphs = [
            " ".join(rng.choice(WORDS) for _ in range(60)).capitalize() + "." for _ in range(3)
        ]
        other = rng.randrange(pages)
        if other != n:
            paragraphs.append(f"See also [{names[other]}](source:p{other}).")
        (folder / "sources" / f"p{n:05d}.md").write_text(
            f'+++\nid = "p{n}"\nkind = "{KINDS[n % len(KINDS)]}"\ntitle = "{name}"\n'
            f'names = ["{name}"]\n+++\n' + "\n\n".join(paragraphs) + "\n",
            "utf-8",
        )
    return names


def _build(folder: Path, out: Path) -> float:
    start = time.perf_counter()
    source = read_pack_source(folder)
    assert not source.problems, source.problems[:3]
    build_pack(source, out)
    return time.perf_counter() - start


def _median_ms(fn, items) -> float:
    times = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _typo(name: str, rng: random.Random) -> str:
    first, last = name.split()
    at = rng.randrange(1, len(last) - 1)
    return f"{first} {last[:at]}{last[at + 1 :]}"  # one letter left out


def run() -> None:
    rng = random.Random(15)
    with tempfile.TemporaryDirectory(prefix="spotit-bench-sources-") as tmp:
        root = Path(tmp)
        names = _source_folder(root / "web", rng, PAGES)
        _source_folder(root / "bare", random.Random(15), 0)
        whole = min(_build(root / "web", root / "web.spotit") for _ in range(2))
        without = min(_build(root / "bare", root / "bare.spotit") for _ in range(2))
        figure("build_with_5000_sources", whole, "s")
        figure("build_5000_sources", whole - without, "s")
        figure("build_5000_sources_share", 100 * (whole - without) / whole, "%")

        source = read_pack_source(root / "web")
        index = sqlite3.connect(":memory:")
        search.create_index(index)
        start = time.perf_counter()
        with index:
            search.fill_index(index, source.sources)
        figure("build_search_index_5000", (time.perf_counter() - start) * 1000, "ms")
        index.close()

        # A third each: a page's name, a first name (hundreds of pages), two common words
        # (most pages).
        queries = [rng.choice(names) for _ in range(40)]
        queries += [rng.choice(FIRST).title() for _ in range(40)]
        queries += [" ".join(rng.sample(WORDS, 2)) for _ in range(40)]
        typos = [_typo(rng.choice(names), rng) for _ in range(40)]
        with open_pack(root / "web.spotit") as pack:
            pack.search("warm up")
            searched = _median_ms(pack.search, queries)
            near = _median_ms(pack.search, typos)
            assert all(pack.search(q).corrected for q in typos[:5])
            ids = [s.id for s in pack.sources()]
            opened = _median_ms(pack.source, rng.sample(ids, 200))
        bare = sqlite3.connect(f"{(root / 'web.spotit').as_uri()}?mode=ro&immutable=1", uri=True)
        bare_ms = _median_ms(
            lambda q: bare.execute(
                "SELECT id FROM sources_fts WHERE sources_fts MATCH ? ORDER BY rank LIMIT 20",
                (search.match_expression(search.parse_query(q)),),
            ).fetchall(),
            queries,
        )
        bare.close()
        figure("search_5000_sources", searched, "ms")
        figure("bare_fts5_query", bare_ms, "ms")
        ratio("search_5000_sources", searched, bare_ms)
        figure("search_5000_sources_near_match", near, "ms")
        figure("open_source_page", opened, "ms")

        firsts = []
        for page_id in rng.sample(ids, 10):
            with open_pack(root / "web.spotit") as fresh:
                start = time.perf_counter()
                fresh.source(page_id)
                firsts.append(time.perf_counter() - start)
        figure("open_first_source_page", statistics.median(firsts) * 1000, "ms")
