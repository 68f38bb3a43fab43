"""Template helpers for the sandbox: derived ages shown read-only beside the inputs."""

from django import forms, template
from django.utils.safestring import mark_safe
from django.utils import translation
from django.utils.translation import gettext

from .. import derive, vocab
from ..permissions import can_see_result

register = template.Library()


def derived_facts(*, birth_date, age, on, sex=None):
    """Derived values plus display helpers, or None when no age can be known."""
    values = derive.derived(birth_date=birth_date, age=age, on=on)
    if values is None:
        return None
    values["status_label"] = vocab.STATUS_USIA.label(values["status_usia"])
    values["adult_male"] = sex == "L" and values["status_usia"] == vocab.DEWASA
    return values


def _field_value(form, name):
    """A field's clean value from a bound form, or None when it does not clean."""
    try:
        return form.fields[name].clean(form[name].value())
    except (forms.ValidationError, KeyError, TypeError, ValueError):
        return None


@register.simple_tag
def derived_preview(form, context):
    """Age, age group and status of a victim row, at the date of the report."""
    if not form.is_bound:
        return None
    return derived_facts(
        birth_date=_field_value(form, "tanggal_lahir"), age=_field_value(form, "usia"),
        on=context.tanggal_lapor or context.today, sex=_field_value(form, "jenis_kelamin"),
    )


@register.simple_tag
def victim_at_incident(victim, form):
    """A victim's derived values at the incident date typed on the Kejadian step."""
    on = _field_value(form, "tanggal_kejadian") if form.is_bound else None
    on = on or form.context.tanggal_lapor or form.context.today
    return derived_facts(birth_date=victim.birth_date, age=victim.age, on=on, sex=victim.sex)


@register.filter
def duration(seconds):
    """127 -> "2 min 7 s" ("2 menit 7 detik" in Indonesian)."""
    if seconds is None:
        return "—"
    minutes, rest = divmod(int(seconds), 60)
    if minutes:
        return gettext("%(minutes)d min %(seconds)d s") % {"minutes": minutes, "seconds": rest}
    return gettext("%(seconds)d s") % {"seconds": rest}


@register.filter
def result_visible_to(attempt, user) -> bool:
    """``{% if attempt|result_visible_to:request.user %}``: templates ask the one rule, never re-decide it."""
    return attempt is not None and can_see_result(user, attempt)


def _anchor(bound) -> str:
    """The id a summary link jumps to: the input itself, or a group's first input (checkboxes, region)."""
    return bound.id_for_label or f"{bound.auto_id}_0"


@register.simple_tag
def error_summary(form) -> list[dict]:
    """Every error of a step (a form or a formset) as {anchor, label, message}, in page order (GOV.UK pattern)."""
    items = []
    forms_ = getattr(form, "forms", None)
    if forms_ is not None:  # a formset: its own errors first, then each row's
        items += [{"anchor": f"{form.prefix}-forms", "label": "", "message": str(e)} for e in form.non_form_errors()]
        members = forms_
    else:
        members = [form]
    for member in members:
        if not member.is_bound or not member.errors:
            continue
        items += [{"anchor": "wizard-form", "label": "", "message": str(e)} for e in member.non_field_errors()]
        for name, field in member.fields.items():
            if name in member.errors and name != "__all__":
                bound = member[name]
                items += [{"anchor": _anchor(bound), "label": str(field.label or ""), "message": str(e)}
                          for e in bound.errors]
    return items


@register.simple_tag(takes_context=True)
def subwidget(context, widget):
    """``{% include widget.template_name %}`` for a multi-widget's part, through the fast widget path when
    there is one (the same HTML, the include's trailing newline included)."""
    from ..forms.render import fast_html

    html = fast_html(widget["template_name"], widget)
    if html is not None:
        return mark_safe(html + "\n")  # noqa: S308 -- escaped by fast_html, as the template would
    with context.push(widget=widget):
        return context.template.engine.get_template(widget["template_name"]).render(context)


# Rendered empty "add a person" rows, by what they depend on (see ``empty_row``); bounded, per process.
_EMPTY_ROWS: dict[tuple, str] = {}
EMPTY_ROWS_KEPT = 256


@register.simple_tag(takes_context=True)
def empty_row(context, row_template: str, formset):
    """``{% include row_template with item=formset.empty_form number="__num__" %}``, rendered once.

    The copy a step's "add" button clones is the same on every request with the same earlier
    steps: its HTML depends only on the row template, the formset's prefix and context (the
    victims, the dates), the ``form_context`` the page shows and the language.
    """
    key = (row_template, formset.prefix, translation.get_language(), repr(formset.form_kwargs),
           repr(context.get("form_context")))
    html = _EMPTY_ROWS.get(key)
    if html is None:
        template = context.template.engine.get_template(row_template)
        with context.push(item=formset.empty_form, number="__num__"):
            html = template.render(context)
        if len(_EMPTY_ROWS) >= EMPTY_ROWS_KEPT:
            _EMPTY_ROWS.clear()
        _EMPTY_ROWS[key] = html
    return html
