import pytest
from django.urls import reverse

from exercises.entry import STEP_NAMES, step_data_from_entry
from exercises.models import CaseEntry
from tests.samples import sample_entry

from .wizard_helpers import post_step, start_run, step_url, walk

pytestmark = pytest.mark.django_db


def test_wizard_requires_login(client):
    response = client.get(reverse("exercises:case_new"))
    assert response.status_code == 302
    assert reverse("login") in response.url


def test_walk_two_victims_one_perpetrator_saves_the_entry(trainee_client, trainee):
    entry = sample_entry()
    run, response = walk(trainee_client, entry)
    case = CaseEntry.objects.get(owner=trainee)
    assert response.status_code == 302
    assert response.url == reverse("exercises:case_detail", args=[case.pk])
    assert case.data == entry
    assert case.no_registrasi == f"LTH-2024-{case.pk:06d}"
    assert str(case.run_token).replace("-", "") == str(run).replace("-", "")


def test_step_indicator_counts_seven_steps(trainee_client):
    run, url = start_run(trainee_client)
    response = trainee_client.get(url, follow=True)
    assert "Langkah 1 dari 7" in response.content.decode()
    data = step_data_from_entry(sample_entry())
    post_step(trainee_client, run, "registrasi", data["registrasi"])
    post_step(trainee_client, run, "pelapor", data["pelapor"])
    page = trainee_client.get(step_url(run, "korban")).content.decode()
    assert "Langkah 3 dari 7" in page


def test_saved_case_appears_in_daftar_kasus_and_detail(trainee_client, trainee):
    walk(trainee_client, sample_entry())
    case = CaseEntry.objects.get(owner=trainee)
    listing = trainee_client.get(reverse("exercises:case_list")).content.decode()
    assert case.no_registrasi in listing and "Rina Lestari" in listing
    detail = trainee_client.get(reverse("exercises:case_detail", args=[case.pk])).content.decode()
    assert "Dewi Lestari" in detail and "Pacar ibu korban" in detail
    assert "DATA LATIHAN – FIKTIF" in detail


def test_reload_of_save_stores_one_case(trainee_client, trainee):
    run, response = walk(trainee_client, sample_entry())
    first = trainee_client.get(step_url(run, "simpan"))
    second = trainee_client.get(step_url(run, "simpan"))
    assert CaseEntry.objects.filter(owner=trainee).count() == 1
    assert first.url == second.url == response.url


def test_double_post_of_last_step_stores_one_case(trainee_client, trainee):
    entry = sample_entry()
    run, _ = start_run(trainee_client)
    data = step_data_from_entry(entry)
    for step in STEP_NAMES[:-1]:
        post_step(trainee_client, run, step, data[step])
    for _ in range(2):
        response = post_step(trainee_client, run, "tinjau", {})
        trainee_client.get(response.url)
    assert CaseEntry.objects.filter(owner=trainee).count() == 1


def test_two_runs_in_two_tabs_do_not_mix(trainee_client, trainee):
    entry = sample_entry()
    data = step_data_from_entry(entry)
    run_a, _ = start_run(trainee_client)
    run_b, _ = start_run(trainee_client)
    post_step(trainee_client, run_a, "registrasi", data["registrasi"])
    other = dict(data["registrasi"])
    other["registrasi-unit_layanan"] = ["WCC"]
    post_step(trainee_client, run_b, "registrasi", other)
    page_a = trainee_client.get(step_url(run_a, "registrasi")).content.decode()
    page_b = trainee_client.get(step_url(run_b, "registrasi")).content.decode()
    assert 'value="UPTD_PPA" selected' in page_a and 'value="WCC" selected' not in page_a
    assert 'value="WCC" selected' in page_b


def test_edit_updates_the_same_case(trainee_client, trainee):
    walk(trainee_client, sample_entry())
    case = CaseEntry.objects.get(owner=trainee)
    response = trainee_client.get(reverse("exercises:case_edit", args=[case.pk]))
    assert response.url.endswith("/tinjau/")
    run = response.url.rstrip("/").split("/")[-2]
    review = trainee_client.get(response.url).content.decode()
    assert "Rina Lestari" in review and case.no_registrasi in review
    data = step_data_from_entry(case.data)["registrasi"]
    data["registrasi-kanal_pengaduan"] = ["SURAT"]
    post_step(trainee_client, run, "registrasi", data)
    for step in STEP_NAMES[1:]:
        post_step(trainee_client, run, step, step_data_from_entry(case.data)[step])
    case.refresh_from_db()
    assert CaseEntry.objects.filter(owner=trainee).count() == 1
    assert case.data["registrasi"]["kanal_pengaduan"] == "SURAT"


def test_going_back_keeps_what_was_typed_even_if_invalid(trainee_client):
    run, _ = start_run(trainee_client)
    data = step_data_from_entry(sample_entry())
    post_step(trainee_client, run, "registrasi", data["registrasi"])
    typed = dict(data["pelapor"])
    typed["pelapor-no_hp"] = ["12345"]  # invalid, but typed
    post_step(trainee_client, run, "pelapor", typed, wizard_goto_step="registrasi")
    page = trainee_client.get(step_url(run, "pelapor")).content.decode()
    assert 'value="12345"' in page
    assert "Siti Aminah" in page


def test_other_trainee_cannot_see_or_edit_a_case(client, trainee, other_trainee):
    client.force_login(trainee)
    walk(client, sample_entry())
    case = CaseEntry.objects.get(owner=trainee)
    client.force_login(other_trainee)
    for name in ("case_detail", "case_edit", "case_delete"):
        assert client.get(reverse(f"exercises:{name}", args=[case.pk])).status_code == 404
    assert case.no_registrasi not in client.get(reverse("exercises:case_list")).content.decode()


def test_delete_asks_for_confirmation_then_deletes(trainee_client, trainee):
    walk(trainee_client, sample_entry())
    case = CaseEntry.objects.get(owner=trainee)
    url = reverse("exercises:case_delete", args=[case.pk])
    page = trainee_client.get(url)
    assert page.status_code == 200 and CaseEntry.objects.filter(pk=case.pk).exists()
    trainee_client.post(url)
    assert not CaseEntry.objects.filter(pk=case.pk).exists()


def test_empty_case_list_explains_what_to_do(trainee_client):
    page = trainee_client.get(reverse("exercises:case_list")).content.decode()
    assert reverse("exercises:case_new") in page
    assert "Belum ada kasus" in page


def test_derived_preview_recomputes_age_group_and_status(trainee_client):
    url = reverse("exercises:derived_preview")
    page = trainee_client.get(url, {"prefix": "korban-0", "korban-0-tanggal_lahir": "2010-03-12",
                                    "pada": "2024-03-14"}).content.decode()
    assert "14 tahun" in page and "13-17" in page and "Anak" in page
    adult_man = trainee_client.get(url, {"lahir": "", "usia": "35", "jk": "L",
                                         "kejadian-tanggal_kejadian": "2024-03-10"}).content.decode()
    assert "Dewasa" in adult_man and "laki-laki dewasa" in adult_man
    nothing = trainee_client.get(url, {"prefix": "<bad>", "pada": "31-02-2024"}).content.decode()
    assert "tahun" not in nothing
