"""Malformed input gets a field error or a 400 page, never a server error, and never loses data."""

import pytest
from django.urls import reverse

from exercises.entry import step_data_from_entry
from tests.samples import sample_entry

from .wizard_helpers import post_step, start_run, step_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def run(trainee_client):
    run, _ = start_run(trainee_client)
    return run


@pytest.fixture
def data():
    return step_data_from_entry(sample_entry())


def field_errors(response, name, row=None):
    form = response.context["wizard"]["form"]
    if row is not None:
        form = form.forms[row]
    return [str(e) for e in form.errors.get(name, [])]


def test_over_long_text_is_a_field_error_and_keeps_the_other_values(trainee_client, run, data):
    data["pelapor"]["pelapor-nama"] = ["x" * 5000]
    response = post_step(trainee_client, run, "pelapor", data["pelapor"])
    assert response.status_code == 200
    assert field_errors(response, "nama")
    assert "Jl. Mawar No. 5" in response.content.decode()


@pytest.mark.parametrize(
    ("field", "value"),
    [("registrasi-tanggal_lapor", "2024-02-31"), ("registrasi-tanggal_lapor", "kemarin"),
     ("registrasi-unit_layanan", "BUKAN_KODE"), ("registrasi-kanal_pengaduan", "")],
)
def test_bad_registrasi_values_are_field_errors(trainee_client, run, data, field, value):
    data["registrasi"][field] = [value]
    response = post_step(trainee_client, run, "registrasi", data["registrasi"])
    assert response.status_code == 200
    assert field_errors(response, field.split("-", 1)[1])


def test_31_february_keeps_what_was_typed(trainee_client, run, data):
    data["registrasi"]["registrasi-tanggal_lapor"] = ["2024-02-31"]
    response = post_step(trainee_client, run, "registrasi", data["registrasi"])
    page = response.content.decode()
    assert 'value="2024-02-31"' in page
    assert "Masukkan tanggal yang valid" in page or "tanggal" in field_errors(response, "tanggal_lapor")[0].lower()


@pytest.mark.parametrize(("field", "value"), [("korban-0-usia", "dua belas"), ("korban-0-usia", "-4"),
                                              ("korban-0-usia", "1e9"), ("korban-0-nik", "3672O15203100007")])
def test_wrong_types_in_a_victim_row(trainee_client, run, data, field, value):
    post_step(trainee_client, run, "registrasi", data["registrasi"])
    post_step(trainee_client, run, "pelapor", data["pelapor"])
    data["korban"][field] = [value]
    response = post_step(trainee_client, run, "korban", data["korban"])
    assert response.status_code == 200
    assert field_errors(response, field.rsplit("-", 1)[1], row=0)
    assert value in response.content.decode()


def test_missing_wizard_management_data_is_a_400_page(trainee_client, run, data):
    response = trainee_client.post(step_url(run, "registrasi"), data["registrasi"])
    assert response.status_code == 400
    assert "tidak lengkap atau telah diubah" in response.content.decode()


def test_forged_current_step_is_a_400_page(trainee_client, run, data):
    response = post_step(trainee_client, run, "hacked", data["registrasi"])
    assert response.status_code == 400


def test_forged_goto_step_is_a_400_page(trainee_client, run, data):
    response = post_step(trainee_client, run, "registrasi", data["registrasi"], wizard_goto_step="hacked")
    assert response.status_code == 400


def test_forged_step_in_the_url_goes_back_to_the_first_step(trainee_client, run):
    response = trainee_client.get(step_url(run, "hacked"))
    assert response.status_code == 302 and response.url.endswith("/registrasi/")


def test_malformed_run_id_is_404(trainee_client):
    assert trainee_client.get("/latihan/isi/not-a-uuid/registrasi/").status_code == 404


@pytest.mark.parametrize("total", ["abc", "-1", "100000"])
def test_tampered_formset_counts_are_errors_not_crashes(trainee_client, run, data, total):
    data["korban"]["korban-TOTAL_FORMS"] = [total]
    response = post_step(trainee_client, run, "korban", data["korban"])
    assert response.status_code == 200
    assert response.context["wizard"]["form"].non_form_errors()


def test_a_list_where_one_value_is_expected(trainee_client, run, data):
    data["registrasi"]["registrasi-unit_layanan"] = ["UPTD_PPA", "WCC"]
    response = post_step(trainee_client, run, "registrasi", data["registrasi"])
    assert response.status_code == 302  # the last value wins, as Django reads a QueryDict


def test_region_options_refuses_a_malformed_field(trainee_client):
    url = reverse("exercises:region_options")
    assert trainee_client.get(url, {"field": "<script>"}).status_code == 400
    response = trainee_client.get(url, {"field": "pelapor-wilayah_0", "pelapor-wilayah_0": "'; drop"})
    assert response.status_code == 200 and "Cibeber" not in response.content.decode()


def test_region_options_lists_children_and_clears_deeper_levels(trainee_client):
    response = trainee_client.get(
        reverse("exercises:region_options"), {"field": "korban-0-wilayah_1", "korban-0-wilayah_1": "36.72"})
    page = response.content.decode()
    assert 'value="36.72.01"' in page and "Cibeber" in page
    assert 'id="id_korban-0-wilayah_3" hx-swap-oob' in page


def test_forged_region_codes_are_field_errors(trainee_client, run, data):
    data["pelapor"]["pelapor-wilayah_1"] = ["99.99"]
    response = post_step(trainee_client, run, "pelapor", data["pelapor"])
    assert response.status_code == 200 and field_errors(response, "wilayah")


def test_error_pages_use_the_site_style(trainee_client):
    response = trainee_client.get("/latihan/kasus/999999/")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()


def test_expired_form_token_is_a_friendly_403(trainee, run, data):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(trainee)
    response = post_step(client, run, "registrasi", data["registrasi"])
    assert response.status_code == 403
    assert "kedaluwarsa" in response.content.decode()


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from exercises.entry import STEP_NAMES  # noqa: E402


@pytest.mark.django_db
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(step=st.sampled_from(STEP_NAMES), junk=st.dictionaries(
    st.sampled_from(["registrasi-tanggal_lapor", "pelapor-no_hp", "korban-TOTAL_FORMS", "korban-0-nik",
                     "korban-0-wilayah_1", "pelaku-0-v0_hubungan", "kejadian-v0_bentuk", "layanan-0-korban",
                     "wizard_goto_step", "anything"]),
    st.text(max_size=60), max_size=6))
def test_random_posts_to_the_wizard_never_give_a_server_error(trainee_client, step, junk):
    run, _ = start_run(trainee_client)
    response = post_step(trainee_client, run, step, {k: [v] for k, v in junk.items()})
    assert response.status_code in (200, 302, 400)
