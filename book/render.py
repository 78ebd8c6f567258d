#!/usr/bin/env python3
"""Renders the book: expands the code excerpts each chapter quotes from the real source.

A chapter quotes code with a line of its own

    {{#include ../src/ir/printer.cpp:print-node}}

(the path is relative to the chapter file). In the source, the excerpt is the lines between
two comment lines, `// [book:print-node]` and `// [/book:print-node]` (`#` instead of `//`
in Python files). Rendering replaces the include line with a fenced code block holding those
lines, so the book always shows the code as it is, and a marker that went missing fails the
build instead of leaving stale prose behind (book/test_book.py checks this for every chapter).

Usage: /usr/bin/python3 book/render.py [--out DIR] [CHAPTER.md ...]
Writes DIR/<chapter>.md for every chapter (default: every book/*.md into build/book/).
Exits 1, naming the chapter and line, when an include cannot be resolved.
"""
from __future__ import annotations

import argparse
import re
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

BOOK_DIR = Path(__file__).resolve().parent
REPO_ROOT = BOOK_DIR.parent

INCLUDE_RE = re.compile(r"\{\{#include\s+([^}:\s]+)(?::([^}\s]*))?\s*\}\}")
MARKER_RE = re.compile(r"^\s*(?://|#)\s*\[(/?)book:([A-Za-z0-9_.-]+)\]\s*$")
FENCE_LANGUAGE = {".h": "cpp", ".cpp": "cpp", ".inc": "cpp", ".cu": "cpp", ".py": "python",
                  ".sh": "sh", ".txt": "cmake", ".md": "markdown"}


class BookError(Exception):
    """A problem with one chapter or one source file; the message says where."""


@dataclass
class Region:
    name: str
    first_line: int  # 1-based line of the opening marker
    lines: list[str]  # the excerpt, without the marker lines


def find_regions(path: Path) -> dict[str, Region]:
    """Every `[book:NAME]` region of a source file. Raises BookError for a region opened and
    not closed, closed and not opened, or opened twice."""
    regions: dict[str, Region] = {}
    open_regions: dict[str, Region] = {}
    text = path.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        marker = MARKER_RE.match(line)
        if not marker:
            for region in open_regions.values():
                region.lines.append(line)
            continue
        closing, name = marker.group(1) == "/", marker.group(2)
        if closing:
            if name not in open_regions:
                raise BookError(f"{path}:{number}: marker [/book:{name}] closes a region "
                                "that is not open")
            regions[name] = open_regions.pop(name)
        else:
            if name in regions or name in open_regions:
                raise BookError(f"{path}:{number}: marker [book:{name}] is used twice "
                                "in this file")
            open_regions[name] = Region(name, number, [])
    for region in open_regions.values():
        raise BookError(f"{path}:{region.first_line}: marker [book:{region.name}] is opened "
                        f"but never closed (add a line `// [/book:{region.name}]`)")
    return regions


def code_block(source: Path, region: Region) -> str:
    """The excerpt as a fenced block, dedented, captioned with its file."""
    relative = source.relative_to(REPO_ROOT) if source.is_relative_to(REPO_ROOT) else source
    body = textwrap.dedent("\n".join(region.lines)).strip("\n")
    language = FENCE_LANGUAGE.get(source.suffix, "")
    return f"*{relative}*\n```{language}\n{body}\n```"


def expand_chapter(chapter: Path) -> str:
    """The chapter's text with every include replaced by its code block."""
    out = []
    region_cache: dict[Path, dict[str, Region]] = {}
    in_fence = False
    for number, line in enumerate(chapter.read_text(encoding="utf-8").splitlines(), start=1):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        # An include is a line of its own outside code blocks; `{{#include ...}}` written
        # inside prose or a code block is only talking about includes.
        include = INCLUDE_RE.match(line.strip())
        if in_fence or not include:
            out.append(line)
            continue
        where = f"{chapter.name}:{number}"
        if line.strip() != include.group(0):
            raise BookError(f"{where}: text after the include on the same line")
        path_text, name = include.group(1), include.group(2)
        if not name:
            raise BookError(f"{where}: include of {path_text} names no marker "
                            "(write {{#include PATH:NAME}})")
        source = (chapter.parent / path_text).resolve()
        if not source.is_file():
            raise BookError(f"{where}: included file {path_text} does not exist")
        try:
            regions = region_cache.setdefault(source, find_regions(source))
        except BookError as error:
            raise BookError(f"{where}: {error}") from None
        if name not in regions:
            raise BookError(f"{where}: {path_text} has no marker [book:{name}] "
                            f"(add `// [book:{name}]` ... `// [/book:{name}]` around the code)")
        out.append(code_block(source, regions[name]))
    return "\n".join(out) + "\n"


def chapters() -> list[Path]:
    return sorted(p for p in BOOK_DIR.glob("*.md"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "build" / "book",
                        help="output folder (default: build/book)")
    parser.add_argument("chapters", nargs="*", type=Path, help="chapters (default: book/*.md)")
    args = parser.parse_args(argv)
    selected = [p.resolve() for p in args.chapters] or chapters()
    failures = 0
    args.out.mkdir(parents=True, exist_ok=True)
    for chapter in selected:
        try:
            text = expand_chapter(chapter)
        except (BookError, OSError) as error:
            print(f"book/render.py: {error}", file=sys.stderr)
            failures += 1
            continue
        (args.out / chapter.name).write_text(text, encoding="utf-8")
    if failures:
        return 1
    print(f"rendered {len(selected)} chapter(s) into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
