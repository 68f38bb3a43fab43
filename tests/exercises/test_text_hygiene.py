"""Names, addresses and short text: no invisible format characters, no NUL (issue 13, finding 6)."""

import datetime as dt

import pytest
from django.utils.datastructures import MultiValueDict
from hypothesis import given
from hypothesis import strategies as st

from exercises.entry import bind_step, step_data_from_entry
from exercises.fields import Kind, field
from exercises.forms.declared import form_field
from exercises.text import text_clean
from tests.samples import sample_entry


@pytest.mark.parametrize(("raw", "clean"), [
    ("Siti\u202eAminah", "SitiAminah"),          # RIGHT-TO-LEFT OVERRIDE
    ("\u2067Budi\u2069", "Budi"),                 # isolates
    ("Jl. Merdeka\u200b No. 5", "Jl. Merdeka No. 5"),  # zero-width space
    ("\ufeffCilegon", "Cilegon"),                 # BOM
    ("Dewi\u200dSari", "DewiSari"),               # ZWJ between Latin letters does nothing
    ("\U0001F469\u200d\U0001F467", "\U0001F469\u200d\U0001F467"),  # emoji family sequence keeps its ZWJ
    ("\u0915\u094d\u200d\u0937", "\u0915\u094d\u200d\u0937"),      # Devanagari half form keeps its ZWJ
    ("Ani Lestari", "Ani Lestari"),
])
def test_text_clean(raw, clean):
    assert text_clean(raw) == clean


@given(st.text())
def test_text_clean_leaves_no_bidi_control_and_is_idempotent(value):
    cleaned = text_clean(value)
    assert not any(ch in cleaned for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
    assert text_clean(cleaned) == cleaned


def name_spec():
    spec = field("korban", "nama")
    assert spec.kind is Kind.TEXT
    return spec


def test_a_name_with_a_bidi_override_is_refused_once_and_shown_clean():
    from django import forms

    class NameForm(forms.Form):
        nama = form_field(name_spec())

    form = NameForm(data={"nama": "Siti\u202eAminah"})
    assert not form.is_valid()
    assert "tidak terlihat" in form.errors["nama"][0]
    assert form["nama"].value() == "SitiAminah"
    again = NameForm(data={"nama": form["nama"].value()})
    assert again.is_valid() and again.cleaned_data["nama"] == "SitiAminah"


def test_a_nul_in_a_name_is_refused():
    from django import forms

    class NameForm(forms.Form):
        nama = form_field(name_spec())

    form = NameForm(data={"nama": "Siti\x00Aminah"})
    assert not form.is_valid() and "nama" in form.errors
    assert "\x00" not in form["nama"].value()


def test_the_victim_step_refuses_a_bidi_name():
    entry = sample_entry()
    data = step_data_from_entry(entry)["korban"]
    name_key = next(k for k in data if k.endswith("-nama"))
    data[name_key] = ["Siti\u202eAminah"]
    form = bind_step("korban", MultiValueDict(data), entry=entry, today=dt.date(2026, 12, 1))
    assert not form.is_valid()
    html = str(form)
    assert "\u202e" not in html
