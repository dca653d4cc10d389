"""What each installed dependency costs: size on disk and the time to import it.

    python packaging/measure_deps.py [--python PATH] [--only-runtime]

For every distribution installed in the venv of ``--python`` (default: this Python): its
files' size on disk (from its RECORD) and, for the ones the app imports, the time a fresh
process takes to import its top-level module (best of 5, bytecode cached by a first run, less
the time of an empty interpreter). Prints a Markdown table, biggest first (docs/packaging.md).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

PROBE = r"""
import importlib.metadata as md, json, os, sys
runtime = set()
todo = ["stageportfolio"]
while todo:
    name = todo.pop()
    key = name.lower().replace("_", "-")
    if key in runtime:
        continue
    runtime.add(key)
    for req in md.requires(name) or []:
        if "extra ==" in req:
            continue
        dep = req.split(";")[0].split("[")[0]
        for sep in "<>=!~ (":
            dep = dep.split(sep)[0]
        try:
            md.distribution(dep.strip())
        except md.PackageNotFoundError:
            continue
        todo.append(dep.strip())
out = []
for dist in md.distributions():
    size = 0
    for f in dist.files or []:
        path = f.locate()
        try:
            size += os.path.getsize(path)
        except OSError:
            pass
    top = (dist.read_text("top_level.txt") or "").split()
    name = dist.metadata["Name"]
    key = name.lower().replace("_", "-")
    out.append({"name": name, "version": dist.version, "size": size, "top": top,
                "runtime": key in runtime})
print(json.dumps(out))
"""

# Import names for distributions without top_level.txt (wheels built by other tools).
IMPORTS = {
    "pyside6-essentials": "PySide6.QtWidgets",
    "pyside6-addons": "PySide6.QtPdfWidgets",
    "pypdfium2": "pypdfium2",
    "pydantic-core": "pydantic_core",
    "typing-extensions": "typing_extensions",
    "sqlalchemy": "sqlalchemy",
    "sqlmodel": "sqlmodel",
    "pillow": "PIL.Image",
    "cryptography": "cryptography.hazmat.primitives.asymmetric.ed25519",
    "pikepdf": "pikepdf",
    "reportlab": "reportlab.platypus",
    "alembic": "alembic.command",
    "shiboken6": "shiboken6",
}


def import_time(python: str, module: str) -> float:
    def once(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([python, "-c", code], check=True, capture_output=True)
        return time.perf_counter() - start

    once(f"import {module}")  # compile and cache the bytecode
    base = min(once("pass") for _ in range(5))
    return max(min(once(f"import {module}") for _ in range(5)) - base, 0.0)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--only-runtime", action="store_true")
    args = parser.parse_args(argv)
    dists = json.loads(
        subprocess.run(
            [args.python, "-c", PROBE], check=True, capture_output=True, text=True
        ).stdout
    )
    if args.only_runtime:
        dists = [d for d in dists if d["runtime"]]
    dists.sort(key=lambda d: -d["size"])
    total = sum(d["size"] for d in dists)
    seen: set[str] = set()
    print("| package | version | runtime | size on disk | import (s) |")
    print("|---|---|---|---:|---:|")
    for dist in dists:
        key = dist["name"].lower().replace("_", "-")
        if key in seen:  # the same distribution twice on the path (an old dist-info)
            continue
        seen.add(key)
        module = IMPORTS.get(key) or (dist["top"][0] if dist["top"] else key.replace("-", "_"))
        seconds = ""
        if dist["runtime"] and module and key != "stageportfolio":
            try:
                seconds = f"{import_time(args.python, module):.3f}"
            except subprocess.CalledProcessError:
                seconds = "n/a"
        size = f"{dist['size'] / 2**20:.1f} MB"
        runtime = "yes" if dist["runtime"] else "test/tool"
        print(f"| {dist['name']} | {dist['version']} | {runtime} | {size} | {seconds} |")
    print(f"| **all** | | | **{total / 2**20:.0f} MB** | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
