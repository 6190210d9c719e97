"""The command line's streams: closed, full, narrow, broken or interrupted, never a traceback.

Each case runs the command as a user does, in a subprocess: through ``python -m
infobox``, ``python -m infobox.cli`` and the installed ``infobox`` script alike.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGE = FIXTURES / "zhezkazgan" / "en.wiki"
RUSSIAN = FIXTURES / "articles" / "ru" / "satpaev.txt"
SCRIPT = Path(sys.executable).parent / "infobox"
LAUNCHERS = {
    "python -m infobox": [sys.executable, "-m", "infobox"],
    "python -m infobox.cli": [sys.executable, "-m", "infobox.cli"],
    "infobox script": [str(SCRIPT)],
}


def sh(script: str, *args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    """Run ``script`` in sh, where "$@" is the command followed by ``args``."""
    completed = subprocess.run(
        ["sh", "-c", script, "sh", *LAUNCHERS["python -m infobox"], *args],
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, **env},
    )
    assert b"Traceback" not in completed.stderr
    return completed


def run(
    *args: str, launcher: str = "python -m infobox", **env: str
) -> subprocess.CompletedProcess[bytes]:
    completed = subprocess.run(
        [*LAUNCHERS[launcher], *args],
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, **env},
    )
    assert b"Traceback" not in completed.stderr
    return completed


def one_line(stderr: bytes) -> str:
    """The one line on stderr (fails when there are more or none)."""
    [line] = stderr.decode("utf-8").splitlines()
    return line


# -- closed and full streams --------------------------------------------------------------


def test_closed_stdin_is_one_line_for_dash() -> None:
    """`infobox parse - <&-`: one line naming standard input, exit 1."""
    result = sh('exec "$@" <&-', "parse", "-")
    assert 1 == result.returncode
    assert "infobox: -: standard input is closed" == one_line(result.stderr)
    assert b"" == result.stdout


def test_closed_stdin_does_not_matter_when_files_are_given() -> None:
    """With stdin closed, a file named on the command line is still read."""
    result = sh('exec "$@" <&-', "parse", str(PAGE))
    assert 0 == result.returncode
    assert b"" == result.stderr
    assert result.stdout.startswith(f"{PAGE}: Infobox settlement".encode())


@pytest.mark.parametrize("args", [("parse", str(PAGE)), ("parse", "--json", str(PAGE))])
def test_closed_stdout_is_one_line_and_exit_1(args: tuple[str, ...]) -> None:
    """`infobox parse FILE >&-`: nothing can be written, so one line and exit 1, not silence."""
    result = sh('exec "$@" >&-', *args)
    assert 1 == result.returncode
    assert "infobox: standard output is closed; nothing can be written" == one_line(result.stderr)


@pytest.mark.parametrize(
    ("args", "status"),
    [(("parse", "/nonexistent"), 1), ((), 2), (("profile", "-", "-"), 2), (("parse",), 2)],
    ids=["missing-file", "no-command", "profile-stdin-twice", "no-files"],
)
def test_closed_stderr_keeps_messages_off_stdout(args: tuple[str, ...], status: int) -> None:
    """`2>&-`: error lines have nowhere to go; they must not land in the output instead."""
    result = sh('exec "$@" 2>&-', *args)
    assert (status, b"") == (result.returncode, result.stdout)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("launcher", list(LAUNCHERS))
@pytest.mark.parametrize(
    "args",
    [
        ("parse", str(PAGE)),
        ("parse", "--json", str(PAGE), str(PAGE)),
        ("article", str(RUSSIAN)),
        ("profile", str(PAGE), str(RUSSIAN)),
        ("--version",),
    ],
    ids=["parse", "parse-json", "article", "profile", "version"],
)
def test_a_full_disk_is_one_line_and_exit_1(launcher: str, args: tuple[str, ...]) -> None:
    """`> /dev/full`: one line naming the system's error, exit 1, no shutdown traceback."""
    with open("/dev/full", "wb") as full:
        completed = subprocess.run(
            [*LAUNCHERS[launcher], *args],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    assert 1 == completed.returncode
    assert "infobox: cannot write the output: No space left on device" == one_line(completed.stderr)


def test_broken_pipe_ends_quietly_with_141() -> None:
    """`infobox parse --json … | head -c1`: no message, exit 141 (128 + SIGPIPE, as for cat)."""
    with subprocess.Popen(
        [*LAUNCHERS["python -m infobox"], "parse", "--json", *[str(PAGE)] * 60],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        assert b"{" == process.stdout.read(1)
        process.stdout.close()  # the reader leaves with more than a pipe's buffer unread
        stderr = process.stderr.read()
        status = process.wait(timeout=120)
    assert 141 == status
    assert b"" == stderr


def test_broken_pipe_through_head_in_a_shell() -> None:
    """The same through a real `| head -c1`, the status read with pipefail-free sh."""
    result = sh('"$@" | head -c1; echo " $?"', "parse", "--json", *[str(PAGE)] * 60)
    assert b"{ 0\n" == result.stdout  # head's status; ours is quiet
    assert b"" == result.stderr


# -- output encodings -----------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
def test_a_narrow_terminal_gets_escapes_not_a_failure(encoding: str) -> None:
    """PYTHONIOENCODING=latin-1 or ascii: Cyrillic and Kazakh letters are written as escapes."""
    result = run("parse", str(PAGE), PYTHONIOENCODING=encoding)
    assert 0 == result.returncode
    assert b"" == result.stderr
    text = result.stdout.decode(encoding)
    assert "\\u0416\\u0435\\u0437\\u049b\\u0430\\u0437\\u0493\\u0430\\u043d" in text  # Жезқазған
    assert "Jezqaz\\u011fan" in text  # Jezqazğan


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
def test_json_on_a_narrow_terminal_is_exact(encoding: str) -> None:
    """--json writes what the encoding lacks as JSON escapes, so the data is unchanged."""
    narrow = run("parse", "--json", str(PAGE), PYTHONIOENCODING=encoding)
    wide = run("parse", "--json", str(PAGE), PYTHONIOENCODING="utf-8")
    assert (0, b"") == (narrow.returncode, narrow.stderr)
    assert json.loads(wide.stdout) == json.loads(narrow.stdout.decode(encoding))
    assert ["Jezqazğan", "Жезқазған"] == json.loads(narrow.stdout)["settlement"]["native_names"]


def test_article_and_profile_on_an_ascii_terminal() -> None:
    """Russian article text on an ASCII terminal: escapes, exit 0, nothing on stderr."""
    for command in ("article", "profile"):
        result = run(command, str(RUSSIAN), PYTHONIOENCODING="ascii")
        assert (0, b"") == (result.returncode, result.stderr), command
        assert "\\u0421\\u0430\\u0442\\u043f\\u0430\\u0435\\u0432" in result.stdout.decode("ascii")


def test_an_explicit_errors_handler_is_kept() -> None:
    """PYTHONIOENCODING=ascii:replace is the user's choice: '?' for what ASCII lacks."""
    result = run("parse", str(PAGE), PYTHONIOENCODING="ascii:replace")
    assert 0 == result.returncode
    assert "Jezqaz?an / ?????????" in result.stdout.decode("ascii")


def test_an_undecodable_file_name_is_escaped() -> None:
    """A file name that is not UTF-8 is shown escaped on stdout and stderr, not a traceback."""
    name = os.fsdecode(b"/nonexistent/\xff.wiki")
    result = run("parse", name, str(PAGE))
    assert 1 == result.returncode
    assert "infobox: /nonexistent/\\udcff.wiki: no such file" == one_line(result.stderr)


# -- Ctrl-C -----------------------------------------------------------------------------------


def _reading_stdin(pid: int) -> bool | None:
    """Whether the process waits in read(0, …), as /proc tells; None when it does not tell."""
    told = False
    with contextlib.suppress(OSError):
        wchan = Path(f"/proc/{pid}/wchan").read_text(encoding="ascii", errors="replace")
        if "pipe" in wchan:
            return True
        told = wchan not in ("", "0")
    with contextlib.suppress(OSError):
        call = Path(f"/proc/{pid}/syscall").read_text(encoding="ascii").split()
        if call[:2] in (["0", "0x0"], ["63", "0x0"]):  # read(0, …) on x86-64, arm64
            return True
        told = told or call[:1] not in ([], ["running"])
    return False if told else None


def _wait_until_reading_a_pipe(pid: int) -> None:
    """Wait until the process blocks reading its stdin pipe, so SIGINT meets main()."""
    told = False
    for _ in range(1200):
        reading = _reading_stdin(pid)
        if reading:
            return
        told = told or reading is not None
        time.sleep(0.1)
    if not told:
        pytest.skip("/proc does not show where the process waits")
    pytest.fail("the command never started reading its standard input")


def test_ctrl_c_is_one_line_and_exit_130() -> None:
    """SIGINT while reading an endless pipe: one line 'infobox: interrupted', exit 130."""
    with subprocess.Popen(
        [*LAUNCHERS["python -m infobox"], "parse", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        try:
            _wait_until_reading_a_pipe(process.pid)
            process.send_signal(signal.SIGINT)
            stdout, stderr = process.communicate(timeout=120)
        finally:
            process.kill()
    assert 130 == process.returncode
    assert "infobox: interrupted" == one_line(stderr)
    assert b"Traceback" not in stderr
    assert b"" == stdout


# -- UTF-16 and UTF-32 files ------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"])
def test_a_file_with_a_byte_order_mark_is_read_and_the_note_says_so(
    tmp_path: Path, encoding: str
) -> None:
    """UTF-16/32 with a byte-order mark is read as declared; one stderr line says so."""
    bom = {
        "UTF-16LE": codecs.BOM_UTF16_LE,
        "UTF-16BE": codecs.BOM_UTF16_BE,
        "UTF-32LE": codecs.BOM_UTF32_LE,
        "UTF-32BE": codecs.BOM_UTF32_BE,
    }[encoding]
    page = tmp_path / "page.wiki"
    page.write_bytes(bom + PAGE.read_text(encoding="utf-8").encode(encoding))
    result = run("parse", "--json", str(page))
    assert 0 == result.returncode
    assert (
        f"infobox: {page}: note: read as {encoding}, which its byte-order mark declares"
        == one_line(result.stderr)
    )
    expected = json.loads(run("parse", "--json", str(PAGE)).stdout)["settlement"]
    assert expected == json.loads(result.stdout)["settlement"]


def test_a_utf8_byte_order_mark_is_dropped_quietly(tmp_path: Path) -> None:
    """UTF-8 with a byte-order mark is UTF-8: read, the mark dropped, nothing said."""
    page = tmp_path / "page.wiki"
    page.write_bytes(codecs.BOM_UTF8 + PAGE.read_bytes())
    result = run("parse", "--json", str(page))
    assert (0, b"") == (result.returncode, result.stderr)
    assert "Balkhash" == json.loads(result.stdout)["settlement"]["name"]


@pytest.mark.parametrize(
    ("encoding", "source"),
    [
        ("UTF-16LE", PAGE),
        ("UTF-16BE", PAGE),
        ("UTF-32LE", PAGE),
        ("UTF-32BE", PAGE),
        ("UTF-16LE", RUSSIAN),
        ("UTF-16BE", RUSSIAN),
    ],
    ids=["16le", "16be", "32le", "32be", "16le-russian", "16be-russian"],
)
def test_a_file_without_a_byte_order_mark_is_named_and_refused(
    tmp_path: Path, encoding: str, source: Path
) -> None:
    """UTF-16/32 without a mark is not guessed: one line names it and how to convert it."""
    page = tmp_path / "page.wiki"
    page.write_bytes(source.read_text(encoding="utf-8").encode(encoding))
    result = run("parse", str(page), str(PAGE))
    assert 1 == result.returncode
    line = one_line(result.stderr)
    assert line.startswith(f"infobox: {page}: looks like {encoding} without a byte-order mark")
    assert line.endswith(f"convert it to UTF-8, e.g. iconv -f {encoding} -t UTF-8")
    assert f"{PAGE}: Infobox settlement" in result.stdout.decode("utf-8")


def test_a_byte_order_mark_on_broken_text_is_one_line(tmp_path: Path) -> None:
    """A UTF-16 mark followed by an odd number of bytes: one line naming the encoding."""
    page = tmp_path / "page.wiki"
    page.write_bytes(codecs.BOM_UTF16_LE + "{{Infobox settlement}}".encode("utf-16-le") + b"x")
    result = run("parse", str(page))
    assert 1 == result.returncode
    assert (
        f"infobox: {page}: starts with the byte-order mark of UTF-16LE but is not UTF-16LE: "
        "truncated data at offset 46" == one_line(result.stderr)
    )


def test_binary_is_still_binary(tmp_path: Path) -> None:
    """NUL bytes in no UTF-16/32 pattern are a binary file, as before."""
    blob = tmp_path / "blob.wiki"
    blob.write_bytes(bytes(range(256)) * 4)
    result = run("parse", str(blob))
    assert 1 == result.returncode
    assert one_line(result.stderr).endswith(
        "looks like a binary file (it contains NUL bytes), not wikitext"
    )


# -- one program, three ways to start it --------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [("--version",), ("parse", str(PAGE)), ("parse", "--bogus"), ("parse", "/nonexistent")],
    ids=["version", "parse", "usage-error", "missing-file"],
)
def test_every_launcher_behaves_the_same(args: tuple[str, ...]) -> None:
    """python -m infobox, python -m infobox.cli and the infobox script give the same result."""
    results = {
        launcher: (r.returncode, r.stdout, r.stderr)
        for launcher in LAUNCHERS
        for r in [run(*args, launcher=launcher)]
    }
    assert 1 == len(set(results.values())), results


def test_an_internal_error_is_one_line_and_exit_70() -> None:
    """A bug (here: a parser that raises) is one line naming it, exit 70, no traceback."""
    code = (
        "import sys, infobox.cli as cli, infobox.cli.commands as commands\n"
        "def boom(text, wiki=None): raise RuntimeError('boom')\n"
        "commands.parse_infobox = boom\n"
        f"sys.exit(cli.main(['parse', {str(PAGE)!r}]))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=120, check=False
    )
    assert 70 == completed.returncode
    assert (
        "infobox: internal error: RuntimeError: boom "
        "(a bug in infobox; please report it with the input)" == one_line(completed.stderr)
    )
