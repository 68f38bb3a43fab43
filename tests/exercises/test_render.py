"""The fast widget renderer writes exactly what Django's widget templates write."""

import pytest
from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.datastructures import MultiValueDict
from django.utils.safestring import mark_safe

from exercises.entry import STEP_FORMS, STEP_NAMES, bind_step, step_data_from_entry
from exercises.forms.render import FastRenderer
from tests.samples import sample_entry

REFERENCE = TemplatesSetting()
FAST = FastRenderer()


def both(widget: forms.Widget, name: str, value, attrs=None) -> tuple[str, str]:
    return (widget.render(name, value, attrs=attrs, renderer=REFERENCE),
            widget.render(name, value, attrs=attrs, renderer=FAST))


def all_bound_fields(form):
    forms_ = [form] if isinstance(form, forms.Form) else [*form.forms, form.empty_form]
    for one in forms_:
        yield from one


@pytest.mark.parametrize("step", STEP_NAMES)
@pytest.mark.parametrize("data", ["filled", "broken", "empty"])
def test_every_field_of_every_step_renders_the_same(step, data):
    entry = sample_entry()
    step_data = step_data_from_entry(entry)[step]
    if data == "broken":
        step_data = {k: (v if k.endswith("_FORMS") else ["<x>&\"'"]) for k, v in step_data.items()}
    elif data == "empty":
        step_data = {k: v for k, v in step_data.items() if k.endswith("_FORMS")}
    form = bind_step(step, MultiValueDict(step_data), entry=entry, today=__import__("datetime").date(2025, 1, 1))
    form.is_valid()
    compared = 0
    for field in all_bound_fields(form):
        widget = field.field.widget
        attrs = field.build_widget_attrs({"id": field.auto_id} if field.auto_id else {})
        reference, fast = both(widget, field.html_name, field.value(), attrs)
        assert fast == reference, (step, field.html_name)
        compared += 1
    assert compared or STEP_FORMS[step].__name__ == "TinjauForm"


@pytest.mark.parametrize("widget, value", [
    (forms.TextInput(attrs={"data-x": mark_safe("<b>"), "disabled": True, "hidden": False}), "a<b>\"&'"),
    (forms.Textarea(attrs={"rows": 5}), "line\n<script>"),
    (forms.Textarea(), ""),
    (forms.NumberInput(), 1234567),
    (forms.CheckboxInput(), True),
    (forms.CheckboxInput(), False),
    (forms.Select(choices=[("", "—"), ("A", "Ä <b>"), ("Grup", [("1", "satu"), ("2", "dua")])]), "1"),
    (forms.SelectMultiple(choices=[("A", "a"), ("B", "b")]), ["A", "B"]),
    (forms.CheckboxSelectMultiple(attrs={"class": "c"}, choices=[("A", "a"), ("Grup", [("B", "b")])]), ["B"]),
    (forms.RadioSelect(choices=[("A", "a"), ("B", "b")]), "A"),
    (forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}), __import__("datetime").date(2024, 3, 1)),
])
def test_stock_widgets_render_the_same(widget, value):
    reference, fast = both(widget, "f", value, {"id": "id_f"})
    assert fast == reference
    reference, fast = both(widget, "g", None)
    assert fast == reference


@pytest.mark.parametrize("errors, field_id", [([], None), (["a <b> & c", mark_safe("<i>aman</i>")], None),
                                              (["satu"], "id_korban-0-nik")])
def test_error_lists_render_the_same(errors, field_id):
    from django.forms.utils import ErrorList

    reference = ErrorList(errors, field_id=field_id, renderer=REFERENCE).render()
    fast = ErrorList(errors, field_id=field_id, renderer=FAST).render()
    assert fast == reference
    assert str(ErrorList(errors, error_class="nonfield", renderer=FAST)) == str(
        ErrorList(errors, error_class="nonfield", renderer=REFERENCE))


def test_management_forms_render_the_same():
    from exercises.forms.steps import KorbanStep

    formset = KorbanStep(prefix="korban")
    assert formset.management_form.render(renderer=FAST) == formset.management_form.render(renderer=REFERENCE)
    broken = KorbanStep(data={"korban-TOTAL_FORMS": "x"}, prefix="korban")
    form = broken.management_form
    form.is_valid()
    assert form.render(renderer=FAST) == form.render(renderer=REFERENCE)  # errors: the template's own path
    visible = bind_step("registrasi", MultiValueDict({}), entry={}, today=__import__("datetime").date(2025, 1, 1))
    assert visible.render(renderer=FAST) == visible.render(renderer=REFERENCE)


def test_an_overridden_widget_template_turns_the_fast_path_off(settings, tmp_path):
    folder = tmp_path / "django" / "forms" / "widgets"
    folder.mkdir(parents=True)
    (folder / "select_option.html").write_text("<option>{{ widget.label }}</option>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    renderer = FastRenderer()
    assert renderer.stock is False
    html = forms.Select(choices=[("A", "a")]).render("f", "A", renderer=renderer)
    assert "<option>a</option>" in html
    assert FAST.stock is True
