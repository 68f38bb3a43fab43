"""Walking the wizard through the Django test client, one POST per step."""

from django.urls import reverse

from exercises.entry import STEP_NAMES, step_data_from_entry
from exercises.views.wizard import run_prefix


def start_run(client):
    response = client.get(reverse("exercises:case_new"))
    assert response.status_code == 302
    return response.url.rstrip("/").split("/")[-2], response.url


def step_url(run, step):
    return reverse("exercises:wizard_step", kwargs={"run": run, "step": step})


def post_step(client, run, step, data, **extra):
    import uuid

    payload = {f"{run_prefix(uuid.UUID(str(run)))}-current_step": step, **extra}
    for key, values in data.items():
        payload[key] = values
    return client.post(step_url(run, step), payload)


def walk(client, entry):
    """Posts every step of an entry; returns the last response: the review POST saves and redirects
    to the saved record in one request."""
    run, _ = start_run(client)
    data = step_data_from_entry(entry)
    response = None
    for step in STEP_NAMES:
        response = post_step(client, run, step, data[step])
        assert response.status_code == 302, (step, getattr(response, "context", None) and _errors(response))
    return run, response


def _errors(response):
    form = response.context["wizard"]["form"]
    return getattr(form, "errors", None)
