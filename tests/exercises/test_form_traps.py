"""The form sets no trap: nothing preselected, depth rules that hold, requirement shown, errors summarised."""

import datetime as dt
import re

from django.conf import settings
from django.test import override_settings

from exercises import review, scoring, vocab
from exercises.entry import step_data_from_entry, validate_entry
from exercises.forms.steps import KorbanStep, PelaporForm
from tests.exercises.wizard_helpers import post_step, start_run, step_url
from tests.samples import sample_entry

TODAY = dt.date(2026, 12, 1)


def test_an_untouched_region_picker_preselects_and_stores_nothing():
    html = str(PelaporForm()["wilayah"])
    assert "selected" not in html.replace('value="" selected', "")
    entry = sample_entry()
    entry["pelapor"]["wilayah"] = ""  # the document gives no address: the picker is left alone
    data = step_data_from_entry(entry)["pelapor"]
    form = PelaporForm(data={k: v[0] for k, v in data.items()}, prefix="pelapor")
    assert form.is_valid(), form.errors
    assert form.entry_part()["pelapor"]["wilayah"] == ""


@override_settings(SIMFONI_DEFAULT_REGION="36.72")
def test_the_default_kabkota_is_a_one_click_shortcut():
    html = str(PelaporForm()["wilayah"])
    assert 'data-region-shortcut="36|36.72"' in html and "Kota Cilegon" in html
    assert re.search(r'<option value="36"[^>]*selected', html) is None


def test_lokasi_kejadian_must_reach_kabkota():
    entry = sample_entry()
    entry["kejadian"]["wilayah"] = "36"
    errors = validate_entry(entry, today=TODAY)["kejadian"]
    assert "Kab/Kota" in str(errors["wilayah"])
    entry["kejadian"]["wilayah"] = "36.72"
    assert validate_entry(entry, today=TODAY) == {}
    entry["kejadian"].update(wilayah="", luar_negeri=True, negara="Malaysia")
    assert validate_entry(entry, today=TODAY) == {}


def test_a_perpetrator_of_unknown_sex_can_be_recorded_and_scored():
    key = sample_entry()
    key["pelaku"][0]["jenis_kelamin"] = vocab.SEX_UNKNOWN
    assert validate_entry(key, today=TODAY) == {}
    assert scoring.score_entry(key, key)["percent"] == 100
    guessed = sample_entry()
    row = next(r for r in scoring.score_entry(guessed, key)["rows"]
               if r["section"] == "pelaku" and r["field"] == "jenis_kelamin")
    assert row["error"] == scoring.SALAH_PILIH


def test_a_victim_cannot_be_of_unknown_sex():
    entry = sample_entry()
    entry["korban"][0]["jenis_kelamin"] = vocab.SEX_UNKNOWN
    assert "jenis_kelamin" in validate_entry(entry, today=TODAY)["korban"]["korban-0"]


def test_conditionally_required_fields_say_when(trainee_client):
    run, _ = start_run(trainee_client)
    html = trainee_client.get(step_url(run, "pelapor")).content.decode()
    assert "wajib bila pelapor bukan korban sendiri" in html
    post_step(trainee_client, run, "registrasi", step_data_from_entry(sample_entry())["registrasi"])
    post_step(trainee_client, run, "pelapor", step_data_from_entry(sample_entry())["pelapor"])
    html = trainee_client.get(step_url(run, "korban")).content.decode()
    assert "wajib bila usia tidak diisi" in html and "wajib bila tanggal lahir tidak diketahui" in html


def test_an_empty_korban_step_says_what_is_missing_in_indonesian():
    form = KorbanStep(data={"korban-TOTAL_FORMS": "0", "korban-INITIAL_FORMS": "0"}, prefix="korban",
                      form_kwargs={"context": None})
    assert not form.is_valid()
    message = str(form.non_form_errors()[0])
    assert "korban" in message.lower() and "formulir" not in message


def test_a_refused_step_shows_a_summary_linking_each_field(trainee_client):
    run, _ = start_run(trainee_client)
    data = step_data_from_entry(sample_entry())["registrasi"]
    data = {k: v for k, v in data.items() if not k.endswith("kanal_pengaduan")}
    data["registrasi-tanggal_lapor"] = ["2099-01-01"]
    response = post_step(trainee_client, run, "registrasi", data)
    html = response.content.decode()
    summary = re.search(r'<div class="error-summary"[^>]*data-error-summary.*?</div>', html, re.S)
    assert summary, html[:2000]
    links = re.findall(r'href="#([^"]+)"', summary.group(0))
    assert links == ["id_registrasi-tanggal_lapor", "id_registrasi-kanal_pengaduan"]
    for anchor in links:
        assert f'id="{anchor}"' in html


def test_summary_links_to_the_first_input_of_a_region_picker(trainee_client):
    run, _ = start_run(trainee_client)
    data = step_data_from_entry(sample_entry())
    for step in ("registrasi", "pelapor", "korban", "pelaku"):
        assert post_step(trainee_client, run, step, data[step]).status_code == 302
    kejadian = {k: v for k, v in data["kejadian"].items() if "wilayah" not in k}
    html = post_step(trainee_client, run, "kejadian", kejadian).content.decode()
    assert 'href="#id_kejadian-wilayah_0"' in html and 'id="id_kejadian-wilayah_0"' in html


def test_tinjau_warns_without_blocking_when_no_service_is_entered():
    entry = sample_entry()
    entry["layanan"] = []
    assert any("layanan" in str(w).lower() for w in review.entry_warnings(entry))
    assert validate_entry(entry, today=TODAY) == {}
    assert not any("layanan" in str(w).lower() for w in review.entry_warnings(sample_entry()))


def test_the_default_region_setting_is_still_read():
    assert settings.SIMFONI_DEFAULT_REGION
