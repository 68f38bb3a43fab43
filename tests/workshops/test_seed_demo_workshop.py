import pytest
from django.core.management import call_command
from django.urls import reverse

from exercises.models import Attempt, FieldResult
from workshops.models import InstitutionType, Participant, Workshop
from workshops.selectors import completion_for

pytestmark = pytest.mark.django_db


def test_seed_demo_makes_a_demo_workshop_the_facilitator_sees_with_real_rows(client):
    call_command("seed_demo", with_demo_accounts=True, verbosity=0)
    call_command("seed_demo", with_demo_accounts=True, verbosity=0)  # safe to repeat
    workshop = Workshop.objects.get(join_code="CLGN26")
    assert not set(workshop.join_code) & set("0O1I")  # the demo code follows the rule it teaches
    participants = workshop.participants.exclude(user__username="peserta")
    assert participants.count() == 30
    assert set(participants.values_list("institution_type", flat=True)) == set(InstitutionType.values)
    assert Participant.objects.filter(workshop=workshop, user__username="peserta").exists()
    slugs = set(Attempt.objects.filter(workshop_link__participant__workshop=workshop)
                .values_list("exercise__slug", flat=True))
    assert {"pre-test", "latihan-dasar", "post-test"} <= slugs
    assert FieldResult.objects.filter(attempt__workshop_link__participant__workshop=workshop,
                                      error_type="salah_pilih").exists()
    completion = completion_for(workshop=workshop)
    assert 0 < sum(c.complete for c in completion.values()) < 31  # some complete, some not
    assert client.login(username="fasilitator", password="latihan-simfoni")
    page = client.get(reverse("workshops:detail", args=[workshop.pk]))
    assert page.status_code == 200 and "data-complete" in page.content.decode()
    assert client.login(username="peserta", password="latihan-simfoni")
    assert "DEMO" in client.get(reverse("workshops:home")).content.decode() or workshop.name in client.get(
        reverse("workshops:home")).content.decode()


def test_seed_demo_without_demo_accounts_makes_no_demo_workshop():
    call_command("seed_demo", verbosity=0)  # DEBUG is off in tests: no known passwords, so no participants
    assert not Workshop.objects.filter(join_code="CLGN26").exists()


def test_the_demo_workshop_fills_the_room_heat_map_and_report(client):
    from workshops import analysis, room

    call_command("seed_demo", with_demo_accounts=True, verbosity=0)
    workshop = Workshop.objects.get(join_code="CLGN26")
    # real attempts: entries differ from the key and the stored score is the scorer's
    attempt = Attempt.objects.filter(workshop_link__participant__workshop=workshop, exercise__slug="pre-test",
                                     status="submitted").first()
    assert attempt.entry != attempt.case.answer_key and attempt.score == attempt.result["percent"] < 100
    grid = room.room_grid(workshop=workshop)
    states = {c["state"] for r in grid["rows"] for c in r["cells"]}
    assert {room.PASSED, room.PRESENT} <= states and len(grid["rows"]) == 31
    assert grid["stuck"] >= 3 and grid["working"] >= 6
    heat = analysis.heatmap(workshop=workshop)
    assert len(heat["kinds"]) == 8 and len(heat["rows"]) >= 10
    percents = {c["percent"] for row in heat["rows"] for c in row["cells"] if c}
    assert len(percents) > 3  # institution types differ
    agreements = [row["agreement"] for row in heat["rows"] if row["agreement"] is not None]
    assert agreements and max(agreements) - min(agreements) > 0.2  # the room agrees on some fields, not others
    report = analysis.improvement(workshop=workshop)
    assert report["ready"] and report["change_mean"] > 0 and report["gains"] and report["weak"]
    assert client.login(username="fasilitator", password="latihan-simfoni")
    for name in ("room", "heatmap", "improvement"):
        assert client.get(reverse(f"workshops:{name}", args=[workshop.pk])).status_code == 200
