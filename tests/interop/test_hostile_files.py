"""Hostile files given to an import: links, FIFOs, huge files, folders named like files.

Every import reads through ``interop.model.read_bytes``: regular files only, never
through a symbolic link, inside the folder the author gave, at most MAX_INPUT_BYTES.
A refused file found in a brat folder is skipped with one note; a refused file named
on the command line (or as a W3C ``--text``) is unusable input: exit 2, one line.
"""

import json
import os
import threading

import pytest

from spotit.cli import main
from spotit.interop.model import MAX_INPUT_BYTES, RefusedFile, read_bytes
from spotit.store.pack import open_pack

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX links and FIFOs")

SECRET = "root:x:0:0:root:/root:/bin/bash\nsecret line two\n"
GOOD = "Miracle cure found\nExperts say it works.\n"


def run_bounded(capsys, *args, fifo=None, seconds=20):
    """Run ``spotit`` in a thread; fail (and release the FIFO reader) if it blocks."""
    result: dict = {}
    thread = threading.Thread(
        target=lambda: result.setdefault("status", main([str(a) for a in args])), daemon=True
    )
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        if fifo is not None:
            with open(fifo, "wb"):  # a writer arriving and leaving ends the blocked read
                pass
        thread.join(seconds)
        pytest.fail(f"the import blocked for more than {seconds} s")
    out, err = capsys.readouterr()
    return result["status"], out, err


def brat_folder(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "good.ann").write_text("T1\tHype 0 12\tMiracle cure\n", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "passwd").write_text(SECRET, encoding="utf-8")
    return corpus, outside


def import_brat(capsys, tmp_path, corpus, fifo=None):
    out = tmp_path / "out.spotit"
    status, stdout, stderr = run_bounded(
        capsys, "pack", "import", "--from", "brat", corpus, "-o", out, fifo=fifo
    )
    return status, stdout, stderr, out


def pack_texts(path):
    with open_pack(path) as pack:
        return {i: pack.article(i).text for i in pack.article_ids()}


def skipped(stderr):
    return [line for line in stderr.splitlines() if line.endswith("; skipped")]


def test_a_link_to_a_file_outside_the_folder_is_skipped(capsys, tmp_path):
    corpus, outside = brat_folder(tmp_path)
    (corpus / "passwd.txt").symlink_to(outside / "passwd")
    status, _, stderr, out = import_brat(capsys, tmp_path, corpus)
    assert status == 0, stderr
    assert list(pack_texts(out)) == ["good"]
    assert "secret line two" not in "".join(pack_texts(out).values())
    assert skipped(stderr) == [
        f"note: {corpus / 'passwd.txt'}: a symbolic link; imports read only regular files; skipped"
    ]


def test_a_link_inside_the_folder_pointing_outside_is_skipped(capsys, tmp_path):
    corpus, outside = brat_folder(tmp_path)
    (outside / "hostile.ann").write_text("T1\tHype 0 4\troot\n", encoding="utf-8")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "story.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "sub" / "story.ann").symlink_to(os.path.join("..", "..", "outside", "hostile.ann"))
    (corpus / "spotit-articles.json").symlink_to(outside / "passwd")
    status, _, stderr, out = import_brat(capsys, tmp_path, corpus)
    assert status == 0, stderr
    assert list(pack_texts(out)) == ["good"]
    assert len(skipped(stderr)) == 2
    assert all("symbolic link" in line for line in skipped(stderr))


def test_a_file_reached_through_a_linked_folder_is_outside(tmp_path):
    corpus, outside = brat_folder(tmp_path)
    (corpus / "linked").symlink_to(outside)
    with pytest.raises(RefusedFile, match="outside the folder"):
        read_bytes(corpus / "linked" / "passwd", corpus)


def test_a_fifo_in_the_folder_is_skipped_without_blocking(capsys, tmp_path):
    corpus, _ = brat_folder(tmp_path)
    fifo = corpus / "x.txt"
    os.mkfifo(fifo)
    status, _, stderr, out = import_brat(capsys, tmp_path, corpus, fifo=fifo)
    assert status == 0, stderr
    assert list(pack_texts(out)) == ["good"]
    assert skipped(stderr) == [
        f"note: {fifo}: not a regular file (a pipe, socket or device); not read; skipped"
    ]


@pytest.mark.parametrize("fmt", ["doccano", "labelstudio", "w3c"])
def test_a_fifo_named_as_input_exits_2_without_blocking(capsys, tmp_path, fmt):
    fifo = tmp_path / "in.json"
    os.mkfifo(fifo)
    status, _, stderr = run_bounded(
        capsys, "pack", "import", "--from", fmt, fifo, "-o", tmp_path / "o.spotit", fifo=fifo
    )
    assert status == 2
    assert stderr.splitlines() == [
        f"spotit: error: {fifo}: not a regular file (a pipe, socket or device); not read"
    ]
    assert not (tmp_path / "o.spotit").exists()


def w3c_annotations(tmp_path):
    source = "http://example.org/story"
    data = {
        "type": "Annotation",
        "body": {"type": "TextualBody", "purpose": "tagging", "value": "Hype"},
        "target": {"source": source, "selector": {"type": "TextQuoteSelector", "exact": "cure"}},
    }
    path = tmp_path / "notes.jsonld"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path, source


def test_a_w3c_text_that_is_a_fifo_or_a_link_exits_2(capsys, tmp_path):
    annotations, source = w3c_annotations(tmp_path)
    fifo = tmp_path / "story.txt"
    os.mkfifo(fifo)
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "notes.jsonld")
    out = tmp_path / "o.spotit"
    for text, why in ((fifo, "not a regular file"), (link, "a symbolic link")):
        status, _, stderr = run_bounded(
            capsys, "pack", "import", "--from", "w3c", annotations, "--text",
            f"{source}={text}", "-o", out, fifo=fifo,
        )  # fmt: skip
        assert (status, len(stderr.splitlines())) == (2, 1)
        assert stderr.startswith(f"spotit: error: {text}: {why}")


def test_a_link_named_as_input_exits_2(capsys, tmp_path):
    target = tmp_path / "real.jsonl"
    target.write_text(json.dumps({"text": GOOD, "label": []}) + "\n", encoding="utf-8")
    link = tmp_path / "in.jsonl"
    link.symlink_to(target)
    status, _, stderr = run_bounded(
        capsys, "pack", "import", "--from", "doccano", link, "-o", tmp_path / "o.spotit"
    )
    assert status == 2
    assert stderr.splitlines() == [
        f"spotit: error: {link}: a symbolic link; imports read only regular files"
    ]


def sparse(path, size):
    with open(path, "wb") as file:
        file.truncate(size)  # no disk space used: the size is all that is checked
    return path


def test_an_oversize_file_is_refused_before_it_is_read(capsys, tmp_path):
    big = sparse(tmp_path / "big.jsonl", MAX_INPUT_BYTES + 1)
    status, _, stderr = run_bounded(
        capsys, "pack", "import", "--from", "doccano", big, "-o", tmp_path / "o.spotit"
    )
    assert status == 2
    assert stderr.splitlines() == [f"spotit: error: {big}: larger than 50 MiB; not read"]


def test_an_oversize_file_in_a_folder_is_skipped(capsys, tmp_path):
    corpus, _ = brat_folder(tmp_path)
    sparse(corpus / "huge.txt", MAX_INPUT_BYTES + 1)
    status, _, stderr, out = import_brat(capsys, tmp_path, corpus)
    assert status == 0, stderr
    assert list(pack_texts(out)) == ["good"]
    assert skipped(stderr) == [
        f"note: {corpus / 'huge.txt'}: larger than 50 MiB; not read; skipped"
    ]


def test_a_folder_named_like_a_file(capsys, tmp_path):
    corpus, _ = brat_folder(tmp_path)
    (corpus / "x.txt").mkdir()
    status, _, stderr, out = import_brat(capsys, tmp_path, corpus)
    assert status == 0, stderr
    assert list(pack_texts(out)) == ["good"]
    assert skipped(stderr) == [f"note: {corpus / 'x.txt'}: a folder, not a file; skipped"]
    folder = tmp_path / "in.jsonl"
    folder.mkdir()
    status, _, stderr = run_bounded(
        capsys, "pack", "import", "--from", "doccano", folder, "-o", tmp_path / "o.spotit"
    )
    assert (status, stderr.splitlines()) == (2, [f"spotit: error: {folder}: a folder, not a file"])


def test_a_folder_of_nothing_but_refused_files_exits_2(capsys, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    os.mkfifo(corpus / "a.txt")
    status, _, stderr, out = import_brat(capsys, tmp_path, corpus, fifo=corpus / "a.txt")
    assert status == 2
    assert stderr.splitlines()[-1] == f"spotit: error: {corpus}: no brat document could be read"
    assert not out.exists()
