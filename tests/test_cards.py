"""Contact cards: fingerprints, strict parsing, trust only after confirmation, QR code."""

from __future__ import annotations

import json
import re

import pyrage
import pytest

from app.packs import CardError, ContactCard, PartnerBook, PartnerNotFound, fingerprint, my_card
from app.packs.cards import normalise_fingerprint, qr_png
from storage import audit


def test_fingerprint_is_short_readable_and_bound_to_both_keys(vault):
    card = my_card(vault, "Field team")
    assert re.fullmatch(r"[A-Z2-7]{5}(-[A-Z2-7]{5}){3}", card.fingerprint)
    assert card.fingerprint == fingerprint(card.recipient, card.signing_key)
    other_key = fingerprint(card.recipient, bytes(32))
    other_recipient = fingerprint(str(pyrage.x25519.Identity.generate().to_public()), card.signing_key)
    assert len({card.fingerprint, other_key, other_recipient}) == 3
    assert normalise_fingerprint(card.fingerprint.lower().replace("-", " ")) == card.fingerprint


def test_card_round_trip_and_pem(vault):
    card = my_card(vault, "Полевая группа")
    again = ContactCard.from_json(card.to_json().encode())
    assert again == card
    assert card.signing_key_pem.startswith("-----BEGIN PUBLIC KEY-----")
    assert json.loads(card.qr_text())["fingerprint"] == card.fingerprint


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d.update(fingerprint="AAAAA-AAAAA-AAAAA-AAAAA"), "altered"),
        (lambda d: d.update(age_recipient="age1notarecipient"), "recipient"),
        (lambda d: d.update(signing_key="AAAA"), "Ed25519"),
        (lambda d: d.update(signing_key="not base64!"), "base64"),
        (lambda d: d.update(signing_key_pem="-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n"), "PEM"),
        (lambda d: d.update(format="something"), "not a Casefile contact card"),
        (lambda d: d.update(version=9), "version"),
        (lambda d: d.update(label="a\u202eb"), "control"),
        (lambda d: d.update(label=""), "empty"),
    ],
)
def test_altered_or_malformed_cards_are_refused(vault, change, message):
    d = my_card(vault, "Field team").to_dict()
    change(d)
    with pytest.raises(CardError, match=message):
        ContactCard.from_json(json.dumps(d))


def test_garbage_is_not_a_card():
    for data in (b"", b"\xff\xfe", b"[1,2]", b"{" * 100_000, b"x" * 70_000):
        with pytest.raises(CardError):
            ContactCard.from_json(data)


def test_partner_trusted_only_when_confirmed(make_vault):
    me, _ = make_vault("me")
    them, _ = make_vault("them")
    book = PartnerBook(me)
    card = my_card(them, "Partner NGO")
    p = book.add(card, trusted=False)
    assert not p.trusted and book.find("Partner NGO").id == p.id
    assert book.find(card.fingerprint.lower()).id == p.id
    assert book.trust(p).trusted
    assert book.add(card, trusted=False).trusted  # re-importing does not revoke
    actions = [r[0] for r in me.db.query("SELECT action FROM audit ORDER BY seq")]
    assert actions[-2:] == ["partner.add", "partner.trust"]
    assert audit.verify(me.db.conn) == []
    # the same signing key with another encryption key is refused
    swapped = ContactCard("Partner NGO", str(pyrage.x25519.Identity.generate().to_public()), card.signing_key)
    with pytest.raises(CardError, match="another encryption key"):
        book.add(swapped, trusted=True)
    with pytest.raises(PartnerNotFound):
        book.find("nobody")


def test_age_only_card(vault):
    recipient = str(pyrage.x25519.Identity.generate().to_public())
    card = ContactCard.age_only("NGO", recipient)
    assert card.signing_key is None and card.signing_key_pem is None
    assert ContactCard.from_json(card.to_json()) == card
    p = PartnerBook(vault).add(card, trusted=True)
    assert p.signing_key is None and PartnerBook(vault).by_fingerprint(card.fingerprint).trusted


def test_qr_code_png(vault):
    pytest.importorskip("segno")
    png = qr_png(my_card(vault, "Field team"))
    assert png is not None and png.startswith(b"\x89PNG\r\n\x1a\n")
