"""The live room in Chromium: a participant passes an exercise and the facilitator's grid cell turns green
without a reload; the facilitator releases assessed feedback from the room and the participant then sees
the result. The room stays usable at 360 px."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.generator import generate_case
from exercises.models import Exercise
from exercises.permissions import FACILITATOR_GROUP
from modules.demo import ensure_home_page
from modules.models import DayPage, ProgrammePage, SessionPage
from workshops.models import Participant
from workshops.services import workshop_create

from .filler import fill_entry

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def room(django_user_model):
    home = ensure_home_page()
    programme = home.add_child(instance=ProgrammePage(
        title="Pelatihan Ruang", slug="pelatihan-ruang", organiser="DP3AP2KB", start_date=dt.date(2023, 9, 20),
        end_date=dt.date(2023, 9, 20)))
    day = programme.add_child(instance=DayPage(title="Hari 1", slug="hari-1", date=dt.date(2023, 9, 20)))
    day.add_child(instance=SessionPage(title="Pembukaan", start_time=dt.time(8), end_time=dt.time(9)))
    cases = cases_store([case_values(generate_case(seed=seed, difficulty="dasar")) for seed in (5, 6)])
    practice = Exercise.objects.create(slug="latihan-ruang", title="Latihan Ruang", pass_mark=80)
    exercise_add_cases(practice, [cases[0]])
    test = Exercise.objects.create(slug="post-test-ruang", title="Post-test Ruang", pass_mark=80, mode="assessed")
    exercise_add_cases(test, [cases[1]])
    facilitator = django_user_model.objects.create_user(username="fasil", password="pw-browser-1", is_staff=True)
    facilitator.groups.add(Group.objects.get_or_create(name=FACILITATOR_GROUP)[0])
    today = timezone.localdate()
    workshop = workshop_create(creator=facilitator, programme=programme, name="Lokakarya Ruang", start_date=today,
                               end_date=today, venue="", organiser="", required_sessions=[],
                               required_exercises=[practice], pre_test=None, post_test=test, post_test_threshold=70)
    user = django_user_model.objects.create_user(username="081277770001", password="pw-browser-1")
    participant = Participant.objects.create(workshop=workshop, user=user, full_name="Rina Ruang",
                                             institution_type="puskesmas", institution_name="Puskesmas",
                                             position="Bidan", phone="+6281277770001")
    return {"workshop": workshop, "practice": practice, "test": test, "cases": cases, "participant": participant}


def test_the_room_turns_green_and_releases_feedback(browser, page, live_server, login, room):
    workshop, participant = room["workshop"], room["participant"]
    login(page, username="fasil")
    page.goto(f"{live_server.url}/lokakarya/{workshop.pk}/ruang/")
    cell = page.locator(f"[data-participant='{participant.pk}'] [data-cell='e{room['practice'].pk}']")
    expect(cell).to_have_text("Belum mulai")
    page.evaluate("window.roomNotReloaded = true")

    # The participant, on a phone, passes the practice exercise from their page.
    phone = browser.new_context(viewport={"width": 360, "height": 740}, locale="id-ID")
    trainee = phone.new_page()
    trainee.set_default_timeout(15_000)
    login(trainee, username="081277770001")
    trainee.click(f"[data-start-case='{room['cases'][0].pk}']")
    expect(trainee.locator("h1")).to_have_text("Registrasi")
    trainee.set_viewport_size({"width": 1280, "height": 900})
    fill_entry(trainee, room["cases"][0].answer_key)
    expect(trainee.locator("[data-score]")).to_have_text("100%")

    # The facilitator's cell turns green by itself (htmx every 5 s), the page never reloaded.
    expect(cell).to_have_text("Lulus", timeout=20_000)
    expect(cell).to_have_class("c c-passed")
    assert page.evaluate("window.roomNotReloaded === true")

    # The participant takes the assessed post-test: the result stays hidden until released.
    trainee.goto(f"{live_server.url}/saya/")
    trainee.click(f"[data-start-case='{room['cases'][1].pk}']")
    fill_entry(trainee, room["cases"][1].answer_key)
    expect(trainee.locator("[data-score]")).to_have_count(0)
    result_url = trainee.url

    # The facilitator releases it from the room view, after a confirmation.
    page.click(f"[data-release='{room['test'].slug}'] >> text=Rilis umpan balik")
    page.check("input[name=konfirmasi]")
    page.click("[data-release-confirm]")
    expect(page.locator(f"[data-release='{room['test'].slug}']")).to_contain_text("Sudah dirilis")
    trainee.goto(result_url)
    expect(trainee.locator("[data-score]")).to_have_text("100%")

    # The room at 360 px: nothing wider than the phone, the grid scrolls inside its frame.
    page.set_viewport_size({"width": 360, "height": 740})
    page.reload()
    expect(cell).to_have_text("Lulus")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # scrolled sideways to the exercises, the facilitator keeps the place across the 5 s refreshes
    page.evaluate("document.querySelector('.room-wrap').scrollLeft = 400")
    left = page.evaluate("document.querySelector('.room-wrap').scrollLeft")
    assert left > 0
    page.evaluate("window.gridBefore = document.querySelector('[data-room-grid]')")
    for _ in range(60):  # the CSP refuses wait_for_function's eval: poll from here
        page.wait_for_timeout(250)
        if page.evaluate("document.querySelector('[data-room-grid]') !== window.gridBefore"):
            break
    else:
        pytest.fail("the grid was not refreshed within 15 s")
    page.wait_for_timeout(300)
    assert page.evaluate("document.querySelector('.room-wrap').scrollLeft") == left
    phone.close()
