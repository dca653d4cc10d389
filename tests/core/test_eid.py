"""The eID checks in the core: the shipped Belgian roots, and a chain made in the test."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from stageportfolio.core import eid, eid_roots
from tests.eid_helpers import certificate, make_pki, person

WHEN = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def test_the_shipped_roots_are_the_published_ones() -> None:
    roots = eid.shipped_roots()
    assert [r.subject.rfc4514_string().split(",")[0] for r in roots] == [
        "CN=Belgium Root CA4",
        "CN=Belgium Root CA6",
    ]
    for name, root in zip(eid_roots.ROOTS, roots, strict=True):
        assert root.fingerprint(hashes.SHA256()).hex().upper() == eid_roots.FINGERPRINTS[name]
    ca4, ca6 = roots
    # Published SHA-1 values (docstring of core.eid_roots).
    assert ca4.fingerprint(hashes.SHA1()).hex().upper().startswith("6B97F899")
    assert ca6.fingerprint(hashes.SHA1()).hex().upper().startswith("98989FEE")
    assert isinstance(ca6.public_key(), ec.EllipticCurvePublicKey)
    assert ca6.not_valid_after_utc.year == 2040 and ca4.not_valid_after_utc.year == 2032


def _leaf(pki: object, **kwargs: object) -> eid.Evidence:
    key = ec.generate_private_key(ec.SECP384R1())
    start = kwargs.pop("start", datetime(2022, 1, 1, tzinfo=UTC))
    end = kwargs.pop("end", datetime(2032, 1, 1, tzinfo=UTC))
    citizen = kwargs.pop("ca", pki.citizen)  # type: ignore[attr-defined]
    citizen_key = kwargs.pop("ca_key", pki.citizen_key)  # type: ignore[attr-defined]
    leaf = certificate(person(), key.public_key(), citizen.subject, citizen_key, ca=False,
                       start=start, end=end, **kwargs)  # type: ignore[arg-type]  # fmt: skip
    return eid.Evidence((leaf, citizen), "ecdsa-sha384")


def test_chain_checks() -> None:
    pki = make_pki()
    roots = [pki.root]
    good = _leaf(pki)
    assert eid.certificate_problems(good, WHEN, roots) == []
    assert eid.person_name(good.certificate) == "An Peeters"
    assert "Belgisch basiscertificaat" in eid.certificate_problems(good, WHEN)[0]  # shipped roots
    expired = _leaf(pki, end=datetime(2025, 1, 1, tzinfo=UTC))
    assert "verlopen op 23/11/2026" in eid.certificate_problems(expired, WHEN, roots)[0]
    early = _leaf(pki, start=datetime(2027, 1, 1, tzinfo=UTC))
    assert "nog niet geldig" in eid.certificate_problems(early, WHEN, roots)[0]
    auth = _leaf(pki, non_repudiation=False)
    assert "non-repudiation" in eid.certificate_problems(auth, WHEN, roots)[0]
    rogue = _leaf(pki, ca=pki.rogue_citizen, ca_key=pki.rogue_citizen_key)
    # The stored chain even carries the rogue root: only the named roots end a path.
    rogue = eid.Evidence((*rogue.chain, pki.rogue_root), rogue.algorithm)
    assert "Belgisch basiscertificaat" in eid.certificate_problems(rogue, WHEN, roots)[0]
    no_ca = eid.Evidence(good.chain[:1], good.algorithm)
    assert eid.certificate_problems(no_ca, WHEN, roots)


def test_evidence_round_trips_and_broken_evidence_is_refused() -> None:
    pki = make_pki()
    good = _leaf(pki)
    again = eid.parse_evidence(eid.Evidence(good.chain, good.algorithm, ("a",)).to_json())
    assert again.chain == good.chain and again.batch == ("a",)
    for broken in ("", "{}", '{"algorithm": "md5", "chain": []}', '{"algorithm": '
                   '"ecdsa-sha384", "chain": ["bm90IGEgY2VydA=="]}'):  # fmt: skip
        with pytest.raises(eid.EidError):
            eid.parse_evidence(broken)
