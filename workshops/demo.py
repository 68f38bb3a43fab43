"""The demo workshop for ``seed_demo``: a join code, the facilitator, ~30 synthetic participants from every
institution type, attendance, and pre-test, practice and post-test attempts with stored field results.

Scores are synthetic: each attempt is the case's own key scored against itself, then a few fields are
marked wrong (more often in the pre-test, and per institution type, so the room's pages show differences).
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from exercises import vocab
from exercises.models import Attempt, Exercise, ExerciseCase
from exercises.scoring import score_entry
from exercises.services import field_results_replace

from .models import Attendance, InstitutionType, Participant, Workshop, WorkshopAttempt
from .selectors import workshop_schedule

DEMO_CODE = "CLGN26"
DEMO_NAME = "Lokakarya SIMFONI-PPA Kota Cilegon (demo)"
DEMO_PARTICIPANTS = 30
FIRST = ["Siti", "Dewi", "Rina", "Agus", "Budi", "Nur", "Ahmad", "Sri", "Yuni", "Eko", "Fitri", "Hendra", "Lia",
         "Rudi", "Wati", "Ika", "Dedi", "Maya", "Joko", "Ratna"]
LAST = ["Rahayu", "Saputra", "Hidayat", "Lestari", "Wijaya", "Kurniawan", "Permata", "Susanti", "Pratama",
        "Fauziah", "Nugroho", "Handayani"]
INSTITUTIONS = {
    "opd": ("DP3AP2KB Kota Cilegon", "Analis Perlindungan Anak"), "puskesmas": ("Puskesmas Cibeber", "Bidan"),
    "rumah_sakit": ("RSUD Kota Cilegon", "Perawat"), "uptd_ppa": ("UPTD PPA Kota Cilegon", "Konselor"),
    "kepolisian": ("Unit PPA Polres Cilegon", "Penyidik"), "perguruan_tinggi": ("Universitas Sultan Ageng Tirtayasa",
                                                                              "Mahasiswa"),
    "lsm": ("LSM Peduli Perempuan", "Pendamping"), "lainnya": ("Kecamatan Jombang", "Staf"),
}
# Fields each institution type tends to get wrong: the heat map's differences.
WEAK_FIELDS = {
    "opd": ["tempat", "hubungan"], "puskesmas": ["tanggal_lahir", "bentuk"], "rumah_sakit": ["bentuk", "usia"],
    "uptd_ppa": ["hubungan"], "kepolisian": ["tanggal_kejadian", "jenis_kelamin"],
    "perguruan_tinggi": ["pendidikan", "pekerjaan", "tempat"], "lsm": ["layanan", "jenis"], "lainnya": ["nik", "bentuk"],
}
def _synthetic_result(key: dict, pass_mark: int, weak: list[str], rng: random.Random, slips: int) -> dict:
    result = score_entry(key, key, pass_mark=pass_mark)
    candidates = [r for r in result["rows"] if r["field"] in weak] * 3 + result["rows"]
    for row in rng.sample(candidates, k=min(slips, len(candidates))):
        if row["error"]:
            continue
        row["error"], row["points"], row["entered"] = "salah_pilih", 0.0, vocab.LAINNYA
    earned = sum(r["points"] for r in result["rows"])
    result["earned"], result["errors"] = earned, sum(1 for r in result["rows"] if r["error"])
    result["critical_errors"] = sum(1 for r in result["rows"] if r["error"] and r["critical"])
    result["percent"] = round(100 * earned / result["total"], 1) if result["total"] else 0
    result["passed"] = result["percent"] >= pass_mark and not result["critical_errors"]
    result["scored_at"] = timezone.now().isoformat()
    return result


def _attempt(user, exercise, case, started, result, rng):
    attempt = Attempt.objects.create(
        user=user, exercise=exercise, case=case, run_token=uuid.uuid4(), mode=exercise.mode,
        status=Attempt.Status.SUBMITTED, started_at=started,
        submitted_at=started + dt.timedelta(minutes=rng.randint(6, 25)), entry=copy.deepcopy(case.answer_key),
        result=result, score=result["percent"], passed=result["passed"])
    return attempt


@transaction.atomic
def demo_workshop_load(*, programme, facilitator, password: str) -> Workshop | None:
    """Creates the demo workshop once (its code is CLGN26); an existing one is left as it is."""
    if Workshop.objects.filter(join_code=DEMO_CODE).exists():
        return None
    exercises = {e.slug: e for e in Exercise.objects.filter(slug__in=["pre-test", "post-test", "latihan-dasar"])}
    today = timezone.localdate()
    workshop = Workshop.objects.create(
        programme=programme, name=DEMO_NAME, start_date=today, end_date=today + dt.timedelta(days=1),
        venue="Aula DP3AP2KB Kota Cilegon", organiser="DP3AP2KB Kota Cilegon", created_by=facilitator,
        join_code=DEMO_CODE, pre_test=exercises.get("pre-test"), post_test=exercises.get("post-test"),
        post_test_threshold=70)
    workshop.facilitators.add(facilitator)
    schedule = workshop_schedule(workshop=workshop)
    required = [s.session for s in schedule[:4]]
    workshop.required_sessions.set(required)
    practice = exercises.get("latihan-dasar")
    if practice is not None:
        workshop.required_exercises.set([practice])
    rng = random.Random(2026)  # noqa: S311 - a reproducible demo, not a secret
    kinds = [choice for choice, _label in InstitutionType.choices]
    User = get_user_model()
    links = {slug: list(ExerciseCase.objects.filter(exercise=e).select_related("case").order_by("sort_order"))
             for slug, e in exercises.items()}
    results = []
    now = timezone.now()
    hashed = make_password(password)  # one hash for thirty demo accounts: seeding stays quick
    for index in range(DEMO_PARTICIPANTS):
        kind = kinds[index % len(kinds)]
        name = f"{FIRST[index % len(FIRST)]} {LAST[(index * 7) % len(LAST)]}"
        username = f"08129900{index:04d}"
        user, created = User.objects.get_or_create(username=username, defaults={
            "first_name": name.split()[0], "last_name": name.split()[1]})
        if created:
            user.password = hashed
            user.save(update_fields=["password"])
        institution, position = INSTITUTIONS[kind]
        participant = Participant.objects.create(
            workshop=workshop, user=user, full_name=name, institution_type=kind, institution_name=institution,
            position=position, phone="+62" + username[1:])
        present = required if index % 6 else required[:2]  # one in six missed sessions
        Attendance.objects.bulk_create([Attendance(participant=participant, session=s, method="code",
                                                   checked_in_at=now) for s in present])
        skill = 0.4 + 0.6 * rng.random()  # how much the workshop helped this participant
        plan = [("pre-test", 12, len(links.get("pre-test", []))),
                ("latihan-dasar", 3 if skill > .5 else 5, len(links.get("latihan-dasar", [])) if skill > .55 else 4),
                ("post-test", 1 if skill > .6 else 4, len(links.get("post-test", [])))]
        started = now - dt.timedelta(hours=6)
        for slug, slips, count in plan:
            exercise = exercises.get(slug)
            if exercise is None:
                continue
            for link in links[slug][:count]:
                result = _synthetic_result(link.case.answer_key, exercise.pass_mark, WEAK_FIELDS[kind], rng,
                                           slips if slug != "latihan-dasar" else (0 if skill > .55 else slips))
                results.append(_attempt(user, exercise, link.case, started, result, rng))
                started += dt.timedelta(minutes=15)
    field_results_replace({attempt.pk: attempt.result for attempt in results})
    owners = {p.user_id: p for p in workshop.participants.all()}
    WorkshopAttempt.objects.bulk_create([WorkshopAttempt(attempt=a, participant=owners[a.user_id]) for a in results])
    trainee = User.objects.filter(username="peserta").first()
    if trainee is not None:  # the demo trainee login lands on this workshop, with nothing done yet
        Participant.objects.create(workshop=workshop, user=trainee, full_name=trainee.get_full_name() or "Peserta",
                                   institution_type="puskesmas", institution_name="Puskesmas Citangkil",
                                   position="Bidan", phone="+6281299009999")
    if exercises.get("post-test") is not None:
        Exercise.objects.filter(pk=exercises["post-test"].pk).update(feedback_released=True)
    return workshop
