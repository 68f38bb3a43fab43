"""A region picker: Provinsi -> Kab/Kota -> Kecamatan -> Kel/Desa, stored as the deepest code.

Each select lists the children of the one before it, so a re-rendered form (after an
error, or with JavaScript off) always shows consistent choices. With htmx, changing a
select fetches the next level's options in place (see ``views/regions.py``).
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .. import regions

LEVEL_LABELS = ("Provinsi", "Kab/Kota", "Kecamatan", "Kel/Desa")


def split_code(code: str | None) -> list[str]:
    """"32.73.01" -> ["32", "32.73", "32.73.01", ""]: one value per select."""
    chain = regions.ancestry(code) if code else []
    return (chain + ["", "", "", ""])[:4]


class RegionWidget(forms.MultiWidget):
    template_name = "exercises/widgets/region.html"

    def __init__(self, attrs=None, *, shortcut: str = ""):
        super().__init__([forms.Select(attrs=attrs) for _ in range(4)], attrs)
        self.shortcut = shortcut  # a kab/kota offered as a one-click choice, never preselected

    def __deepcopy__(self, memo):
        copied = super().__deepcopy__(memo)
        copied.shortcut = self.shortcut
        return copied

    def decompress(self, value):
        return split_code(value)

    def get_context(self, name, value, attrs):
        if not isinstance(value, list):
            value = self.decompress(value)
        value = [v if isinstance(v, str) else "" for v in (list(value) + ["", "", "", ""])[:4]]
        placeholder = [("", _("— choose —"))]
        parent = ""
        for level, sub in enumerate(self.widgets):
            options = list(regions.children(parent)) if level == 0 or parent else []
            sub.choices = placeholder + options
            parent = value[level] if value[level] in dict(options) else ""
        context = super().get_context(name, value, attrs)
        url = reverse("exercises:region_options")
        if self.shortcut and regions.is_valid(self.shortcut):
            context["widget"]["shortcut"] = {"chain": "|".join(regions.ancestry(self.shortcut)),
                                             "name": regions.name(self.shortcut), "url": url}
        for level, sub in enumerate(context["widget"]["subwidgets"]):
            sub["label"] = LEVEL_LABELS[level]
            if level < 3:
                child_id = f"{(attrs or {}).get('id') or 'id_' + name}_{level + 1}"
                sub["attrs"].update({
                    "hx-get": f"{url}?field={sub['name']}",
                    "hx-target": f"#{child_id}",
                    "hx-trigger": "change",
                    "hx-swap": "innerHTML",
                })
        return context


class RegionField(forms.MultiValueField):
    """Clean value: the deepest chosen Kemendagri code, or "" when nothing is chosen.

    ``min_level`` is how deep a required region must go: 2 means down to kab/kota.
    """

    widget = RegionWidget

    def __init__(self, *, required=False, min_level=2, **kwargs):
        self.min_level = min_level
        fields = [forms.CharField(required=False, max_length=13) for _ in range(4)]
        super().__init__(fields=fields, require_all_fields=False, required=required, **kwargs)

    def compress(self, data_list):
        chosen = [code for code in (data_list or []) if code]
        parent = ""
        for code in chosen:
            if code not in dict(regions.children(parent)):
                raise ValidationError(
                    _("%(level)s does not belong to the region chosen above it; choose again.")
                    % {"level": LEVEL_LABELS[regions.level(code) - 1] if regions.is_well_formed(code) else "Wilayah"},
                    code="region_chain",
                )
            parent = code
        if self.required and len(chosen) < self.min_level:
            raise ValidationError(
                _("Choose the region down to %(level)s.") % {"level": LEVEL_LABELS[self.min_level - 1]},
                code="region_depth",
            )
        return chosen[-1] if chosen else ""
