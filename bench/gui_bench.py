"""The learner app: cold start, opening a huge flagged article, memory (issue: learner app)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from bench.common import best_of, figure, ratio

BARE_START = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTextBrowser())
    window.show()
    QTimer.singleShot(0, window.close)
    app.exec()
    """
)

MEMORY = textwrap.dedent(
    """
    import resource, sys
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "bare":
        window = QMainWindow(); window.setCentralWidget(QTextBrowser()); window.show()
    else:
        from spotit.gui.main_window import MainWindow
        from spotit.store.progress import Progress
        progress = Progress(sys.argv[3])
        window = MainWindow(progress, progress.add_learner("Bench"))
        window.add_pack(sys.argv[2]); window.show(); window.show_library()
        ids = window.packs["synthetic"].article_ids()
        for article_id in ids[:20]:
            window.open_article("synthetic", article_id)
    app.processEvents()
    try:  # VmHWM is this process's own peak; ru_maxrss survives exec() from the parent on Linux
        status = open("/proc/self/status").read()
        print(next(l.split()[1] for l in status.splitlines() if l.startswith("VmHWM:")))
    except OSError:
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """
)


def _env(data_dir: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SPOTIT_DATA_DIR=data_dir)
    # An installed app starts from cached bytecode (pip compiles PySide6's); let ours be cached too.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _timed_run(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def bench_cold_start() -> None:
    with tempfile.TemporaryDirectory() as data:
        env = _env(data)
        spotit = [sys.executable, "-m", "spotit.cli", "--learner", "Bench", "--exit-when-ready"]
        first = _timed_run(spotit, env)  # builds the bundled pack into the empty data folder
        app = min(_timed_run(spotit, env) for _ in range(3))
        bare = min(_timed_run([sys.executable, "-c", BARE_START], env) for _ in range(3))
    figure("start_first_run_with_pack_build", first * 1000, "ms")
    figure("start_to_library", app * 1000, "ms")
    figure("start_bare_pyside6_baseline", bare * 1000, "ms")
    ratio("start_to_library", app, bare)


def bench_big_article() -> None:
    from PySide6.QtWidgets import QApplication

    from spotit.content.source import read_pack_source
    from spotit.core.model import Flag
    from spotit.gui.reader import ReaderPage
    from spotit.practice import Practice
    from spotit.store.pack import build_pack, open_pack
    from spotit.store.progress import Progress

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "src" / "articles").mkdir(parents=True)
        (root / "src" / "pack.toml").write_text('id = "big"\ntitle = "Big"\nversion = "1"\n')
        words = "officials said the plan was rushed while supporters praised it".split()
        paragraphs = [
            " ".join(words[(p + i) % len(words)] for i in range(50)) + f" mark{p}."
            for p in range(400)
        ]
        (root / "src" / "articles" / "big.md").write_text(
            '+++\nid = "big"\nheadline = "A very long article"\nkind = "opinion"\n+++\n'
            + "\n\n".join(paragraphs)
        )
        source = read_pack_source(root / "src")
        pack = open_pack(build_pack(source, root / "big.spotit"))
        article = pack.article("big")
        text = article.text
        step = len(text) // 500
        flags = [Flag(i * step, i * step + 20, "vague-source") for i in range(500)]
        progress = Progress(root / "progress.db")
        learner = progress.add_learner("Bench")
        practice = Practice(progress, learner)
        practice.save_draft(practice.open_article(pack, article), flags, 0)
        page = ReaderPage(practice)
        page.resize(1280, 800)
        page.show()

        def open_it() -> None:
            page.report = None
            page.open_article(pack, article)
            page.view.viewport().repaint()
            app.processEvents()

        elapsed = best_of(open_it, repeat=5)
        assert len(page.flags) == 500
        n_words = len(text.split())
        figure("open_article_words", n_words, "words")
        figure("open_20k_word_article_500_flags", elapsed * 1000, "ms")
        page.close()
        pack.close()
        progress.close()


def bench_memory() -> None:
    from bench.core_bench import _synthetic_source
    from spotit.content.source import read_pack_source
    from spotit.store.pack import build_pack

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _synthetic_source(root / "src", 1000)
        pack = build_pack(read_pack_source(root / "src"), root / "synthetic.spotit")
        env = _env(str(root / "data"))
        app_kib = int(
            subprocess.run(
                [sys.executable, "-c", MEMORY, "app", str(pack), str(root / "p.db")],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()[-1]
        )
        bare_kib = int(
            subprocess.run(
                [sys.executable, "-c", MEMORY, "bare"],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()[-1]
        )
    figure("peak_memory_app_1000_article_pack", app_kib / 1024, "MiB")
    figure("peak_memory_bare_pyside6_baseline", bare_kib / 1024, "MiB")
    ratio("peak_memory_app_1000_article_pack", app_kib, bare_kib)


def run() -> None:
    bench_cold_start()
    bench_big_article()
    bench_memory()
