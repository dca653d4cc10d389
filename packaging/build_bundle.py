"""Build the desktop bundle of this OS: the same steps on Linux, Windows and macOS.

    python packaging/build_bundle.py [--out dist]

1. a clean build venv (``build/bundle-venv``) with the app installed as a wheel plus
   PyInstaller: only the runtime dependencies, never the test tools;
2. PyInstaller with ``packaging/stageportfolio.spec``: one folder, ``build/dist/stageportfolio``
   (macOS: ``build/dist/Stageportfolio.app``);
3. the package a person downloads, in ``--out``:
   - Linux: ``stageportfolio-VERSION-linux-x86_64.tar.gz``, the folder with ``install.sh``
     (per user: menu entry, icons, file types; no root);
   - Windows: ``Stageportfolio-VERSION-setup.exe`` (NSIS, per user, no admin rights) when
     ``makensis`` is on PATH;
   - macOS: ``Stageportfolio-VERSION.dmg`` (``hdiutil``).
Signing is a separate step (docs/packaging.md). Needs only Python 3.11+ and the network (or
pip's cache) for the wheels.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
VENV = BUILD / "bundle-venv"
DIST = BUILD / "dist"
APP_ID = "be.stageportfolio.Stageportfolio"


def say(text: str) -> None:
    print(f"build_bundle: {text}", flush=True)


def run(*args: str | Path, cwd: Path = ROOT) -> None:
    subprocess.run([str(a) for a in args], cwd=cwd, check=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "stageportfolio" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def build_venv() -> Path:
    """A new venv every time: nothing left over from an earlier build can slip in."""
    shutil.rmtree(VENV, ignore_errors=True)
    say(f"making {VENV}")
    run(sys.executable, "-m", "venv", VENV)
    run(venv_python(), "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    say("installing the app (as a wheel, no test tools) and PyInstaller")
    # --force-reinstall of the app alone: the code of this checkout, not a cached build
    run(venv_python(), "-m", "pip", "install", "--quiet", f"{ROOT}[bundle]")
    run(venv_python(), "-m", "pip", "install", "--quiet", "--force-reinstall", "--no-deps", ROOT)
    return venv_python()


def pyinstaller(python: Path) -> None:
    say("running PyInstaller")
    BUILD.mkdir(exist_ok=True)
    started = time.monotonic()
    run(
        python,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        BUILD / "pyinstaller",
        PACKAGING / "stageportfolio.spec",
        cwd=BUILD,  # not the checkout: the spec must see the installed package
    )
    say(f"PyInstaller done in {time.monotonic() - started:.0f} s")


def linux_package(out: Path, ver: str) -> Path:
    """The folder plus the desktop integration files and install.sh, as a .tar.gz."""
    name = f"stageportfolio-{ver}-linux-{platform.machine()}"
    stage = BUILD / name
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(DIST / "stageportfolio", stage / "app", symlinks=True)
    share = stage / "share"
    linux = PACKAGING / "linux"
    for source, target in (
        (f"{APP_ID}.desktop", "applications"),
        (f"{APP_ID}.metainfo.xml", "metainfo"),
        (f"{APP_ID}.mime.xml", "mime/packages"),
    ):
        (share / target).mkdir(parents=True, exist_ok=True)
        shutil.copy2(linux / source, share / target / source.replace(".mime.xml", ".xml"))
    for png in sorted((PACKAGING / "icons" / "png").glob("stageportfolio-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, folder / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "resources" / "icons" / "stageportfolio.svg", scalable / f"{APP_ID}.svg")
    shutil.copy2(linux / "install.sh", stage / "install.sh")
    (stage / "install.sh").chmod(0o755)
    out.mkdir(parents=True, exist_ok=True)
    archive = out / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(stage, arcname=name)
    return archive


def windows_installer(out: Path, ver: str) -> Path | None:
    makensis = shutil.which("makensis")
    if makensis is None:
        say("makensis not found: no installer made (install NSIS, or see docs/packaging.md)")
        return None
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"Stageportfolio-{ver}-setup.exe"
    run(
        makensis,
        "-V2",
        f"-DVERSION={ver}",
        f"-DSOURCE={DIST / 'stageportfolio'}",
        f"-DOUTFILE={target}",
        PACKAGING / "windows" / "installer.nsi",
    )
    return target


def macos_dmg(out: Path, ver: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"Stageportfolio-{ver}.dmg"
    stage = BUILD / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    run("ditto", DIST / "Stageportfolio.app", stage / "Stageportfolio.app")
    (stage / "Applications").symlink_to("/Applications")
    target.unlink(missing_ok=True)
    run(
        "hdiutil", "create", "-volname", "Stageportfolio", "-srcfolder", stage,
        "-ov", "-format", "UDZO", target,
    )  # fmt: skip
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the package goes")
    parser.add_argument(
        "--skip-venv", action="store_true", help="use the build venv as it is (faster rebuilds)"
    )
    args = parser.parse_args(argv)
    ver = version()
    python = venv_python() if args.skip_venv and venv_python().exists() else build_venv()
    pyinstaller(python)
    if sys.platform.startswith("linux"):
        made = linux_package(args.out, ver)
    elif sys.platform == "win32":
        made = windows_installer(args.out, ver) or DIST / "stageportfolio"
    elif sys.platform == "darwin":
        made = macos_dmg(args.out, ver)
    else:
        made = DIST / "stageportfolio"
    say(f"made {made}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
