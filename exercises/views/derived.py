"""Derived age, age group and Anak/Dewasa, recomputed in place (htmx) as dates are typed."""

from __future__ import annotations

import re

from django import forms
from django.shortcuts import render

from ..templatetags.sandbox import derived_facts

_PREFIX = re.compile(r"^[\w-]{0,60}$")
_date = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
_age = forms.IntegerField(required=False, min_value=0, max_value=120)


def _clean(field, value):
    try:
        return field.clean(value)
    except forms.ValidationError:
        return None


def derived_preview(request):
    """Reads either a victim row's own inputs (``prefix``) or explicit values from the Kejadian step."""
    params = request.GET
    prefix = params.get("prefix", "")
    prefix = f"{prefix}-" if prefix and _PREFIX.match(prefix) else ""
    birth = _clean(_date, params.get(f"{prefix}tanggal_lahir") or params.get("lahir"))
    age = _clean(_age, params.get(f"{prefix}usia") or params.get("usia"))
    on = _clean(_date, params.get("kejadian-tanggal_kejadian") or params.get("pada"))
    sex = params.get(f"{prefix}jenis_kelamin") or params.get("jk")
    facts = derived_facts(birth_date=birth, age=age, on=on, sex=sex) if on else None
    return render(request, "exercises/widgets/derived.html", {"facts": facts, "at_incident": bool(params.get("kejadian-tanggal_kejadian"))})
