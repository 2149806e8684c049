"""Contacts and places by meaning: phone numbers, links and handles, coordinates, street addresses."""

from __future__ import annotations

import pytest

from app.redaction.addresses import Address, parse_addresses
from app.redaction.contacts import link_forms, national_number, phone_numbers
from app.redaction.coordinates import Positions, distance_m, readings
from app.redaction.plan import TokenSource
from app.redaction.withheld import Withheld

CONTACT = TokenSource("persons.contact", "Detained person 1", "secret")
ADDRESS = TokenSource("persons.address", "Detained person 1", "secret")
PLACE = TokenSource("events.coordinates", "event event-1", "secret")
NAME = TokenSource("persons.names", "Detained person 1", "name")


@pytest.fixture(scope="module")
def withheld() -> Withheld:
    w = Withheld()
    contact = "+7 701 123 45 67, @maks_kz, https://t.me/nazik_90, aigerim@example.org"
    w.add_phones(contact, CONTACT)
    w.add_links(contact, CONTACT)
    w.add_address("Dostyk St 7-12", ADDRESS)
    w.add_address("Almaty, Abay Ave 12, apt 5", ADDRESS)
    w.add_address("ул. Толе би, д. 59, кв. 3", ADDRESS)
    w.add_coordinates("51.170139, 71.449306", PLACE)
    w.add_name(["Назигүл Мақсұтхан"], NAME, "Detained person 1")
    return w


def replaced(w: Withheld, text: str) -> str:
    return w.replace(text)[0]


# --- phones ------------------------------------------------------------------------------


def test_national_numbers() -> None:
    assert national_number("77011234567") == national_number("87011234567") == "7011234567"
    assert national_number("0077011234567") == "7011234567"
    assert national_number("442079460958") == national_number("02079460958") == "2079460958"
    assert phone_numbers("+7 (701) 123-45-67; 8 701 123 4567") == ["7011234567", "7011234567"]


@pytest.mark.parametrize(
    "text",
    ["8 (701) 123-45-67", "+7 701 123 4567", "87011234567", "+77011234567", "8-701-123-45-67", "+7(701)1234567",
     "8 701 123 45 67", "007 701 123 45 67", "123-45-67", "tel.87011234567"],
)  # fmt: skip
def test_a_phone_in_any_writing(withheld, text) -> None:
    out = replaced(withheld, f"Call {text} after six.")
    assert out.startswith("Call ") and "[withheld]" in out and not any(c.isdigit() for c in out), (text, out)


@pytest.mark.parametrize("text", ["8 (701) 123-45-68", "In 2025 there were 123 45 detained", "case 1-234/2026"])
def test_other_numbers_stay(withheld, text) -> None:
    assert replaced(withheld, text) == text


# --- links, handles, e-mail -----------------------------------------------------------------


def test_link_forms() -> None:
    assert "@maks_kz" in link_forms("https://t.me/maks_kz/")
    assert "@maks_kz" in link_forms("www.instagram.com/maks_kz")
    assert "@maks_kz" in link_forms("maks_kz@mail.ru")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("write to @maks_kz now", "write to [withheld] now"),
        ("see t.me/maks_kz.", "see [withheld]."),
        ("see https://instagram.com/maks_kz?igsh=abc", "see [withheld]"),
        ("mail AIGERIM@example.org", "mail [withheld]"),
        ("mail maks_kz@proton.me", "mail [withheld]"),
        ("https://t.me/nazik_90", "[withheld]"),
        # a withheld name inside a link or handle takes the whole token, never half of it
        ("on https://www.facebook.com/nazigul.maksutkhan.5 daily", "on [withheld] daily"),
        ("handle @maksutkhan_nazigul", "handle [withheld]"),
        ("handle @nazigulmaksutkhan", "handle [withheld]"),
        ("site maksutkhan.kz", "site [withheld]"),
        ("see https://example.org/news/2026", "see https://example.org/news/2026"),
    ],
)
def test_links_and_handles_go_whole(withheld, text, expected) -> None:
    assert replaced(withheld, text) == expected


# --- coordinates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "51.170139, 71.449306", "51,1701; 71,4493", "51.1702 71.4494", "51°10'12.5\"N 71°26'57.5\"E",
        "N 51°10′12.5″ E 71°26′57.5″", "51° 10.208' N, 71° 26.958' E", "71.449306, 51.170139",
        "E71.4493 N51.1701", "51.17014 с.ш. 71.44931 в.д.", "С 51°10'12\" В 71°26'57\"", "-51.1701, -71.4493",
        "51°10'12.5''N, 71°26'57.5''E", "https://maps.google.com/?q=51.17014,71.44931", "51 10 12.5 N 71 26 57.5 E",
    ],
)  # fmt: skip
def test_coordinates_in_any_notation(withheld, text) -> None:
    out = replaced(withheld, f"Held at {text} overnight.")
    assert out == "Held at [withheld] overnight.", (text, out)


def test_coordinates_within_100_m_only() -> None:
    p = Positions()
    p.add_point(51.170139, 71.449306)
    near = "51.1708, 71.4493"  # ~73 m north
    far = "51.1712, 71.4493"  # ~118 m north
    assert distance_m(51.170139, 71.449306, 51.1708, 71.4493) < 100 < distance_m(51.170139, 71.449306, 51.1712, 71.4493)
    assert list(p.find(near)) and not list(p.find(far))
    # a lone latitude is compared with withheld latitudes
    q = Positions()
    q.add_value(51.170139, "lat")
    assert list(q.find("51.1705 N")) and not list(q.find("51.1705 E")) and not list(q.find("51.1730"))


def test_numbers_that_are_not_coordinates() -> None:
    assert readings("It was 43° outside, on 01.2024, for 3 days") == []
    assert [round(r.value, 4) for r in readings("43,2567 and 1,234")] == [43.2567, 1.234]


# --- addresses --------------------------------------------------------------------------------


def test_parse_addresses() -> None:
    assert parse_addresses("Dostyk St 7-12") == [Address((word_key_of("Dostyk"),), "7")]
    assert parse_addresses("Almaty, Abay Ave 12, apt 5") == [Address((word_key_of("Abay"),), "12")]
    assert parse_addresses("ул. Достык, д. 7, кв. 12") == [Address((word_key_of("Достык"),), "7")]
    assert parse_addresses("Almaty") == []


def word_key_of(word: str) -> str:
    from app.names import word_key

    return word_key(word)


@pytest.mark.parametrize(
    "text",
    [
        "Dostyk Street 7, flat 12", "Dostyk St 7-12", "Dostyk St. 7/12", "ул. Достык, д. 7, кв. 12",
        "улица Достык 7", "Достық көшесі 7/12", "Достық к-сі, 7 үй, 12 пәтер", "7 Dostyk Street", "проспект Абая 12",
        "Abay avenue, house 12", "Абай даңғылы 12", "ул. Толе би 59", "Tole bi St 59, apt 3",
    ],
)  # fmt: skip
def test_an_address_in_any_writing(withheld, text) -> None:
    out = replaced(withheld, f"He lives at {text}.")
    assert out == "He lives at [withheld].", (text, out)


@pytest.mark.parametrize(
    "text", ["Dostyk St 9", "Dostyk Street", "on Abay Ave, 120 people", "house 7 on another street"]
)
def test_other_addresses_stay(withheld, text) -> None:
    assert replaced(withheld, text) == text
