"""Practice and assessed attempts through the views: clock, results, retries, and what stays hidden."""

import copy
import uuid

import pytest
from django.core.management import call_command
from django.urls import reverse

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.entry import STEP_NAMES, step_data_from_entry
from exercises.generator import generate_case
from exercises.models import Attempt, Exercise
from exercises.views.wizard import run_prefix

pytestmark = pytest.mark.django_db


@pytest.fixture
def exercise():
    cases = cases_store(case_values(generate_case(seed=s, difficulty="menengah")) for s in (3, 4))
    exercise = Exercise.objects.create(slug="latihan-uji", title="Latihan Uji", pass_mark=80)
    exercise_add_cases(exercise, cases)
    return exercise


@pytest.fixture
def case(exercise):
    return exercise.exercise_cases.order_by("sort_order").first().case


def start(client, exercise, case):
    response = client.post(reverse("exercises:case_start", args=[exercise.slug, case.pk]))
    assert response.status_code == 302, response
    return response.url.rstrip("/").split("/")[-2], response.url


def submit(client, run, entry):
    data = step_data_from_entry(entry)
    response = None
    for step in STEP_NAMES:
        payload = {f"{run_prefix(uuid.UUID(run))}-current_step": step, **data[step]}
        response = client.post(reverse("exercises:wizard_step", args=[run, step]), payload)
        assert response.status_code == 302, (step, response.context and response.context["wizard"]["form"].errors)
    return response  # the review POST saves, scores and redirects to the result


def test_exercise_list_and_detail_show_the_trainees_standing(trainee_client, exercise, case):
    page = trainee_client.get(reverse("exercises:exercise_list")).content.decode()
    assert "Latihan Uji" in page
    run, url = start(trainee_client, exercise, case)
    submit(trainee_client, run, case.answer_key)
    detail = trainee_client.get(reverse("exercises:exercise_detail", args=[exercise.slug])).content.decode()
    assert "100%" in detail and "lulus" in detail


def test_opening_a_case_starts_the_clock_and_shows_the_document(trainee_client, trainee, exercise, case):
    run, url = start(trainee_client, exercise, case)
    attempt = Attempt.objects.get(user=trainee)
    assert attempt.status == "open" and attempt.started_at is not None
    page = trainee_client.get(url).content.decode()
    assert case.document_text.splitlines()[0] in page
    again, _ = start(trainee_client, exercise, case)
    assert again == run and Attempt.objects.filter(user=trainee).count() == 1  # reopening resumes


def test_the_key_entered_exactly_scores_100_and_the_page_says_so(trainee_client, trainee, exercise, case):
    run, url = start(trainee_client, exercise, case)
    trainee_client.get(url, follow=True)  # the trainee sees the first step: its clock runs
    result = submit(trainee_client, run, case.answer_key)
    attempt = Attempt.objects.get(user=trainee)
    assert attempt.score == 100 and attempt.passed and attempt.entry == case.answer_key
    assert result.status_code == 302
    page = trainee_client.get(result.url).content.decode()
    assert "100%" in page and "Lulus" in page
    assert attempt.step_seconds.get("registrasi") is not None and "Waktu per langkah" in page


def test_feedback_lists_the_wrong_fields_with_their_mistake(trainee_client, exercise, case):
    run, _ = start(trainee_client, exercise, case)
    entry = copy.deepcopy(case.answer_key)
    entry["registrasi"]["kanal_pengaduan"] = "SURAT" if entry["registrasi"]["kanal_pengaduan"] != "SURAT" else "RUJUKAN"
    page = trainee_client.get(submit(trainee_client, run, entry).url).content.decode()
    assert "Kanal Pengaduan" in page and "salah pilih" in page
    assert "Cara laporan sampai ke unit" in page  # the rule, from the field's help text


def test_retries_create_new_attempts_and_history(trainee_client, trainee, exercise, case):
    for _ in range(2):
        run, _ = start(trainee_client, exercise, case)
        submit(trainee_client, run, case.answer_key)
    assert Attempt.objects.filter(user=trainee, status="submitted").count() == 2
    detail = trainee_client.get(reverse("exercises:exercise_detail", args=[exercise.slug])).content.decode()
    assert "Riwayat percobaan" in detail


def test_assessed_mode_allows_one_attempt_and_hides_feedback_until_release(trainee_client, trainee, exercise, case):
    exercise.mode = "assessed"
    exercise.save()
    run, _ = start(trainee_client, exercise, case)
    result = submit(trainee_client, run, case.answer_key)
    page = trainee_client.get(result.url).content.decode()
    assert "100%" not in page and "dibuka oleh fasilitator" in page
    refused = trainee_client.post(reverse("exercises:case_start", args=[exercise.slug, case.pk]), follow=True)
    assert "hanya dapat dikerjakan satu kali" in refused.content.decode()
    assert Attempt.objects.filter(user=trainee).count() == 1
    exercise.feedback_released = True
    exercise.save()
    assert "100%" in trainee_client.get(result.url).content.decode()


def test_an_open_attempt_never_serves_the_key(trainee_client, exercise, case):
    run, url = start(trainee_client, exercise, case)
    document = case.document_text
    served = ""
    for step in STEP_NAMES:
        served += trainee_client.get(reverse("exercises:wizard_step", args=[run, step])).content.decode()
    served += trainee_client.get(reverse("exercises:exercise_detail", args=[exercise.slug])).content.decode()
    served += trainee_client.get(reverse("exercises:region_options"), {"field": "x_0", "x_0": "36"}).content.decode()
    hidden = [v for v in _values(case.answer_key) if isinstance(v, str) and len(v) >= 4 and v not in document]
    leaked = [v for v in hidden if v in served and not _is_ui_value(v)]
    assert leaked == []


def _values(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _values(value)
    elif isinstance(node, list):
        for value in node:
            yield from _values(value)
    else:
        yield node


def _is_ui_value(value):
    """Codes and region codes appear in every form's option lists; they are not the key."""
    from exercises import vocab

    codes = {code for code_list in vocab.ALL_LISTS.values() for code in code_list.codes}
    return value in codes or value.replace(".", "").isdigit() and len(value) <= 10


def test_another_trainees_attempt_is_404(client, trainee, other_trainee, exercise, case):
    client.force_login(trainee)
    run, url = start(client, exercise, case)
    result = submit(client, run, case.answer_key)
    client.force_login(other_trainee)
    assert client.get(result.url).status_code == 404
    # Another trainee's run is not there for them, saved or not (see test_wizard_runs.py).
    for step in ("tinjau", "registrasi"):
        response = client.get(reverse("exercises:wizard_step", args=[run, step]))
        assert response.status_code == 404
        assert case.document_text.splitlines()[0] not in response.content.decode()


def test_tampered_posts_are_refused_and_store_nothing(trainee_client, trainee, other_trainee, exercise, case):
    from exercises.models import Case

    outside = cases_store([case_values(generate_case(seed=99, difficulty="dasar"))])[0]
    response = trainee_client.post(reverse("exercises:case_start", args=[exercise.slug, outside.pk]), follow=True)
    assert "tidak termasuk" in response.content.decode()
    assert not Attempt.objects.filter(case=outside).exists()
    # Another trainee's attempt id cannot be submitted into.
    theirs = Attempt.objects.create(user=other_trainee, exercise=exercise, case=case, run_token=uuid.uuid4(),
                                    mode="practice", started_at=case.created_at)
    from exercises.services import attempt_submit

    with pytest.raises(Attempt.DoesNotExist):
        attempt_submit(user=trainee, attempt_id=theirs.pk, run_token=theirs.run_token, entry={})
    theirs.refresh_from_db()
    assert theirs.status == "open" and theirs.entry is None
    # A finished attempt is not scored again by a replayed save.
    run, _ = start(trainee_client, exercise, case)
    submit(trainee_client, run, case.answer_key)
    mine = Attempt.objects.get(user=trainee)
    attempt_submit(user=trainee, attempt_id=mine.pk, run_token=mine.run_token, entry={})
    mine.refresh_from_db()
    assert mine.score == 100 and mine.entry == case.answer_key
    assert Case.objects.count() == 3


def test_rescore_keeps_the_old_result_in_history(trainee_client, exercise, case):
    run, _ = start(trainee_client, exercise, case)
    submit(trainee_client, run, case.answer_key)
    exercise.pass_mark = 100
    exercise.save()
    call_command("rescore_attempts", exercise=exercise.slug, verbosity=0)
    attempt = Attempt.objects.get()
    assert attempt.result_history and attempt.result_history[0]["percent"] == 100
    assert attempt.result["pass_mark"] == 100


def test_time_limit_past_is_saved_but_flagged(trainee_client, trainee, exercise, case):
    import datetime as dt

    exercise.time_limit_minutes = 1
    exercise.save()
    run, _ = start(trainee_client, exercise, case)
    Attempt.objects.filter(user=trainee).update(started_at=Attempt.objects.get().started_at - dt.timedelta(minutes=5))
    result = submit(trainee_client, run, case.answer_key)
    attempt = Attempt.objects.get()
    assert attempt.status == "submitted" and attempt.over_time
    assert "melewati batas waktu" in trainee_client.get(result.url).content.decode()


def test_feedback_names_an_extra_person(trainee_client, exercise, case):
    run, _ = start(trainee_client, exercise, case)
    entry = copy.deepcopy(case.answer_key)
    extra = copy.deepcopy(entry["pelaku"][0])
    extra.update(nama="Orang Tambahan", usia=30)
    entry["pelaku"].append(extra)
    page = trainee_client.get(submit(trainee_client, run, entry).url).content.decode()
    assert "Orang Tambahan" in page and "tidak perlu" in page
