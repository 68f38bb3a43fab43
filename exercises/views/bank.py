"""Facilitator pages of the case bank: a case's document beside its key, and entering a key."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from .. import review
from ..models import Case
from ..permissions import can_read_case_document, require_case_bank
from ..purposes import ANSWER_KEY
from .wizard import run_start


@login_required
def bank_case(request, pk):
    require_case_bank(request.user)
    case = get_object_or_404(Case, pk=pk)
    return render(request, "exercises/bank_case.html", {
        "case": case,
        "blocks": review.entry_blocks(case.answer_key) if case.answer_key else [],
    })


@login_required
def bank_case_key(request, pk):
    """Opens the sandbox form for the case's answer key, prefilled with the key it has so far."""
    require_case_bank(request.user)
    case = get_object_or_404(Case, pk=pk)
    return run_start(
        request, entry=case.answer_key or None, extra={"purpose": ANSWER_KEY, "case_id": case.pk},
        step="tinjau" if case.answer_key else "registrasi",
    )


@login_required
def case_print(request, pk):
    """The source document alone, laid out for paper (workshops that work on paper)."""
    case = get_object_or_404(Case, pk=pk)
    if not can_read_case_document(request.user, case):
        raise Http404  # the same answer as a missing case: a number tells nothing
    return render(request, "exercises/case_print.html", {"case": case})
