"""A Belgian eID without a card: SoftHSM2 tokens shaped like the card, and a test CA shaped like
the eID chain (root -> citizen CA -> signature certificate, ECDSA P-384).

``softhsm_cards`` (a session fixture in tests/conftest.py) makes, in a temp folder, one SoftHSM2
token per kind of card with ``softhsm2-util``, generates each card's signature key *on the token*
(it never leaves it, like on a card), and writes the certificates the Belgian middleware shows:
``Signature``, ``CA`` and ``Root``. Tokens:

- ``BELPIC``: a good card of An Peeters (ECDSA P-384, valid 2020-2035);
- ``EXPIRED``: a card whose signature certificate ran out in 2021;
- ``ROGUE``: a card whose chain leads to a self-made "Belgium Root CA6" (same name, other key);
- ``AUTHKEY``: a card whose ``Signature`` certificate lacks non-repudiation (an authentication
  certificate).

``TEST_ROOT`` stands in for the Belgian root: checks get it as their root, the way a receiver
names a root with ``verify --eid-root``.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, load_der_public_key
from cryptography.x509.oid import NameOID

MODULE = Path("/usr/lib/softhsm/libsofthsm2.so")
PIN = "1234"
SO_PIN = "12345678"
CARDS = ("BELPIC", "EXPIRED", "ROGUE", "AUTHKEY")


def _name(common: str, serial: str | None = None, **extra: str) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, "BE")]
    if "surname" in extra:
        attributes.append(x509.NameAttribute(NameOID.SURNAME, extra["surname"]))
    if "given" in extra:
        attributes.append(x509.NameAttribute(NameOID.GIVEN_NAME, extra["given"]))
    if serial is not None:
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, common))
    return x509.Name(attributes)


def _usage(*, sign_certs: bool = False, non_repudiation: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not sign_certs and not non_repudiation,
        content_commitment=non_repudiation,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=sign_certs,
        crl_sign=sign_certs,
        encipher_only=False,
        decipher_only=False,
    )


def certificate(
    subject: x509.Name,
    public: ec.EllipticCurvePublicKey,
    issuer: x509.Name,
    issuer_key: ec.EllipticCurvePrivateKey,
    *,
    ca: bool,
    start: datetime,
    end: datetime,
    non_repudiation: bool = True,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
        .add_extension(
            _usage(sign_certs=ca, non_repudiation=non_repudiation and not ca), critical=True
        )
    )
    return builder.sign(issuer_key, hashes.SHA384())


@dataclass(frozen=True)
class TestPki:
    root: x509.Certificate
    root_key: ec.EllipticCurvePrivateKey
    citizen: x509.Certificate
    citizen_key: ec.EllipticCurvePrivateKey
    rogue_root: x509.Certificate
    rogue_citizen: x509.Certificate
    rogue_citizen_key: ec.EllipticCurvePrivateKey


def make_pki() -> TestPki:
    start, end = datetime(2019, 1, 1, tzinfo=UTC), datetime(2040, 1, 1, tzinfo=UTC)
    root_key = ec.generate_private_key(ec.SECP384R1())
    root_name = _name("Belgium Root CA6")
    root = certificate(root_name, root_key.public_key(), root_name, root_key, ca=True,
                       start=start, end=end)  # fmt: skip
    citizen_key = ec.generate_private_key(ec.SECP384R1())
    citizen_name = _name("Citizen CA", "202099")
    citizen = certificate(citizen_name, citizen_key.public_key(), root_name, root_key, ca=True,
                          start=start, end=end)  # fmt: skip
    rogue_key = ec.generate_private_key(ec.SECP384R1())
    rogue_root = certificate(root_name, rogue_key.public_key(), root_name, rogue_key, ca=True,
                             start=start, end=end)  # fmt: skip
    rogue_citizen_key = ec.generate_private_key(ec.SECP384R1())
    rogue_citizen = certificate(citizen_name, rogue_citizen_key.public_key(), root_name,
                                rogue_key, ca=True, start=start, end=end)  # fmt: skip
    return TestPki(root, root_key, citizen, citizen_key, rogue_root, rogue_citizen,
                   rogue_citizen_key)  # fmt: skip


def person(given: str = "An", surname: str = "Peeters") -> x509.Name:
    return _name(f"{given} {surname} (Signature)", "85010112345", surname=surname, given=given)


@dataclass(frozen=True)
class SoftCards:
    module: Path
    conf: Path
    pki: TestPki
    certificates: dict[str, x509.Certificate]  # the Signature certificate per token label


def _init_tokens(folder: Path) -> Path:
    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n",
        encoding="utf-8",
    )
    env = {"SOFTHSM2_CONF": str(conf), "PATH": "/usr/bin:/bin"}
    for label in CARDS:
        subprocess.run(
            ["softhsm2-util", "--init-token", "--free", "--label", label, "--pin", PIN,
             "--so-pin", SO_PIN],
            check=True, capture_output=True, env=env,
        )  # fmt: skip
    return conf


def _write_certificate(session: object, label: str, cert: x509.Certificate) -> None:
    import pkcs11
    from pkcs11 import Attribute, ObjectClass

    session.create_object(  # type: ignore[attr-defined]
        {
            Attribute.CLASS: ObjectClass.CERTIFICATE,
            Attribute.CERTIFICATE_TYPE: pkcs11.CertificateType.X_509,
            Attribute.TOKEN: True,
            Attribute.LABEL: label,
            Attribute.SUBJECT: cert.subject.public_bytes(),
            Attribute.ISSUER: cert.issuer.public_bytes(),
            Attribute.VALUE: cert.public_bytes(Encoding.DER),
        }
    )


def make_cards(folder: Path, lib: object) -> SoftCards:
    """Fill the tokens (``softhsm2-util`` made them) through ``lib`` (a loaded pkcs11.lib)."""
    from pkcs11 import Attribute, KeyType
    from pkcs11.util.ec import encode_ec_public_key, encode_named_curve_parameters

    pki = make_pki()
    good = (datetime(2020, 1, 1, tzinfo=UTC), datetime(2035, 1, 1, tzinfo=UTC))
    expired = (datetime(2011, 1, 1, tzinfo=UTC), datetime(2021, 1, 1, tzinfo=UTC))
    plans = {
        "BELPIC": (good, pki.citizen, pki.citizen_key, pki.root, True),
        "EXPIRED": (expired, pki.citizen, pki.citizen_key, pki.root, True),
        "ROGUE": (good, pki.rogue_citizen, pki.rogue_citizen_key, pki.rogue_root, True),
        "AUTHKEY": (good, pki.citizen, pki.citizen_key, pki.root, False),
    }
    made: dict[str, x509.Certificate] = {}
    for label, (period, ca, ca_key, root, nonrep) in plans.items():
        token = lib.get_token(token_label=label)  # type: ignore[attr-defined]
        with token.open(rw=True, user_pin=PIN) as session:
            params = session.create_domain_parameters(
                KeyType.EC, {Attribute.EC_PARAMS: encode_named_curve_parameters("secp384r1")},
                local=True,
            )  # fmt: skip
            public, _ = params.generate_keypair(store=True, label="Signature", id=b"\x03")
            key = load_der_public_key(encode_ec_public_key(public))
            assert isinstance(key, ec.EllipticCurvePublicKey)
            leaf = certificate(person(), key, ca.subject, ca_key, ca=False, start=period[0],
                               end=period[1], non_repudiation=nonrep)  # fmt: skip
            _write_certificate(session, "Signature", leaf)
            _write_certificate(session, "CA", ca)
            _write_certificate(session, "Root", root)
            made[label] = leaf
    return SoftCards(MODULE, folder / "softhsm2.conf", pki, made)


def prepare(folder: Path) -> Path:
    """Make the tokens; returns the SoftHSM2 configuration file to point SOFTHSM2_CONF at."""
    return _init_tokens(folder)
