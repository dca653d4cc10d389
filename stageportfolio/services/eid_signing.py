"""Signing sign-offs with a Belgian eID card, through PKCS#11 and the Belgian middleware.

The middleware (eid.belgium.be) installs a PKCS#11 module: ``libbeidpkcs11.so.0`` on Linux,
``beidpkcs11.dll`` on Windows, ``libbeidpkcs11.dylib`` inside ``beid-pkcs11.bundle`` on macOS.
The app looks for it in the middleware's usual places; ``STAGEPORTFOLIO_PKCS11_MODULE`` (or the
CLI's ``--pkcs11-module``) names another one. The card shows up as a token labelled ``BELPIC``;
its qualified signature key and certificate are labelled ``Signature``, the citizen CA's
certificate ``CA`` and the root's ``Root`` (pyhanko-beid-plugin uses the same labels).

The PIN: the Belgian middleware asks for it itself when the card signs (its own window, or the
reader's pin pad), so the app never sees it. A module that needs the PIN at login (SoftHSM in
the tests, some other middleware) gets it from the dialog or the CLI; it is used for that one
session and never stored. The card asks the PIN once per signature, so all items of one sign-off
are signed at once: one signature over the list of their statements (``core.eid.batch_bytes``).

The talking to the card is ``python-pkcs11`` (MIT); the checking is ``core.eid``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography import x509

from stageportfolio.core import clock, eid, signing
from stageportfolio.core.limits import MAX_CERTIFICATE_BYTES, size_text
from stageportfolio.fileio import read_at_most

MODULE_ENV = "STAGEPORTFOLIO_PKCS11_MODULE"
TOKEN_LABEL = "BELPIC"
SIGNATURE_LABEL = "Signature"
CHAIN_LABELS = ("CA", "Root")

_LINUX = (
    "/usr/lib/x86_64-linux-gnu/libbeidpkcs11.so.0",
    "/usr/lib/aarch64-linux-gnu/libbeidpkcs11.so.0",
    "/usr/lib64/libbeidpkcs11.so.0",
    "/usr/lib/libbeidpkcs11.so.0",
    "/usr/local/lib/libbeidpkcs11.so.0",
    "/usr/local/lib/libbeidpkcs11.so",
)
_WINDOWS = (r"C:\Windows\System32\beidpkcs11.dll",)
_MACOS = (
    "/Library/Belgium Identity Card/Pkcs11/beid-pkcs11.bundle/Contents/MacOS/libbeidpkcs11.dylib",
    "/usr/local/lib/beid-pkcs11.bundle/Contents/MacOS/libbeidpkcs11.dylib",
)


class EidUnavailable(RuntimeError):
    """No middleware, no reader or no card: signing with eID is not possible now (Dutch)."""


class EidSignError(RuntimeError):
    """The card did not sign: wrong or blocked PIN, cancelled, card removed (Dutch)."""


def default_modules() -> tuple[str, ...]:
    if sys.platform.startswith("win"):
        return _WINDOWS
    if sys.platform == "darwin":
        return _MACOS
    return _LINUX


def find_module(explicit: str | Path | None = None) -> Path | None:
    """The PKCS#11 module to use: ``explicit``, else ``$STAGEPORTFOLIO_PKCS11_MODULE``, else
    the first of the middleware's usual places that exists; None when there is none."""
    wanted = explicit or os.environ.get(MODULE_ENV)
    if wanted:
        path = Path(wanted)
        return path if path.is_file() else None
    return next((Path(p) for p in default_modules() if Path(p).is_file()), None)


def _pkcs11() -> Any:
    try:
        import pkcs11
    except ImportError as exc:  # pragma: no cover - a dependency of the app
        raise EidUnavailable("de PKCS#11-ondersteuning (python-pkcs11) ontbreekt") from exc
    return pkcs11


_LIBS: dict[str, Any] = {}


def _lib(module: Path) -> Any:
    pkcs11 = _pkcs11()
    key = str(module)
    if key not in _LIBS:
        try:
            _LIBS[key] = pkcs11.lib(key)
        except (RuntimeError, OSError, pkcs11.PKCS11Error) as exc:
            raise EidUnavailable(
                f"de eID-middleware ({module}) kan niet geladen worden: {exc}"
            ) from exc
    return _LIBS[key]


def _token(module: Path, label: str) -> Any:
    pkcs11 = _pkcs11()
    lib = _lib(module)
    try:
        slots = lib.get_slots(token_present=True)
    except pkcs11.PKCS11Error as exc:
        raise EidUnavailable(f"de kaartlezer is niet bereikbaar ({type(exc).__name__})") from exc
    for slot in slots:
        try:
            token = slot.get_token()
        except pkcs11.PKCS11Error:
            continue
        if str(token.label).strip() == label:
            return token
    raise EidUnavailable(
        "geen eID-kaart gevonden: steek de kaart in de kaartlezer (en sluit de lezer aan)"
    )


@contextmanager
def _session(module: Path, pin: str | None, label: str) -> Iterator[Any]:
    pkcs11 = _pkcs11()
    token = _token(module, label)
    try:
        session = token.open(user_pin=pin) if pin else token.open()
    except pkcs11.PKCS11Error as exc:
        raise _sign_error(exc) from exc
    try:
        yield session
    finally:
        with suppress(pkcs11.PKCS11Error):  # the card was pulled out
            session.close()


def _sign_error(exc: Exception) -> EidSignError | EidUnavailable:
    pkcs11 = _pkcs11()
    errors = pkcs11.exceptions
    if isinstance(exc, errors.PinIncorrect):
        return EidSignError("verkeerde pincode; er is niets ondertekend")
    if isinstance(exc, errors.PinLocked):
        return EidSignError(
            "de pincode van deze eID is geblokkeerd (te vaak fout); deblokkeer ze bij de "
            "gemeente met de PUK-code"
        )
    if isinstance(exc, errors.PinLenRange | errors.PinInvalid):
        return EidSignError("een pincode van een eID heeft 4 tot 12 cijfers")
    if isinstance(exc, errors.FunctionCancelled):
        return EidSignError("ondertekenen geannuleerd; er is niets ondertekend")
    if isinstance(exc, errors.UserNotLoggedIn):
        return EidSignError("de kaart vroeg een pincode; geef ze in en probeer opnieuw")
    if isinstance(exc, errors.TokenNotPresent | errors.DeviceRemoved | errors.SessionClosed):
        return EidUnavailable("de eID-kaart is uit de lezer gehaald; er is niets ondertekend")
    return EidSignError(f"de eID-kaart kon niet ondertekenen ({type(exc).__name__})")


def _certificate(session: Any, label: str) -> x509.Certificate | None:
    pkcs11 = _pkcs11()
    from pkcs11 import Attribute, ObjectClass

    try:
        found = list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE,
                                          Attribute.LABEL: label}))  # fmt: skip
    except pkcs11.PKCS11Error as exc:
        raise _sign_error(exc) from exc
    if not found:
        return None
    return eid.load_certificate(bytes(found[0][Attribute.VALUE]))


def _chain(session: Any) -> tuple[x509.Certificate, ...]:
    leaf = _certificate(session, SIGNATURE_LABEL)
    if leaf is None:
        raise EidUnavailable(
            "deze kaart heeft geen handtekeningcertificaat (een kids-ID of een kaart zonder "
            "geactiveerde handtekening kan niet ondertekenen)"
        )
    others = [_certificate(session, label) for label in CHAIN_LABELS]
    return (leaf, *(c for c in others if c is not None))


@dataclass(frozen=True)
class CardInfo:
    """Who the card in the reader belongs to, read without a PIN."""

    name: str
    fingerprint: str  # of the signature key, like a mentor key's
    public_key: str
    description: str
    chain: tuple[x509.Certificate, ...]

    def problems(self, moment: datetime | None = None) -> list[str]:
        """Why this card cannot make a qualified signature now (expired, wrong chain)."""
        from stageportfolio.core.trust import METHODS

        method = METHODS.get("eid")
        roots = method.roots if isinstance(method, eid.EidMethod) else None
        evidence = eid.Evidence(self.chain, eid.algorithm_for(self.chain[0]))
        return eid.certificate_problems(evidence, moment or clock.now(), roots)


def read_card(module: Path, *, token_label: str = TOKEN_LABEL) -> CardInfo:
    """The name and key on the card in the reader (no PIN needed)."""
    with _session(module, None, token_label) as session:
        chain = _chain(session)
    leaf = chain[0]
    return CardInfo(
        name=eid.person_name(leaf),
        fingerprint=eid.key_fingerprint(leaf),
        public_key=eid.public_key_text(leaf),
        description=eid.describe(leaf),
        chain=chain,
    )


@dataclass(frozen=True)
class CardSignature:
    """One signature by the card over the statements of several items."""

    evidence: eid.Evidence
    signature: str  # base64
    name: str
    fingerprint: str
    public_key: str


def sign_statements(
    module: Path,
    statements: Sequence[bytes],
    *,
    pin: str | None = None,
    token_label: str = TOKEN_LABEL,
) -> CardSignature:
    """Sign every statement at once with the card's qualified signature key (the middleware
    asks for the PIN, or ``pin`` logs in). Raises EidUnavailable or EidSignError (Dutch);
    nothing is signed then."""
    pkcs11 = _pkcs11()
    from pkcs11 import Attribute, Mechanism, ObjectClass

    texts = tuple(s.decode("utf-8") for s in statements)
    with _session(module, pin, token_label) as session:
        chain = _chain(session)
        algorithm = eid.algorithm_for(chain[0])
        try:
            keys = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY,
                                             Attribute.LABEL: SIGNATURE_LABEL}))  # fmt: skip
            if not keys:
                raise EidUnavailable("de handtekeningsleutel van de kaart is niet bereikbaar")
            mechanism = Mechanism.ECDSA if algorithm == "ecdsa-sha384" else Mechanism.RSA_PKCS
            raw = keys[0].sign(eid.digest(eid.batch_bytes(texts), algorithm), mechanism=mechanism)
        except pkcs11.PKCS11Error as exc:
            raise _sign_error(exc) from exc
    evidence = eid.Evidence(chain, algorithm, texts)
    signature = eid.signature_from_card(bytes(raw), algorithm)
    if not eid.signature_ok(evidence, eid.batch_bytes(texts), signature):
        raise EidSignError("de handtekening van de kaart klopt niet met haar certificaat")
    leaf = chain[0]
    return CardSignature(
        evidence=evidence,
        signature=signing.b64(signature),
        name=eid.person_name(leaf),
        fingerprint=eid.key_fingerprint(leaf),
        public_key=eid.public_key_text(leaf),
    )


def trust_eid_roots(files: Sequence[Path]) -> None:
    """Also trust these root certificates for eID signatures in this process (a receiver's
    ``verify --eid-root``), next to the shipped Belgian roots. EidUnavailable (Dutch) for a
    file that is not a CA certificate."""
    from stageportfolio.core.trust import register_method

    extra = []
    for path in files:
        try:
            data = read_at_most(path, MAX_CERTIFICATE_BYTES)
        except FileNotFoundError as exc:
            raise EidUnavailable(f"{path}: bestand niet gevonden") from exc
        except OSError as exc:
            raise EidUnavailable(f"{path}: kan niet gelezen worden ({exc.strerror})") from exc
        if len(data) > MAX_CERTIFICATE_BYTES:
            raise EidUnavailable(
                f"{path}: te groot voor een basiscertificaat (hoogstens "
                f"{size_text(MAX_CERTIFICATE_BYTES)}; een certificaat is enkele kB)"
            )
        try:
            cert = eid.load_certificate(data)
        except eid.EidError as exc:
            raise EidUnavailable(f"{path}: geen basiscertificaat ({exc})") from exc
        extra.append(cert)
    register_method(eid.EidMethod(roots=[*eid.shipped_roots(), *extra]))


# --- sign-offs on the spot ----------------------------------------------------------------------


def sign_on_the_spot(
    signoffs: Any,
    decisions: Sequence[Any],
    *,
    module: Path,
    pin: str | None = None,
    mentor_id: str | None = None,
    token_label: str = TOKEN_LABEL,
) -> int:
    """Sign the decided items of the pupil's portfolio with the mentor's eID (one PIN entry);
    returns how many were signed. ``signoffs`` is a ``services.signoffs.SignOffService``.

    The name signed and shown is the certificate's. A card whose certificate cannot make a
    qualified signature now (expired, not from a Belgian root) is refused before the PIN is
    asked. Raises EidUnavailable, EidSignError, ValueError (a refusal without a reason).
    """
    from stageportfolio.store.signing_store import NewSignOff

    card = read_card(module, token_label=token_label)
    signed_at = clock.now().replace(microsecond=0)
    problems = card.problems(signed_at)
    if problems:
        raise EidSignError("met deze eID kan niet ondertekend worden: " + "; ".join(problems))
    loaded, decided = signoffs.decided_items(decisions)
    if not decided:
        return 0
    messages = [
        signing.statement(
            entry.item,
            portfolio_id=signoffs.portfolio_id,
            learner=loaded.learner,
            signer=card.name,
            key_fingerprint=card.fingerprint,
            signed_at=signed_at,
            comment=entry.comment,
            decision=entry.verdict,
            method="eid",
        )
        for entry in decided
    ]
    signed = sign_statements(module, messages, pin=pin, token_label=token_label)
    if signed.public_key != card.public_key:
        raise EidSignError("er zat een andere kaart in de lezer tijdens het ondertekenen")
    rows = [
        NewSignOff(
            target_kind=entry.kind,
            target_id=entry.id,
            level=entry.level,
            mentor_id=mentor_id,
            mentor_name=card.name,
            comment=entry.comment,
            signed_at=signed_at,
            payload=message.decode("utf-8"),
            signature=signed.signature,
            key_fingerprint=signed.fingerprint,
            public_key=signed.public_key,
            method="eid",
            decision=entry.verdict,
            method_data=signed.evidence.to_json(),
        )
        for entry, message in zip(decided, messages, strict=True)
    ]
    signoffs.add_signed(rows)
    return len(rows)


# --- mentor mode: answering a request with the eID -------------------------------------------


def sign_request(
    request: Any,
    decisions: Any,
    *,
    module: Path,
    pin: str | None = None,
    organisation: str = "",
    sector: str = "social_profit",
    token_label: str = TOKEN_LABEL,
    record: bool = True,
) -> bytes:
    """A sign-off response (``*.aftekening.json``) signed with the mentor's eID, for mentor
    mode: no key of the app is needed. ``request`` is a ``services.mentormode.SignRequest``,
    ``decisions`` maps item ids to ``mentormode.Decision``. The name in the response is the
    certificate's. Raises EidUnavailable, EidSignError, ValueError (a refusal without reason)."""
    import json

    from stageportfolio.core.signoff_formats import FILE_VERSION, RESPONSE_FORMAT
    from stageportfolio.services import mentormode

    known = {entry.id for entry in request.items}
    unknown = sorted(set(decisions) - known)
    if unknown:
        raise ValueError(f"geen item met id {', '.join(unknown)} in dit aftekenverzoek")
    for item_id, wanted in decisions.items():
        if wanted.refuse and not wanted.comment.strip():
            raise ValueError(f"geef een reden bij ‘niet akkoord’ voor item {item_id}")
    card = read_card(module, token_label=token_label)
    signed_at = clock.now().astimezone().replace(microsecond=0)
    problems = card.problems(signed_at)
    if problems:
        raise EidSignError("met deze eID kan niet ondertekend worden: " + "; ".join(problems))
    entries: list[dict[str, Any]] = []
    messages: list[bytes] = []
    for entry in request.items:
        decision = decisions.get(entry.id)
        if decision is None or not (decision.approve or decision.refuse):
            continue
        item = dict(entry.item)
        level: int | None = None
        if entry.kind == "activity_record":
            level = entry.proposed_level if decision.refuse else (
                decision.level if decision.level is not None else entry.proposed_level
            )  # fmt: skip
            item["level"] = level
        elif entry.kind == "competence":
            level = int(item["level"])
        verdict = "refuse" if decision.refuse else "approve"
        comment = decision.comment.strip()
        messages.append(
            signing.statement(
                item,
                portfolio_id=request.portfolio_id,
                learner=request.learner_name,
                signer=card.name,
                key_fingerprint=card.fingerprint,
                signed_at=signed_at,
                comment=comment,
                decision=verdict,  # type: ignore[arg-type]
                method="eid",
            )
        )
        entries.append(
            {"item": item, "decision": verdict, "level": level, "comment": comment,
             "signed_at": signed_at.isoformat(timespec="seconds"), "method": "eid"}
        )  # fmt: skip
    signatures = []
    if messages:
        signed = sign_statements(module, messages, pin=pin, token_label=token_label)
        evidence = signed.evidence.to_json()
        signatures = [
            {**entry, "signature": signed.signature, "method_data": evidence} for entry in entries
        ]
    response = {
        "format": RESPONSE_FORMAT,
        "version": FILE_VERSION,
        "portfolio_id": request.portfolio_id,
        "mentor": {
            "name": card.name,
            "organisation": organisation,
            "sector": sector,
            "public_key": card.public_key,
            "fingerprint": card.fingerprint,
        },
        "signatures": signatures,
    }
    if signatures and record:
        mentormode.record_learner(request, now=signed_at)
    return (json.dumps(response, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def mentor_card(module: Path, *, organisation: str = "", sector: str = "social_profit",
                token_label: str = TOKEN_LABEL) -> dict[str, Any]:  # fmt: skip
    """A mentor card for the eID in the reader (name from the certificate), for the school to
    vouch for like a key's card: then a receiver trusts this person as the pupil's mentor."""
    card = read_card(module, token_label=token_label)
    return {
        "format": "stageportfolio-mentor-card",
        "version": 1,
        "name": card.name,
        "organisation": organisation,
        "sector": sector,
        "public_key": card.public_key,
        "fingerprint": card.fingerprint,
    }
