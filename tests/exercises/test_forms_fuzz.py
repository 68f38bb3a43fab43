"""Random data thrown at every step form: validation and rendering never raise."""

import datetime as dt

import pytest
from django.utils.datastructures import MultiValueDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exercises.entry import STEP_NAMES, bind_step, step_data_from_entry
from tests.samples import sample_entry

TODAY = dt.date(2026, 12, 1)
ENTRY = sample_entry()


def known_names(step):
    """Every HTML input name the step's form renders for the sample entry, plus the wizard's own."""
    data = step_data_from_entry(ENTRY)[step]
    form = bind_step(step, MultiValueDict(data), entry=ENTRY, today=TODAY)
    names = set(data)
    forms = getattr(form, "forms", [form])
    for f in forms:
        for name in f.fields:
            html = f.add_prefix(name)
            names.add(html)
            names.update(f"{html}_{i}" for i in range(4))  # region sub-selects
    return sorted(names) or ["tinjau-nothing"]


junk = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["", "0", "-1", "2024-02-31", "99999999999999999999", "LAINNYA", "36.72", "on", "NaN",
                     "3672015203100007", "\x00", "<script>alert(1)</script>", "1e309"]),
)


@pytest.mark.parametrize("step", STEP_NAMES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_data_never_raises(step, data):
    names = known_names(step)
    chosen = data.draw(st.lists(st.sampled_from(names), max_size=len(names), unique=True))
    extra = data.draw(st.dictionaries(st.text(min_size=1, max_size=20), junk, max_size=3))
    post = MultiValueDict({name: data.draw(st.lists(junk, min_size=1, max_size=3)) for name in chosen})
    for key, value in extra.items():
        post[key] = value
    form = bind_step(step, post, entry=ENTRY, today=TODAY)
    valid = form.is_valid()
    html = str(form) if not hasattr(form, "forms") else "".join(str(f) for f in form.forms)
    assert isinstance(valid, bool)
    assert isinstance(html, str)
