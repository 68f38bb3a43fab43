"""A form renderer that writes Django's stock widget HTML in Python instead of through templates.

A step page holds hundreds of options; Django renders each through its own template include
(plus one for its attributes), which was half of a step GET. ``FastRenderer`` produces the
very same characters for the stock widget templates (input, textarea, select, checkboxes and
their options), and leaves every other template, and any stock template the project
overrides in ``templates/``, to the template engine as before. tests/exercises/test_render.py
compares the two on every field of every step, bound and unbound.
"""

from __future__ import annotations

from pathlib import Path

import django
from django.forms.renderers import TemplatesSetting, get_default_renderer
from django.utils.formats import localize
from django.utils.functional import cached_property
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe

STOCK = str(Path(django.__file__).parent / "forms" / "templates" / "django" / "forms")


def _var(value) -> str:
    """``{{ value }}`` in a template with autoescape on (dates and times do not occur here)."""
    value = localize(value)
    return conditional_escape(value if issubclass(type(value), str) else str(value))


def _fmt(value) -> str:
    """``{{ value|stringformat:'s' }}``: the filter keeps a safe value safe, escapes the rest."""
    try:
        text = "%s" % (str(value) if isinstance(value, tuple) else value)
    except (ValueError, TypeError):
        text = ""
    return text if isinstance(value, SafeData) else conditional_escape(text)


def _attrs(attrs: dict) -> str:
    return "".join(
        f" {_var(name)}" if value is True else f' {_var(name)}="{_fmt(value)}"'
        for name, value in attrs.items() if value is not False
    )


def _input(widget: dict) -> str:
    value = f' value="{_fmt(widget["value"])}"' if widget["value"] is not None else ""
    return f'<input type="{_var(widget["type"])}" name="{_var(widget["name"])}"{value}{_attrs(widget["attrs"])}>'


def _textarea(widget: dict) -> str:
    value = _var(widget["value"]) if widget["value"] else ""
    return f'<textarea name="{_var(widget["name"])}"{_attrs(widget["attrs"])}>\n{value}</textarea>'


# An option's HTML as its template include gives it, trailing newlines of every nested file included.

def _select_option(option: dict) -> str:
    return f'<option value="{_fmt(option["value"])}"{_attrs(option["attrs"])}>{_var(option["label"])}</option>\n'


def _input_option(option: dict) -> str:
    if not option["wrap_label"]:
        return f"{_input(option)}\n\n\n"
    label_for = f' for="{_var(option["attrs"]["id"])}"' if option["attrs"].get("id") else ""
    return f'<label{label_for}>{_input(option)}\n {_var(option["label"])}</label>\n\n'


def _select(widget: dict) -> str | None:
    parts = [f'<select name="{_var(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{_var(group_name)}">')
        for option in options:
            html = _option(option)
            if html is None:
                return None
            parts.append(f"\n  {html}")
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


def _multiple_input(widget: dict) -> str | None:
    id_ = widget["attrs"].get("id")
    css = widget["attrs"].get("class")
    id_html = f' id="{_var(id_)}"' if id_ else ""
    css_html = f' class="{_var(css)}"' if css else ""
    parts = [f"<div{id_html}{css_html}>"]
    for group, options, _index in widget["optgroups"]:
        if group:
            parts.append(f"\n  <div><label>{_var(group)}</label>")
        for option in options:
            html = _option(option)
            if html is None:
                return None
            parts.append(f"<div>\n    {html}</div>")
        if group:
            parts.append("\n  </div>")
    parts.append("\n</div>")
    return "".join(parts)


OPTIONS = {
    "django/forms/widgets/select_option.html": _select_option,
    "django/forms/widgets/checkbox_option.html": _input_option,
    "django/forms/widgets/radio_option.html": _input_option,
}

WIDGETS = {
    **{f"django/forms/widgets/{name}.html": _input for name in (
        "input", "text", "date", "number", "checkbox", "email", "password", "hidden", "url", "time",
        "datetime", "search", "tel", "color")},
    "django/forms/widgets/textarea.html": _textarea,
    "django/forms/widgets/select.html": _select,
    "django/forms/widgets/checkbox_select.html": _multiple_input,
    "django/forms/widgets/radio.html": _multiple_input,
}


def _error_list(context: dict) -> str:
    """errors/list/default.html (which is ul.html): an error list, empty when there is no error."""
    errors = context["errors"]
    if not errors:
        return ""
    field_id = getattr(errors, "field_id", None)
    id_html = f' id="{_var(field_id)}_error"' if field_id else ""
    items = "".join(f"<li>{_var(error)}</li>" for error in errors)
    return f'<ul class="{_var(context["error_class"])}"{id_html}>{items}</ul>'


def _hidden_only_form(context: dict) -> str | None:
    """div.html for a form of hidden fields only, without errors (the wizard's and formsets' management
    forms): the template then writes just the hidden inputs; anything else is left to the template."""
    if context["fields"] or context["errors"]:
        return None
    return "".join(_var(field) for field in context["hidden_fields"]).strip()


# Templates written here whose context is not a widget's.
CONTEXTS = {
    "django/forms/errors/list/default.html": _error_list,
    "django/forms/errors/list/ul.html": _error_list,
    "django/forms/div.html": _hidden_only_form,
}


def _option(option: dict) -> str | None:
    render = OPTIONS.get(option["template_name"])
    return render(option) if render is not None else None


def fast_html(template_name: str, widget: dict) -> str | None:
    """The widget's HTML as the stock template writes it (stripped), or None when there is no fast path:
    for template tags that render a sub-widget themselves (the region picker's selects)."""
    renderer = get_default_renderer()
    fast = WIDGETS.get(template_name)
    if fast is None or not isinstance(renderer, FastRenderer) or not renderer.stock:
        return None
    return fast(widget)


class FastRenderer(TemplatesSetting):
    """``TemplatesSetting`` with Django's stock widget templates written in Python (same output)."""

    HELPERS = ("attrs", "input", "input_option", "multiple_input")

    @cached_property
    def stock(self) -> bool:
        """True when every widget template written here is Django's own file (none overridden)."""
        names = [*WIDGETS, *OPTIONS, *CONTEXTS, *(f"django/forms/widgets/{name}.html" for name in self.HELPERS)]
        return all(str(self.get_template(name).origin.name).startswith(STOCK) for name in names)

    def render(self, template_name, context, request=None):
        fast = WIDGETS.get(template_name)
        if fast is None and template_name in CONTEXTS and request is None and self.stock:
            html = CONTEXTS[template_name](context)
            if html is not None:
                return mark_safe(html)  # noqa: S308 -- every value in it went through conditional_escape
        if fast is not None and request is None and self.stock:
            html = fast(context["widget"])
            if html is not None:
                return mark_safe(html)  # noqa: S308 -- every value in it went through conditional_escape
        return super().render(template_name, context, request)
