"""The demo workshop for ``seed_demo``: a join code, the facilitator, ~30 synthetic participants from every
institution type, attendance, and pre-test, practice and post-test attempts with stored field results.

Attempts are real: each entry is the case's key with a few fields changed (more in the pre-test, the
institution type's weak fields more often, code fields mostly to that type's favourite wrong code), scored
by ``exercises.scoring.score_entry`` and stored as field results. So the heat map shows differences
between institution types and agreement that varies; six participants have a case open now, three stuck.
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

from exercises.fields import Kind, section_fields
from exercises.models import Attempt, Exercise, ExerciseCase
from exercises.scoring import score_entry
from exercises.services import field_results_replace
from exercises.shape import entry_rows

from .models import Attendance, FeedbackRelease, InstitutionType, Participant, Workshop, WorkshopAttempt
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
STUCK_STEPS = ["korban", "pelaku", "kejadian"]
# Fields whose rule the demo room reads in different ways: low agreement on the heat map.
AMBIGUOUS = {"tempat", "hubungan"}


def _wrong_value(spec, value, favourite: int, rng: random.Random):
    """A plausible mistake for one field. Code fields mostly take the institution type's favourite wrong
    code, so the room's entries cluster and the heat map's agreement varies between fields."""
    if spec.vocab is not None:
        others = [code for code in spec.vocab.codes - {value if isinstance(value, str) else ""} if code]
        if not others:
            return None
        others.sort()
        pick = others[favourite % len(others)] if rng.random() < .7 else rng.choice(others)
        return [pick] if spec.kind == Kind.MULTICODE else pick
    if spec.kind == Kind.DATE and isinstance(value, str):
        try:
            return (dt.date.fromisoformat(value) + dt.timedelta(days=rng.choice([-1, 1, 30, 365]))).isoformat()
        except ValueError:
            return None
    if spec.kind == Kind.AGE and isinstance(value, int):
        return max(0, value + rng.choice([-2, -1, 1, 10]))
    if spec.kind in (Kind.NIK, Kind.PHONE) and isinstance(value, str) and value:
        return value[:-1] + str((int(value[-1]) + 1) % 10) if value[-1].isdigit() else None
    if spec.kind == Kind.BOOL:
        return not value
    if spec.kind in (Kind.TEXT, Kind.LONGTEXT) and isinstance(value, str) and value:
        return value.upper() if rng.random() < .5 else value[: max(1, len(value) // 2)]
    return None


def _entry_with_mistakes(key: dict, weak: list[str], rng: random.Random, slips: int, favourite: int,
                         ambiguous: bool = True) -> dict:
    """The key, copied, with ``slips`` fields changed (the weak ones three times as likely)."""
    entry = copy.deepcopy(key)
    spots = [(row, spec) for section, _location, row in entry_rows(entry) for spec in section_fields(section)
             if spec.name in row and row[spec.name] not in (None, "", [])]
    weighted = [spot for spot in spots if spot[1].name in weak] * 3 + spots
    for row, spec in rng.sample(weighted, k=min(slips, len(weighted))):
        wrong = _wrong_value(spec, row[spec.name], favourite, rng)
        if wrong is not None:
            row[spec.name] = wrong
    for row, spec in spots:  # an ambiguous rule: the room splits, each institution type its own way
        if ambiguous and spec.name in AMBIGUOUS and rng.random() < .6:
            wrong = _wrong_value(spec, row[spec.name], favourite, rng)
            if wrong is not None:
                row[spec.name] = wrong
    return entry


def _attempt(user, exercise, case, started, entry, rng):
    result = score_entry(entry, case.answer_key, pass_mark=exercise.pass_mark)
    return Attempt.objects.create(
        user=user, exercise=exercise, case=case, run_token=uuid.uuid4(), mode=exercise.mode,
        status=Attempt.Status.SUBMITTED, started_at=started,
        submitted_at=started + dt.timedelta(minutes=rng.randint(6, 25)), entry=entry,
        result=result, score=result["percent"], passed=result["passed"])


def _in_the_room(owners: dict, practice, links: list, now, rng: random.Random) -> list[Attempt]:
    """Six participants with a case open now: three of them stuck (no step for 15 to 40 minutes)."""
    if practice is None or not links:
        return []
    opened = []
    for number, user_id in enumerate(list(owners)[:6]):
        link = links[(number * 3) % len(links)]
        idle = rng.randint(15, 40) if number % 2 == 0 else rng.randint(0, 3)
        opened.append(Attempt.objects.create(
            user_id=user_id, exercise=practice, case=link.case, run_token=uuid.uuid4(), mode=practice.mode,
            status=Attempt.Status.OPEN, started_at=now - dt.timedelta(minutes=idle + 10),
            current_step=STUCK_STEPS[number % len(STUCK_STEPS)], last_seen_at=now - dt.timedelta(minutes=idle)))
    return opened


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
                entry = _entry_with_mistakes(link.case.answer_key, WEAK_FIELDS[kind], rng,
                                             slips if slug != "latihan-dasar" else (0 if skill > .55 else slips),
                                             favourite=kinds.index(kind), ambiguous=slug != "latihan-dasar")
                results.append(_attempt(user, exercise, link.case, started, entry, rng))
                started += dt.timedelta(minutes=15)
    field_results_replace({attempt.pk: attempt.result for attempt in results})
    owners = {p.user_id: p for p in workshop.participants.all()}
    results += _in_the_room(owners, practice, links.get("latihan-dasar", []), now, rng)
    WorkshopAttempt.objects.bulk_create([WorkshopAttempt(attempt=a, participant=owners[a.user_id]) for a in results])
    trainee = User.objects.filter(username="peserta").first()
    if trainee is not None:  # the demo trainee login lands on this workshop, with nothing done yet
        Participant.objects.create(workshop=workshop, user=trainee, full_name=trainee.get_full_name() or "Peserta",
                                   institution_type="puskesmas", institution_name="Puskesmas Citangkil",
                                   position="Bidan", phone="+6281299009999")
    if exercises.get("post-test") is not None:
        # Released in this workshop only, as its facilitator would from the room (not the admin's global switch).
        FeedbackRelease.objects.get_or_create(workshop=workshop, exercise=exercises["post-test"])
    return workshop
