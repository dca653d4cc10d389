"""The sign-off files, defined once for the student's and the mentor's side (docs/signing.md).

Pydantic models of the sign-off request, the response, the mentor card, the vouched mentor card
and the school key file, with one ``parse`` that turns every problem into a Dutch message
naming the file and the field, and one ``file_bytes`` that writes them. No files are read or
written here: callers pass the decoded JSON and write the bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from datetime import UTC, date, datetime
from typing import Annotated, Any, Final, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from stageportfolio.core import signing
from stageportfolio.core.mentorload import Sector

REQUEST_FORMAT: Final = "stageportfolio-signoff-request"
RESPONSE_FORMAT: Final = "stageportfolio-signoff-response"
CARD_FORMAT: Final = "stageportfolio-mentor-card"
VOUCHED_FORMAT: Final = "stageportfolio-vouched-mentor-card"
SCHOOL_KEY_FORMAT: Final = "stageportfolio-school-key"
FILE_VERSION: Final = 2  # requests and responses; cards and school keys are version 1

OTHER_FORMATS = {
    REQUEST_FORMAT: "een aftekenverzoek",
    RESPONSE_FORMAT: "een aftekening (het antwoord van een mentor)",
    CARD_FORMAT: "een mentorkaart",
    VOUCHED_FORMAT: "een mentorkaart bevestigd door een school",
    SCHOOL_KEY_FORMAT: "een schoolsleutel",
    "stageportfolio-mentor-identity": "een mentorprofiel",
}

# Exactly the fields of each signed item: any other field would be signed too and the
# student's app could never rebuild the same statement.
ITEM_FIELDS: dict[str, frozenset[str]] = {
    "hour_entry": frozenset(
        {"kind", "id", "day", "minutes", "context", "placement", "placement_name"}
    ),
    "activity_record": frozenset(
        {"kind", "id", "activity", "competence", "proposed", "level", "day", "reflection"}
    ),
    "competence": frozenset({"kind", "id", "level"}),
}
_TEXT_FIELDS = {
    "hour_entry": ("id", "context", "placement", "placement_name"),
    "activity_record": ("id", "activity", "competence", "reflection"),
    "competence": ("id",),
}


class FormatError(ValueError):
    """A file that is not what it should be; the message (Dutch) says where and what."""


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_item(item: Any) -> dict[str, Any]:
    """A signed item with exactly its fields and sane values; raises ValueError (Dutch)."""
    if not isinstance(item, dict):
        raise ValueError("het veld 'item' ontbreekt")
    kind = item.get("kind")
    if kind not in ITEM_FIELDS:
        raise ValueError(f"onbekende soort item {kind!r}")
    expected = ITEM_FIELDS[kind]
    missing = sorted(expected - item.keys())
    if missing:
        raise ValueError(f"velden ontbreken in het item: {', '.join(missing)}")
    extra = sorted(item.keys() - expected)
    if extra:
        raise ValueError(f"onbekende velden in het item: {', '.join(extra)}")
    for name in _TEXT_FIELDS[kind]:
        if not isinstance(item[name], str):
            raise ValueError(f"het veld {name!r} moet tekst zijn")
    if not item["id"]:
        raise ValueError("het item heeft geen id")
    if kind != "competence":
        day = item["day"]
        try:
            date.fromisoformat(day) if isinstance(day, str) else None
        except ValueError:
            day = None
        if not isinstance(day, str):
            raise ValueError("'day' moet een datum zijn (JJJJ-MM-DD)")
    if kind == "hour_entry" and (
        not _is_int(item["minutes"]) or not 0 < item["minutes"] <= 24 * 60
    ):
        raise ValueError("'minutes' moet een geheel aantal minuten zijn (1 tot 1440)")
    for name in {"activity_record": ("proposed", "level"), "competence": ("level",)}.get(kind, ()):
        if not _is_int(item[name]) or item[name] < 1:
            raise ValueError(f"{name!r} moet een niveau zijn (1, 2, 3, …)")
    return dict(item)


def _public_key(value: str) -> str:
    """An Ed25519 key (raw, base64), or the public key of an eID's signature certificate
    (DER SubjectPublicKeyInfo, base64: ECDSA or RSA)."""
    try:
        signing.load_public_key(value)
    except (ValueError, binascii.Error):
        pass
    else:
        return value
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import load_der_public_key

    try:
        key = load_der_public_key(base64.b64decode(value.encode("ascii"), validate=True))
    except (ValueError, binascii.Error, TypeError) as exc:
        raise ValueError("geen geldige publieke sleutel") from exc
    if not isinstance(key, ec.EllipticCurvePublicKey | rsa.RSAPublicKey):
        raise ValueError("geen geldige publieke sleutel")
    return value


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("tijdstip zonder tijdzone")
    return value.astimezone(UTC)


PublicKey = Annotated[str, AfterValidator(_public_key)]
AwareDateTime = Annotated[datetime, AfterValidator(_aware)]
Name = Annotated[str, Field(min_length=1, max_length=200)]
ShortText = Annotated[str, Field(max_length=200)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Keyed(_Model):
    """A public key with its fingerprint, which must belong to it."""

    public_key: PublicKey
    fingerprint: str

    @model_validator(mode="after")
    def _fingerprint_fits(self) -> _Keyed:
        if signing.fingerprint(self.public_key) != self.fingerprint:
            raise ValueError(f"de vingerafdruk {self.fingerprint} hoort niet bij de sleutel")
        return self


# --- mentor cards and the school's word on them -----------------------------------------------


class CardBody(_Keyed):
    """Who a mentor key belongs to, as the mentor says."""

    name: Name
    organisation: ShortText = ""
    sector: Sector = "social_profit"

    @field_validator("name")
    @classmethod
    def _stripped(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("de naam van de mentor ontbreekt")
        return value.strip()


class MentorCard(CardBody):
    """``*.mentorkaart.json``: made by the mentor, handed to the school."""

    format: Literal["stageportfolio-mentor-card"]
    version: Literal[1]

    def body(self) -> CardBody:
        return CardBody(
            name=self.name,
            organisation=self.organisation,
            sector=self.sector,
            public_key=self.public_key,
            fingerprint=self.fingerprint,
        )


class SchoolRef(_Keyed):
    name: Name


class VouchedCard(_Model):
    """A mentor card signed by a school key: "this key is this mentor's", says that key.

    Whether the signing key is the school's is for the receiver to decide (``core.trust``).
    """

    format: Literal["stageportfolio-vouched-mentor-card"]
    version: Literal[1]
    card: CardBody
    valid_from: date
    valid_until: date
    school: SchoolRef
    vouched_at: AwareDateTime
    signature: str

    @model_validator(mode="after")
    def _period(self) -> VouchedCard:
        if self.valid_until < self.valid_from:
            raise ValueError("de geldigheid eindigt voor ze begint")
        return self

    def signed_bytes(self) -> bytes:
        return vouch_statement(
            self.card,
            school=self.school,
            valid_from=self.valid_from,
            valid_until=self.valid_until,
            vouched_at=self.vouched_at,
        )

    def school_signature_ok(self) -> bool:
        return signing.verify(self.school.public_key, self.signed_bytes(), self.signature)


def vouch_statement(
    card: CardBody, *, school: SchoolRef, valid_from: date, valid_until: date, vouched_at: datetime
) -> bytes:
    """The exact bytes a school signs when it vouches for a mentor card."""
    return signing.canonical(
        {
            "v": 1,
            "purpose": "stageportfolio-vouch-mentor-card",
            "card": signing.canonical(card.model_dump()).decode(),
            "school": signing.canonical(school.model_dump()).decode(),
            "valid_from": valid_from,
            "valid_until": valid_until,
            "vouched_at": vouched_at,
        }
    )


class SchoolKey(SchoolRef):
    """``SCHOOL.pub``: the public part of a school key, what a receiver trusts."""

    format: Literal["stageportfolio-school-key"]
    version: Literal[1]


# --- requests and responses ------------------------------------------------------------------


class RequestPortfolio(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    id: Annotated[str, Field(min_length=1, max_length=200)]
    name: Name
    fingerprint: str = ""  # shown next to the name; the mentor's app derives its own from id
    organisation: str = ""
    list_id: str = ""
    list_version: int | None = None
    list_title: str = ""


class RequestMentor(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    name: str = ""
    organisation: str = ""
    sector: str = "social_profit"


class RequestEntry(BaseModel):
    """One item to sign. ``reflection`` (activity) or ``note`` (hours) is the student's text:
    shown to the mentor as plain text; only an activity's reflection is signed (its SHA-256).
    Older fields (``label``, ``placement``) may be present and are never shown."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    item: dict[str, Any]
    reflection: str = ""
    note: str = ""

    @field_validator("item")
    @classmethod
    def _item(cls, value: dict[str, Any]) -> dict[str, Any]:
        return check_item(value)

    @model_validator(mode="after")
    def _reflection_is_signed(self) -> RequestEntry:
        if self.item["kind"] == "activity_record":
            if self.item["level"] != self.item["proposed"]:
                raise ValueError("in een verzoek is 'level' het voorgestelde niveau")
            digest = hashlib.sha256(self.reflection.encode("utf-8")).hexdigest()
            if digest != self.item["reflection"]:
                raise ValueError("de reflectie in het verzoek hoort niet bij het item")
        return self


class SignRequestFile(BaseModel):
    """``*.aftekenverzoek.json``: made by the student, opened by the mentor."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    format: Literal["stageportfolio-signoff-request"]
    version: Literal[2]
    created_at: AwareDateTime | None = None
    portfolio: RequestPortfolio
    mentor: RequestMentor = RequestMentor()
    items: Annotated[list[RequestEntry], Field(min_length=1, max_length=5000)]


class ResponseMentor(_Keyed):
    name: Name
    organisation: ShortText = ""
    sector: Sector = "social_profit"


class ResponseSignature(_Model):
    item: dict[str, Any]
    decision: Literal["approve", "refuse"] = "approve"
    level: int | None = None
    comment: Annotated[str, Field(max_length=2000)] = ""
    signed_at: AwareDateTime
    method: Literal["key", "eid"] = "key"
    signature: str
    # eid: the card's certificate chain and the statements signed at once (core.eid.Evidence)
    method_data: Annotated[str, Field(max_length=2_000_000)] | None = None

    @field_validator("item")
    @classmethod
    def _item(cls, value: dict[str, Any]) -> dict[str, Any]:
        return check_item(value)

    @field_validator("signature")
    @classmethod
    def _base64(cls, value: str) -> str:
        try:
            base64.b64decode(value.encode("ascii"), validate=True)
        except (ValueError, binascii.Error) as exc:
            raise ValueError("geen geldige handtekening (base64)") from exc
        return value


class SignResponseFile(_Model):
    """``*.aftekening.json``: made by the mentor, imported by the student."""

    format: Literal["stageportfolio-signoff-response"]
    version: Literal[2]
    portfolio_id: str
    mentor: ResponseMentor
    signatures: list[ResponseSignature]


M = TypeVar("M", bound=BaseModel)


def _json_value(value: Any) -> str:
    if isinstance(value, date):  # a datetime too: "2026-10-12T09:30:15+00:00"
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def file_bytes(model: BaseModel) -> bytes:
    """One of these files as written: JSON, UTF-8, ``format`` and ``version`` first, moments
    in ISO form with their offset."""
    data = model.model_dump()
    head = {key: data.pop(key) for key in ("format", "version") if key in data}
    text = json.dumps({**head, **data}, ensure_ascii=False, indent=2, default=_json_value)
    return (text + "\n").encode("utf-8")


# pydantic's error types in plain Dutch; our own validators already speak Dutch.
_DUTCH = {
    "missing": "ontbreekt",
    "extra_forbidden": "onbekend veld",
    "string_type": "moet tekst zijn",
    "string_too_short": "mag niet leeg zijn",
    "string_too_long": "is te lang",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "bool_type": "moet waar of onwaar zijn",
    "literal_error": "heeft een onbekende waarde",
    "dict_type": "moet een object zijn",
    "list_type": "moet een lijst zijn",
    "too_short": "mag niet leeg zijn",
    "too_long": "is te lang",
    "date_from_datetime_parsing": "is geen datum (JJJJ-MM-DD)",
    "date_parsing": "is geen datum (JJJJ-MM-DD)",
    "date_type": "is geen datum (JJJJ-MM-DD)",
    "datetime_from_date_parsing": "is geen tijdstip",
    "datetime_parsing": "is geen tijdstip",
    "datetime_type": "is geen tijdstip",
}


def _where(loc: tuple[Any, ...]) -> str:
    parts = []
    for part in loc:
        if isinstance(part, int):
            parts.append(f"[{part + 1}]")
        else:
            parts.append(("." if parts else "") + str(part))
    return "".join(parts)


def parse(model: type[M], data: Any, where: str, *, what: str) -> M:
    """``data`` as ``model``; FormatError("<where>: …") naming the field otherwise.

    ``what`` is the Dutch name of the expected file ("aftekenverzoek", "mentorkaart", …), used
    when ``data`` is another known file or of a version this app does not read.
    """
    if not isinstance(data, dict):
        raise FormatError(f"{where}: dit is geen {what}")
    fields = model.model_fields
    fmt = data.get("format")
    wanted: Any = fields["format"].annotation if "format" in fields else None
    wanted_format = getattr(wanted, "__args__", (None,))[0]
    if wanted_format is not None and fmt != wanted_format:
        other = OTHER_FORMATS.get(fmt) if isinstance(fmt, str) else None
        said = f"{other}, geen {what}" if other else f"geen {what}"
        raise FormatError(f"{where}: dit is {said}")
    if "version" in fields:
        annotation: Any = fields["version"].annotation
        supported: int | None = getattr(annotation, "__args__", (None,))[0]
        raw_version = data.get("version")
        if not isinstance(raw_version, int) or isinstance(raw_version, bool) or raw_version < 1:
            raise FormatError(f"{where}: onbekende versie {raw_version!r} van dit {what}")
        version: int = raw_version
        if version < 1:
            raise FormatError(f"{where}: onbekende versie {version!r} van dit {what}")
        if supported is not None and version > supported:
            raise FormatError(
                f"{where}: dit {what} is gemaakt met een nieuwere versie van stageportfolio "
                f"(bestandsversie {version}); werk de app bij om het te openen"
            )
        if supported is not None and version < supported:
            raise FormatError(
                f"{where}: dit {what} is gemaakt met een oudere versie van stageportfolio "
                f"(bestandsversie {version}); maak het opnieuw met de huidige versie"
            )
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = _where(tuple(first["loc"]))
        message = _DUTCH.get(str(first["type"])) or str(first["msg"]).removeprefix("Value error, ")
        more = len(exc.errors()) - 1
        tail = f" (en nog {more} andere fouten)" if more else ""
        at = f"veld {field}: " if field else ""
        raise FormatError(f"{where}: {at}{message}{tail}") from exc
