"""The wizard's server time, in-process: one whole practice attempt, and step GETs beside a minimal view.

Targets (issue 14): one whole attempt (every request of a walk through the wizard, the
save and the result page) in at most 60 ms; the heaviest step GET (Korban) at least 1/10
of the minimal view's throughput, Registrasi at least 1/5. The machine is shared, so the
ratios, measured back to back in one process, are the figures to trust.
"""

import statistics
import time
import uuid

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.entry import STEP_NAMES, step_data_from_entry
from exercises.generator import generate_case
from exercises.models import Exercise
from exercises.views.wizard import run_prefix

ATTEMPTS = 15
GETS = 150


def _median_ms(times) -> float:
    return statistics.median(times) * 1000


def _client():
    User = get_user_model()
    user, _ = User.objects.get_or_create(username="bench-wizard")
    client = Client()
    client.force_login(user)
    return client


def _exercise():
    Exercise.objects.filter(slug="bench-wizard").delete()
    cases = cases_store(case_values(generate_case(seed=s, difficulty="menengah")) for s in (3, 4))
    exercise = Exercise.objects.create(slug="bench-wizard", title="Bench", pass_mark=80)
    exercise_add_cases(exercise, cases)
    return exercise, exercise.exercise_cases.order_by("sort_order").first().case


def one_attempt(client, exercise, case, requests: dict | None = None) -> float:
    """Seconds for one whole attempt: start, GET and POST every step, save, read the result.
    ``requests``, when given, collects each request's seconds under its name ("GET korban")."""
    from exercises.models import Attempt

    def timed(name, send, *args):
        began = time.perf_counter()
        response = send(*args)
        if requests is not None:
            requests.setdefault(name, []).append(time.perf_counter() - began)
        return response

    Attempt.objects.filter(user__username="bench-wizard").delete()
    data = step_data_from_entry(case.answer_key)
    started = time.perf_counter()
    response = timed("start", client.post, reverse("exercises:case_start", args=[exercise.slug, case.pk]))
    run = response.url.rstrip("/").split("/")[-2]
    for step in STEP_NAMES:
        url = reverse("exercises:wizard_step", args=[run, step])
        assert timed(f"GET {step}", client.get, url).status_code == 200
        response = timed(f"POST {step}", client.post, url,
                         {f"{run_prefix(uuid.UUID(run))}-current_step": step, **data[step]})
        assert response.status_code == 302, step
    while "/hasil/" not in response.url:  # the save's redirects, however many, end at the result
        response = timed("redirect", client.get, response.url)
        assert response.status_code == 302
    assert timed("result", client.get, response.url).status_code == 200
    return time.perf_counter() - started


def gets_ms(client, url, n=GETS) -> float:
    client.get(url)
    times = []
    for _ in range(n):
        started = time.perf_counter()
        assert client.get(url).status_code == 200
        times.append(time.perf_counter() - started)
    return _median_ms(times)


def run():
    from training_site.startup import freeze_startup_objects

    call_command("migrate", verbosity=0)
    client = _client()
    exercise, case = _exercise()
    freeze_startup_objects()  # as training_site/wsgi.py does in every server process, before its first request
    one_attempt(client, exercise, case)  # warm up
    requests: dict[str, list[float]] = {}
    attempt = _median_ms([one_attempt(client, exercise, case, requests) for _ in range(ATTEMPTS)])
    # a run at the Tinjau step with every step filled: the step pages as a trainee sees them
    from exercises.models import Attempt

    Attempt.objects.filter(user__username="bench-wizard").delete()
    response = client.post(reverse("exercises:case_start", args=[exercise.slug, case.pk]))
    run_token = response.url.rstrip("/").split("/")[-2]
    data = step_data_from_entry(case.answer_key)
    for step in STEP_NAMES[:-1]:
        client.post(reverse("exercises:wizard_step", args=[run_token, step]),
                    {f"{run_prefix(uuid.UUID(run_token))}-current_step": step, **data[step]})
    minimal = gets_ms(client, "/_bench/minimal/", n=GETS * 4)
    print(f"wizard: database {connection.vendor}")
    print(f"wizard: minimal view {minimal:.2f} ms in-process (median of {GETS * 4})")
    print(f"wizard: one whole attempt {attempt:.1f} ms (median of {ATTEMPTS}; target <= 60 ms)")
    print("wizard: its requests, median ms: " + ", ".join(f"{name} {_median_ms(times):.1f}"
                                                         for name, times in requests.items()))
    for step, target in (("korban", 10), ("registrasi", 5), ("pelaku", None), ("kejadian", None), ("tinjau", None)):
        ms = gets_ms(client, reverse("exercises:wizard_step", args=[run_token, step]))
        goal = f"; target >= 1/{target}" if target else ""
        print(f"wizard: {step} GET {ms:.2f} ms = 1/{ms / minimal:.1f} of the minimal view{goal}")
