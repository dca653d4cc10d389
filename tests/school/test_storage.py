"""Where the school database may live: never a SQLite file on a network share; PostgreSQL and
SQLite through the same migrations; a kill during an import leaves the database before or after
each file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import inspect

from stageportfolio.services.school_mode import open_school
from stageportfolio.store import school_db
from stageportfolio.store.school_db import (
    NetworkShareError,
    filesystem_of,
    is_network_fstype,
    parse_mount_output,
    parse_mountinfo,
    target_for,
    windows_network_path,
)

ROOT = Path(__file__).resolve().parents[2]

MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
30 22 0:27 / /home rw,relatime shared:2 - ext4 /dev/sda2 rw
40 30 0:40 / /home/an/Schooldrive rw,relatime - cifs //nas/stage rw,vers=3.0
41 30 0:41 / /home/an/nfs\\040map rw,relatime - nfs4 nas:/export rw
42 30 0:42 / /home/an/ssh rw - fuse.sshfs an@server:/data rw
43 30 0:43 / /media/an/USB rw - fuseblk /dev/sdb1 rw
"""


def test_mount_tables_are_read_for_network_file_systems() -> None:
    mounts = parse_mountinfo(MOUNTINFO)
    assert ("/home/an/nfs map", "nfs4") in mounts
    kind = {p: filesystem_of(Path(p), mounts) for p in (
        "/home/an/Schooldrive/school.sqlite3", "/home/an/nfs map/x", "/home/an/ssh/db/x",
        "/media/an/USB/school.sqlite3", "/home/an/Documenten/school.sqlite3",
        "/home/an/Schooldrive2/x",
    )}  # fmt: skip
    assert kind == {
        "/home/an/Schooldrive/school.sqlite3": "cifs",
        "/home/an/nfs map/x": "nfs4",
        "/home/an/ssh/db/x": "fuse.sshfs",
        "/media/an/USB/school.sqlite3": "fuseblk",
        "/home/an/Documenten/school.sqlite3": "ext4",
        "/home/an/Schooldrive2/x": "ext4",
    }
    assert [is_network_fstype(k) for k in ("cifs", "nfs4", "fuse.sshfs", "fuseblk", "ext4")] == [
        True, True, True, False, False,
    ]  # fmt: skip
    mac = parse_mount_output(
        "/dev/disk3s1 on / (apfs, local, journaled)\n"
        "//an@nas._smb._tcp.local/stage on /Volumes/stage (smbfs, nodev, nosuid, mounted by an)\n"
    )
    assert filesystem_of(Path("/Volumes/stage/school.sqlite3"), mac) == "smbfs"


def test_windows_unc_and_mapped_drives() -> None:
    def drive_type(root: str) -> int:
        return {"S:\\": 4, "C:\\": 3}.get(root, 1)

    assert windows_network_path(r"\\nas\stage\school.sqlite3")
    assert windows_network_path("//nas/stage/school.sqlite3")
    assert windows_network_path(r"\\?\UNC\nas\stage\school.sqlite3")
    assert not windows_network_path(r"\\?\C:\Users\an\school.sqlite3")
    assert windows_network_path(r"S:\Stage\school.sqlite3", drive_type)
    assert not windows_network_path(r"C:\Users\an\school.sqlite3", drive_type)


def test_a_sqlite_file_on_a_network_share_is_refused(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = private_home / "Schooldrive"
    share.mkdir(parents=True)
    table = [("/", "ext4"), (str(share), "cifs")]
    monkeypatch.setattr(school_db, "_mount_table", lambda: table)
    with pytest.raises(NetworkShareError) as caught:
        open_school(target_for(share / "school.sqlite3"))
    message = str(caught.value)
    assert str(share / "school.sqlite3") in message and "netwerkmap (cifs)" in message
    assert "PostgreSQL" in message
    assert not (share / "school.sqlite3").exists()  # nothing made there
    school = open_school(target_for(private_home / "lokaal" / "school.sqlite3"))
    school.close()


def test_the_same_migrations_on_both_back_ends(backend: str, private_home: Path) -> None:
    school = open_school(target_for(backend))
    try:
        tables = set(inspect(school.engine).get_table_names())
        assert {"school_student", "school_export", "school_mentor_day", "school_class_member",
                "school_vouched_card", "school_alembic_version"} <= tables  # fmt: skip
        assert school_db._revision(school.engine) == school_db.SCHOOL_HEAD
    finally:
        school.close()
    again = open_school(target_for(backend))  # already at head: opens without migrating
    again.close()


def test_the_head_revision_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(school_db.alembic_config(""))
    assert script.get_current_head() == school_db.SCHOOL_HEAD


def test_an_unknown_database_url_is_a_clear_message() -> None:
    from stageportfolio.store.db import StoreError

    with pytest.raises(StoreError, match="wordt niet ondersteund"):
        target_for("mysql://school@server/stage")
    with pytest.raises(StoreError, match="kan de schooldatabank niet openen"):
        open_school(target_for("postgresql://nobody@127.0.0.1:1/none"))


KILL_SCRIPT = """
import sys
from pathlib import Path
from stageportfolio.services.school_mode import open_school
from stageportfolio.services.school_import import import_files
from stageportfolio.store.school_db import target_for
school = open_school(target_for(sys.argv[1]))
print("ready", flush=True)
import_files(school, [Path(p) for p in sys.argv[2:]])
print("done", flush=True)
"""


def _empty(backend: str) -> None:
    from stageportfolio.services.school_overview import overview, remove_student

    school = open_school(target_for(backend))
    try:
        for row in overview(school):
            remove_student(school, row.portfolio_id)
    finally:
        school.close()


def _state(backend: str) -> dict[str, tuple[str, str, int, int]]:
    """Per student: content hash, the kept file's hash, placements and signers rows."""
    from sqlalchemy import func, select

    from stageportfolio.store.school_db import school_session
    from stageportfolio.store.school_models import (
        SchoolExport,
        SchoolPlacement,
        SchoolSigner,
        SchoolStudent,
    )

    school = open_school(target_for(backend))
    try:
        with school_session(school.engine) as session:
            students = session.execute(
                select(SchoolStudent.portfolio_id, SchoolStudent.content_sha256)
            ).all()
            files = dict(
                session.execute(select(SchoolExport.portfolio_id, SchoolExport.sha256)).all()
            )
            places = dict(
                session.execute(
                    select(SchoolPlacement.portfolio_id, func.count()).group_by(
                        SchoolPlacement.portfolio_id
                    )
                ).all()
            )
            signers = dict(
                session.execute(
                    select(SchoolSigner.portfolio_id, func.count()).group_by(
                        SchoolSigner.portfolio_id
                    )
                ).all()
            )
            orphans = session.scalar(
                select(func.count())
                .select_from(SchoolExport)
                .where(SchoolExport.portfolio_id.not_in(select(SchoolStudent.portfolio_id)))
            )
    finally:
        school.close()
    assert orphans == 0
    return {
        pid: (content, files.get(pid, ""), places.get(pid, 0), signers.get(pid, 0))
        for pid, content in students
    }


def test_a_kill_during_an_import_leaves_each_file_before_or_after(
    backend: str, school_home: Path, exports, tmp_path: Path
) -> None:
    import hashlib

    from benchmarks import school_students as gen

    files = [exports(gen.Plan(name=f"Leerling {n}", seed=100 + n)) for n in range(10)]
    hashes = {hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    partial = 0
    for delay in (0.02, 0.1, 0.2, 0.35, 0.5, 0.8):
        _empty(backend)
        with subprocess.Popen(
            [sys.executable, "-c", KILL_SCRIPT, backend, *map(str, files)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        ) as proc:  # fmt: skip
            assert proc.stdout is not None
            started = proc.stdout.readline().strip()
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            _out, err = proc.communicate(timeout=60)
        assert started == "ready", err
        state = _state(backend)
        for _content, kept, places, signers in state.values():
            assert kept in hashes  # the whole file, never a part
            assert places == 2 and signers >= 1  # every row of the student, never some
        partial += 0 < len(state) < len(files)
    assert partial, "no kill landed in the middle of an import: make the import longer"
    final = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, backend, *map(str, files)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert final.returncode == 0, final.stderr
    assert len(_state(backend)) == len(files)
