"""``{% field_block field %}``: a form field with its label, marker, help and errors, written in Python.

It was ``{% include "includes/field.html" %}``, once per field: a step page has up to a hundred
fields, and the include with its lookups was a large part of a step GET (issue 14). The markup
is the include's, character for character (its newlines and indentation too), so the pages and
their accessibility do not change; tests/exercises/test_step_html.py compares every step page,
empty, filled and refused, with snapshots written by the include.

What it writes, by widget type (``wt``):

    <div class="field field-{wt}[ has-error][ is-required]">
      checkbox:              <div class="check">{widget} <label for="{id}">{label}</label></div>
      checkboxes, region:    <fieldset><legend>{label}{marker}</legend>{widget}</fieldset>
      anything else:         <label for="{id}">{label}{marker}</label>{widget}
      <p class="help" id="{auto_id}_helptext">{help}</p>  (when there is help text)
      <p class="error" role="alert">{error}</p>           (once per error)
    </div>

``{marker}`` is `` <span class="req" aria-hidden="true">*</span>`` for a required field, or
`` <span class="req-when">({required_when})</span>`` for a field required only in some cases.
"""

from django import template
from django.utils.safestring import mark_safe

from ..forms.render import _var

register = template.Library()

GROUPED = ("checkboxselectmultiple", "region")  # widgets of several inputs: a fieldset and a legend


def _marker(field) -> str:
    if field.required:
        return ' <span class="req" aria-hidden="true">*</span>'
    when = getattr(field, "required_when", None)
    return f' <span class="req-when">({_var(when)})</span>' if when else ""


@register.simple_tag
def field_block(bound) -> str:
    wt = bound.widget_type
    errors = bound.errors
    field = bound.field
    css = f"field field-{_var(wt)}{' has-error' if errors else ''}{' is-required' if field.required else ''}"
    label = _var(bound.label)
    widget = _var(bound)
    if wt == "checkbox":
        body = f'\n    <div class="check">{widget} <label for="{_var(bound.id_for_label)}">{label}</label></div>\n  '
    elif wt in GROUPED:
        body = (f"\n    <fieldset>\n      <legend>{label}{_marker(field)}</legend>\n      {widget}\n"
                "    </fieldset>\n  ")
    else:
        body = f'\n    <label for="{_var(bound.id_for_label)}">{label}{_marker(field)}</label>\n    {widget}\n  '
    help_text = bound.help_text
    help_html = f'<p class="help" id="{_var(bound.auto_id)}_helptext">{_var(help_text)}</p>' if help_text else ""
    error_html = "".join(f'<p class="error" role="alert">{_var(error)}</p>' for error in errors)
    html = f'\n<div class="{css}">\n  {body}\n  {help_html}\n  {error_html}\n</div>\n\n'
    return mark_safe(html)  # noqa: S308 -- every value in it went through conditional_escape (``_var``)
