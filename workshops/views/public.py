"""The public certificate check: the name, the workshop and whether it is valid; nothing else."""

from django.shortcuts import render

from ..codes import code_clean
from ..models import Certificate


def verify(request, code):
    certificate = Certificate.objects.filter(code=code_clean(code)).select_related(
        "participant__workshop").first() if code_clean(code) else None
    return render(request, "workshops/verify.html", {"certificate": certificate},
                  status=200 if certificate else 404)
