"""Keeps the book and the code from drifting apart (run: /usr/bin/python3 -m pytest book/).

- every `{{#include PATH:NAME}}` in every chapter resolves to a marked region of a real file;
- every `// [book:NAME]` marker in the source tree is closed, once, by `// [/book:NAME]`;
- every chapter that book/README.md lists as written exists, and every chapter file is listed;
- render.py reports a broken include naming the chapter and the line.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render  # noqa: E402  (the module under test sits beside this file)

BOOK_DIR = render.BOOK_DIR
REPO_ROOT = render.REPO_ROOT
SOURCE_DIRS = ["src", "kernels", "python", "conformance", "bench", "tools", "examples", "scripts"]
SOURCE_SUFFIXES = {".h", ".cpp", ".inc", ".cu", ".py", ".sh"}
CHAPTERS = render.chapters()
LINK_RE = re.compile(r"\]\(([^)\s]+\.md)\)")


def marked_source_files() -> list[Path]:
    files = []
    for folder in SOURCE_DIRS:
        for path in sorted((REPO_ROOT / folder).rglob("*")):
            if path.suffix in SOURCE_SUFFIXES and path.is_file() and "__pycache__" not in path.parts:
                if "[book:" in path.read_text(encoding="utf-8", errors="replace"):
                    files.append(path)
    return files


def readme_chapter_rows() -> list[tuple[str, str]]:
    """(status, linked file or '') for each row of the chapter table in book/README.md."""
    rows, status_column = [], None
    for line in (BOOK_DIR / "README.md").read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            status_column = None  # a table ended; only tables with a status column count
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if "status" in cells:
            status_column = cells.index("status")
            continue
        if status_column is None or set("".join(cells)) <= set("-: "):
            continue
        link = LINK_RE.search(line)
        rows.append((cells[status_column], link.group(1) if link else ""))
    return rows


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda p: p.name)
def test_every_include_resolves(chapter):
    text = render.expand_chapter(chapter)  # raises BookError naming chapter:line
    assert not [line for line in text.splitlines() if line.startswith("{{#include")]


@pytest.mark.parametrize("source", marked_source_files(),
                         ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_every_marker_is_closed(source):
    render.find_regions(source)  # raises BookError for unclosed/unopened/duplicate markers


def test_the_chapter_plan_lists_the_chapters_that_exist():
    rows = readme_chapter_rows()
    assert len(rows) >= 10, "book/README.md should hold the chapter table (a 'status' column)"
    written = [link for status, link in rows if status == "written"]
    assert written, "no chapter is marked written in book/README.md"
    for link in written:
        assert (BOOK_DIR / link).is_file(), f"README lists {link} as written, but it is missing"
    listed = {link for _, link in rows if link}
    for chapter in CHAPTERS:
        if chapter.name != "README.md":
            assert chapter.name in listed, f"{chapter.name} is not in the README's chapter table"
            assert chapter.name in written, f"{chapter.name} exists but is not marked written"


def test_render_writes_every_chapter(tmp_path):
    result = subprocess.run([sys.executable, str(BOOK_DIR / "render.py"), "--out", str(tmp_path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for chapter in CHAPTERS:
        assert (tmp_path / chapter.name).is_file()


# ---- render.py's own error reporting, on a throwaway book ----

def write_book(tmp_path, chapter_text, source_text):
    (tmp_path / "code.cpp").write_text(source_text)
    chapter = tmp_path / "ch.md"
    chapter.write_text(chapter_text)
    return chapter


def render_error(chapter):
    with pytest.raises(render.BookError) as error:
        render.expand_chapter(chapter)
    return str(error.value)


def test_an_include_becomes_a_dedented_code_block(tmp_path):
    chapter = write_book(tmp_path, "Intro.\n{{#include code.cpp:body}}\nDone.\n",
                         "int f() {\n  // [book:body]\n  return 1;\n  // [/book:body]\n}\n")
    text = render.expand_chapter(chapter)
    assert "```cpp\nreturn 1;\n```" in text
    assert "[book:" not in text


def test_a_missing_file_names_chapter_and_line(tmp_path):
    chapter = write_book(tmp_path, "x\n{{#include nowhere.cpp:body}}\n", "")
    assert render_error(chapter).startswith("ch.md:2: included file nowhere.cpp does not exist")


def test_a_missing_marker_names_chapter_and_line(tmp_path):
    chapter = write_book(tmp_path, "{{#include code.cpp:gone}}\n", "int x;\n")
    assert render_error(chapter).startswith("ch.md:1: code.cpp has no marker [book:gone]")


def test_an_unclosed_marker_is_an_error(tmp_path):
    chapter = write_book(tmp_path, "a\nb\n{{#include code.cpp:body}}\n", "// [book:body]\nint x;\n")
    message = render_error(chapter)
    assert message.startswith("ch.md:3: ") and "opened but never closed" in message


def test_the_command_exits_non_zero_on_a_broken_chapter(tmp_path):
    chapter = write_book(tmp_path, "{{#include code.cpp:gone}}\n", "int x;\n")
    result = subprocess.run([sys.executable, str(BOOK_DIR / "render.py"), "--out",
                             str(tmp_path / "out"), str(chapter)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "ch.md:1:" in result.stderr


def test_includes_in_prose_or_code_blocks_are_left_alone(tmp_path):
    chapter = write_book(tmp_path, "Write `{{#include PATH:NAME}}` on a line.\n```\n"
                         "{{#include code.cpp:gone}}\n```\n", "int x;\n")
    assert "{{#include code.cpp:gone}}" in render.expand_chapter(chapter)
