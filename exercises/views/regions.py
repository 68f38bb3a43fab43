"""Options for the cascading region selects, fetched in place by htmx."""

from __future__ import annotations

import re

from django.http import HttpResponseBadRequest
from django.shortcuts import render

from .. import regions

# The select that changed is named "<form field>_<level>", level 0 (provinsi) to 2 (kecamatan).
_SUBWIDGET = re.compile(r"^[\w-]{1,120}_([012])$")


def region_options(request):
    field_name = request.GET.get("field", "")
    match = _SUBWIDGET.match(field_name)
    if not match:
        return HttpResponseBadRequest("field")
    level = int(match.group(1))
    parent = request.GET.get(field_name, "")
    base = field_name[:-2]
    options = regions.children(parent) if parent and regions.is_well_formed(parent) else ()
    # Levels below the child are emptied out of band: their old choices no longer apply.
    cleared = [f"id_{base}_{deeper}" for deeper in range(level + 2, 4)]
    return render(request, "exercises/widgets/region_options.html", {"options": options, "cleared": cleared})
