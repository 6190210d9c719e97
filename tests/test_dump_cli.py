"""`infobox dump` on the command line: outputs, one-line problems, exit statuses, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from infobox.dump.multistream import write_multistream

DUMPS = Path(__file__).resolve().parent.parent / "fixtures" / "dumps"
PLAIN = DUMPS / "enwiki-sample.xml"
MULTI = DUMPS / "enwiki-sample-multistream.xml.bz2"
INDEX = DUMPS / "enwiki-sample-multistream-index.txt.bz2"
TRUNCATED = DUMPS / "viwiki-truncated.xml.xz"


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "infobox", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=cwd,
    )


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_a_dump_becomes_a_table_and_a_summary_line(tmp_path: Path) -> None:
    """Exit 0, nothing on stdout, one summary line naming the output, and the rows written."""
    out = tmp_path / "s.jsonl"
    done = run("dump", MULTI, "-o", out, "--workers", "2")
    assert 0 == done.returncode, done.stderr
    assert "" == done.stdout
    [summary] = lines(done.stderr)
    assert summary.startswith(f"infobox: {out}: ")
    assert "settlements" in summary
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows
    assert f"{len(rows)} settlements" in summary.replace(",", "")


def test_quiet_prints_nothing(tmp_path: Path) -> None:
    """--quiet: no progress bar, no summary."""
    done = run("dump", PLAIN, "-o", tmp_path / "s.csv", "--quiet", "--workers", "1")
    assert (0, "", "") == (done.returncode, done.stdout, done.stderr)
    assert (tmp_path / "s.csv").read_text(encoding="utf-8").startswith("title,")


def test_a_truncated_dump_is_written_up_to_the_cut_and_exits_1(tmp_path: Path) -> None:
    """A cut-off dump: the output holds the pages before the cut; one line says where; exit 1."""
    out = tmp_path / "vi.jsonl"
    done = run("dump", TRUNCATED, "-o", out, "--quiet")
    assert 1 == done.returncode
    [line] = lines(done.stderr)
    assert line.startswith("infobox: stopped early")
    assert "viwiki-truncated.xml.xz" in line
    assert out.exists()


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"just some text, no XML\n", "notes.xml"),
        (b"<html><body>not an export</body></html>", "page.xml"),
        (b"", "empty.xml"),
        (b"BZh91AY&SY corrupt", "corrupt.xml.bz2"),
        (b"\x1f\x8b\x08\x00 corrupt gzip", "corrupt.xml.gz"),
        (b"\xfd7zXZ\x00 corrupt xz", "corrupt.xml.xz"),
    ],
    ids=["text", "html", "empty", "bad-bz2", "bad-gz", "bad-xz"],
)
def test_bad_dumps_are_one_line_and_exit_1(tmp_path: Path, content: bytes, name: str) -> None:
    """Not an export, or bytes the compression cannot read: one line naming the file, exit 1."""
    dump = tmp_path / name
    dump.write_bytes(content)
    out = tmp_path / "out.parquet"
    done = run("dump", dump, "-o", out)
    assert 1 == done.returncode
    [line] = lines(done.stderr)
    assert line.startswith("infobox: "), line
    assert name in line, line
    assert "Traceback" not in done.stderr
    assert [dump] == list(tmp_path.iterdir())


def test_a_missing_dump_or_directory_is_one_line(tmp_path: Path) -> None:
    """A missing file and a directory: one line each, exit 1, no output."""
    for dump in (tmp_path / "missing.xml.bz2", tmp_path):
        done = run("dump", dump, "-o", tmp_path / "out.jsonl")
        assert 1 == done.returncode
        assert 1 == len(lines(done.stderr)), done.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_an_explicit_index_that_is_missing_or_wrong_is_refused(tmp_path: Path) -> None:
    """--index to a missing file, or to another dump's index: one line, exit 1, no output."""
    out = tmp_path / "out.jsonl"
    done = run("dump", MULTI, "--index", tmp_path / "missing-index.txt.bz2", "-o", out)
    assert 1 == done.returncode
    assert 1 == len(lines(done.stderr)), done.stderr
    other = tmp_path / "other-multistream.xml.bz2"
    other_index = tmp_path / "other-multistream-index.txt.bz2"
    write_multistream(PLAIN, other, other_index, pages_per_stream=7)
    done = run("dump", MULTI, "--index", other_index, "-o", out)
    assert 1 == done.returncode
    assert 1 == len(lines(done.stderr)), done.stderr
    assert not out.exists()


def test_output_problems_are_one_line(tmp_path: Path) -> None:
    """An existing output (without --force), an unknown extension, a missing directory."""
    existing = tmp_path / "s.jsonl"
    existing.write_text("old")
    for out in (existing, tmp_path / "s.txt", tmp_path / "no" / "such" / "s.parquet"):
        done = run("dump", PLAIN, "-o", out, "--workers", "1")
        assert 1 == done.returncode, out
        [line] = lines(done.stderr)
        assert line.startswith("infobox: "), line
    assert "old" == existing.read_text()
    done = run("dump", PLAIN, "-o", existing, "--workers", "1", "--force", "--quiet")
    assert 0 == done.returncode
    assert "old" != existing.read_text()


@pytest.mark.parametrize(
    "args",
    [("--workers", "0"), ("--limit", "-3"), ("--namespace", "main"), ("-o", "-")],
    ids=["workers", "limit", "namespace", "stdout"],
)
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    """Bad options are usage errors: exit 2, no traceback."""
    extra: tuple[str | Path, ...] = args if "-o" in args else ("-o", tmp_path / "x.jsonl", *args)
    done = run("dump", PLAIN, *extra)
    assert 2 == done.returncode
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("command", ["parse", "article", "profile"])
@pytest.mark.parametrize("dump", [PLAIN, MULTI], ids=["xml", "bz2"])
def test_page_commands_send_a_dump_to_infobox_dump(command: str, dump: Path) -> None:
    """parse/article/profile given an export say to use `infobox dump`, exit 2."""
    done = run(command, dump)
    assert 2 == done.returncode
    assert "infobox dump" in done.stderr
    assert "" == done.stdout


def test_ctrl_c_leaves_no_output_and_exits_130(tmp_path: Path) -> None:
    """Ctrl-C during a dump: exit 130, one line, no output file and no temporary file."""
    export = tmp_path / "big.xml"
    body = PLAIN.read_text(encoding="utf-8")
    start, end = body.index("<page>"), body.rindex("</page>") + len("</page>")
    export.write_text(body[:end] + body[start:end] * 30 + body[end:], encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "infobox", "dump", str(export), "-o", str(out_dir / "s.parquet"),
         "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not any(out_dir.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole group
    _, stderr = process.communicate(timeout=120)
    assert 130 == process.returncode, stderr
    assert ["infobox: interrupted"] == lines(stderr)
    assert [] == list(out_dir.iterdir())


def test_a_progress_bar_when_stderr_is_a_terminal(tmp_path: Path) -> None:
    """On a terminal: a bar with bytes, pages/s, settlements and ETA, then the summary."""
    import fcntl
    import pty
    import struct
    import termios

    controller, terminal = pty.openpty()
    # A terminal 120 columns wide (a new pseudo-terminal has no size: tqdm draws nothing).
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "infobox", "dump", str(MULTI), "-o", str(tmp_path / "s.jsonl"),
         "--workers", "1"],
        stdout=subprocess.DEVNULL,
        stderr=terminal,
    )  # fmt: skip
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal's other end closed (Linux: EIO)
            break
        if not chunk:
            break
        seen += chunk
    os.close(controller)
    assert 0 == process.wait(timeout=120)
    text = seen.decode("utf-8", "replace")
    assert "pages/s" in text
    assert "settlements · ETA" in text
    assert f"infobox: {tmp_path / 's.jsonl'}: " in text
