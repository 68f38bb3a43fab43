"""Target: the live room's grid partial (what htmx fetches every 5 s) for 500 participants with 20 attempts
each in at most 200 ms per refresh, timed in-process through the test client (middleware, session, auth,
template) beside a minimal view through the same stack, so the figure reads on any machine."""

import datetime as dt
import statistics
import time
import uuid

from django.contrib.auth import get_user_model
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import override_settings
from django.urls import include, path, reverse
from django.utils import timezone

from exercises.models import Attempt, ExerciseCase
from workshops.room import room_grid

from .bench_exports import PARTICIPANTS, _setup

RUNS = 15


def minimal(request):
    return HttpResponse("ok")


urlpatterns = [path("bench/minimal/", minimal), path("", include("training_site.urls"))]


def _timed(client, url) -> tuple[float, int]:
    client.get(url)  # warm: templates compiled, caches filled
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - started)
        if response.status_code != 200:
            raise SystemExit(f"room benchmark: {url} answered {response.status_code}")
    return statistics.median(times) * 1000, len(response.content)


def run():
    workshop = _setup()
    # a third of the room has a case open, seen between 0 and 30 minutes ago (some stuck)
    now = timezone.now()
    link = ExerciseCase.objects.filter(exercise=workshop.post_test).first()
    users = list(workshop.participants.values_list("user_id", flat=True))[::3]
    Attempt.objects.bulk_create([Attempt(
        user_id=u, exercise_id=link.exercise_id, case_id=link.case_id, run_token=uuid.uuid4(), mode="practice",
        status="open", started_at=now, current_step="korban", last_seen_at=now - dt.timedelta(minutes=i % 30))
        for i, u in enumerate(users)])
    admin = get_user_model().objects.create_superuser("bench-admin", "", "x")
    client = Client()
    client.force_login(admin)
    with override_settings(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"]):
        url = reverse("workshops:room_grid", args=[workshop.pk])
        queries = []
        with connection.execute_wrapper(lambda execute, sql, *a: queries.append(sql) or execute(sql, *a)):
            client.get(url)
        started = time.perf_counter()
        for _ in range(RUNS):
            room_grid(workshop=workshop)
        data_ms = (time.perf_counter() - started) / RUNS * 1000
        grid_ms, size = _timed(client, url)
        minimal_ms, _ = _timed(client, "/bench/minimal/")
    print(f"room: grid partial for {PARTICIPANTS} participants x 20 attempts ({size // 1024} KB HTML, "
          f"{len(queries)} queries) median {grid_ms:.0f} ms over {RUNS} refreshes on {connection.vendor} "
          f"(target <= 200 ms; of which queries and grid building {data_ms:.0f} ms); minimal view through the same stack {minimal_ms:.1f} ms")
