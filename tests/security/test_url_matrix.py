"""Every URL of the resolver × every role: the expected status comes from the table below.

How to add a URL (a new app's urls.py, a new Wagtail admin view of ours):
  add one entry to ROWS keyed by the route exactly as the resolver spells it (the test's
  failure message prints it), with a ``Probe`` saying which objects fill its parameters and
  what each role gets. A URL of ours without a row fails ``test_every_url_has_a_row``; a row
  whose URL is gone fails too. Rows of another app may live in their own dict merged below
  (``ROWS |= WORKSHOP_ROWS``). Vendor areas (Django's and Wagtail's admin, Wagtail's page
  serving) are covered by FAMILIES: a prefix plus "the view is the vendor's own code".

Roles: anon; a = trainee A (owns the objects); b = trainee B (on A's objects); f = facilitator;
f2 = a second facilitator (on the first's objects); o = organiser (superuser).
Expected values: an int status, LOGIN (a redirect to a login page), ANY (any answer but a
server error), or a set of statuses.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import Callable

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import RegexPattern, RoutePattern

from exercises.casebank import case_values, cases_store, exercise_add_cases
from exercises.demo import facilitator_group_grant
from exercises.generator import generate_case
from exercises.models import Attempt, CaseEntry, Exercise
from exercises.permissions import FACILITATOR_GROUP
from modules.demo import ensure_home_page

pytestmark = pytest.mark.django_db

ROLES = ("anon", "a", "b", "f", "f2", "o")
LOGIN = "login"
ANY = "any"


def everyone(value, **overrides) -> dict:
    return {role: overrides.get(role, value) for role in ROLES}


def signed_in(value, *, anon=LOGIN, **overrides) -> dict:
    return everyone(value, anon=anon, **overrides)


@dataclass
class Probe:
    expect: dict
    kwargs: Callable[[dict], dict] = field(default=lambda objs: {})


def probe(expect: dict, kwargs: Callable[[dict], dict] | None = None) -> list[Probe]:
    return [Probe(expect, kwargs or (lambda objs: {}))]


WIZARD_OTHERS = 404  # runs are stored per owner: anyone else gets 404
FACILITATORS_ONLY = signed_in(200, a=403, b=403)
OWNER_ONLY = signed_in(404, a=200)

ROWS: dict[str, list[Probe]] = {
    # accounts and the site's own pages
    "masuk/": probe(everyone(302, anon=200)),
    "keluar/": probe(everyone(405)),  # log out by POST only
    "i18n/setlang/": probe(everyone(302)),
    "healthz": probe(everyone(200)),  # for a proxy or monitor: no login, no data
    "cms/akun-terkunci/": probe(signed_in(200, a=302, b=302)),
    "cms/failwhale/": probe(everyone(404)),  # Wagtail's deliberate crash page, shadowed
    "^cms/(?:snippets/choose/[\\w-]+/[\\w-]+|documents/chooser|images/chooser)/chosen/(?![0-9]{1,18}/$)[^/]+/$": [
        Probe(everyone(404), lambda o: {"url": "/cms/snippets/choose/exercises/case/chosen/x/"}),
        Probe(everyone(404), lambda o: {"url": "/cms/images/chooser/chosen/abc/"})],
    "^cms/(?:.*/)?[0-9]{19,}(?:/.*)?$": [
        Probe(everyone(404), lambda o: {"url": "/cms/pages/99999999999999999999/edit/"}),
        Probe(everyone(404), lambda o: {"url": "/cms/snippets/exercises/case/edit/99999999999999999999/"})],
    "django-admin/taggit/tag/merge-tags/": probe(signed_in(LOGIN, o=302)),  # nothing selected: back to the list
    # exercises
    "latihan/": probe(signed_in(200)),
    "latihan/paket/<slug:slug>/": probe(signed_in(200), lambda o: {"slug": o["exercise"].slug})
    + probe(signed_in(404), lambda o: {"slug": o["draft_exercise"].slug}),
    "latihan/paket/<slug:slug>/kasus/<id:case_id>/mulai/": probe(
        signed_in(405), lambda o: {"slug": o["exercise"].slug, "case_id": o["case"].pk}),
    "latihan/hasil/<id:pk>/": probe(OWNER_ONLY, lambda o: {"pk": o["attempt"].pk}),
    "latihan/bank/<id:pk>/": probe(FACILITATORS_ONLY, lambda o: {"pk": o["draft_case"].pk}),
    "latihan/bank/<id:pk>/kunci/": probe(signed_in(302, a=403, b=403), lambda o: {"pk": o["draft_case"].pk}),
    "latihan/dokumen/<id:pk>/cetak/": probe(signed_in(200), lambda o: {"pk": o["case"].pk})
    + probe(signed_in(200, a=404, b=404), lambda o: {"pk": o["draft_case"].pk})
    + probe(signed_in(200, a=200, b=404), lambda o: {"pk": o["assessed_case"].pk}),
    "latihan/kasus/": probe(signed_in(200)),
    "latihan/kasus/baru/": probe(signed_in(302)),
    "latihan/kasus/<id:pk>/": probe(OWNER_ONLY, lambda o: {"pk": o["entry"].pk}),
    "latihan/kasus/<id:pk>/ubah/": probe(signed_in(404, a=302), lambda o: {"pk": o["entry"].pk}),
    "latihan/kasus/<id:pk>/hapus/": probe(OWNER_ONLY, lambda o: {"pk": o["entry"].pk}),
    # A's saved practice run: A is sent to the result; runs belong to their owner, so anyone else gets 404.
    "latihan/isi/<uuid:run>/": probe(signed_in(WIZARD_OTHERS, a=302), lambda o: {"run": o["run"]}),
    "latihan/isi/<uuid:run>/<slug:step>/": probe(signed_in(WIZARD_OTHERS, a=302),
                                                 lambda o: {"run": o["run"], "step": "registrasi"}),
    "latihan/wilayah/opsi/": probe(everyone(ANY)),
    "latihan/turunan/": probe(everyone(ANY)),
    # the learning site
    "belajar/sesi/<id:page_id>/selesai/": probe(signed_in(405), lambda o: {"page_id": o["home"].pk}),
    "belajar/cari/": probe(everyone(200)),
}

# Vendor areas: (prefix, vendor module prefixes, expectation). Our own views under these
# prefixes still need a row of their own (e.g. "cms/akun-terkunci/").
VENDOR = ("wagtail", "django.", "taggit", "axes", "modelsearch")
FAMILIES = [
    ("django-admin/", VENDOR, signed_in(ANY, a=LOGIN, b=LOGIN, f=LOGIN, f2=LOGIN)),
    ("cms/", VENDOR, signed_in(ANY, a=302, b=302)),
    ("dokumen/", VENDOR, everyone(ANY)),
    ("_util/", VENDOR, everyone(ANY)),
    ("^((?:[\\w\\-]+/)*)$", VENDOR, everyone(200)),  # Wagtail's pages: the home page
]
# Vendor URLs anyone may open (logins, password resets), and the admin's own 404 demo pages.
FAMILY_EXCEPTIONS = {
    "django-admin/login/": everyone(ANY),
    "django-admin/logout/": everyone(ANY),
    "django-admin/jsi18n/": signed_in(ANY, a=LOGIN, b=LOGIN, f=LOGIN, f2=LOGIN),
    "cms/login/": everyone(ANY),
    "cms/logout/": everyone(ANY),
    "cms/password_reset/": everyone(ANY),
    "cms/password_reset/done/": everyone(ANY),
    "cms/password_reset/confirm/<uidb64>/<token>/": everyone(ANY),
    "cms/password_reset/complete/": everyone(ANY),
    "cms/jsi18n/": everyone(ANY),
    "cms/sprite/": everyone(ANY),
    "cms/test404/": everyone(ANY),
    "cms/^.*/$": everyone(ANY),
}


def walk(resolver: URLResolver, parts=()):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from walk(entry, (*parts, entry.pattern))
        else:
            yield (*parts, entry.pattern), entry


def route_key(parts) -> str:
    return "".join(str(p) for p in parts)


SAMPLES = {"int": "1", "id": "1", "str": "1", "slug": "x", "path": "1", "uuid": str(uuid.UUID(int=1))}


def fill_route(text: str, kwargs: dict) -> str:
    def value(match):
        converter, name = (match.group(1) or "str"), match.group(2)
        return str(kwargs.get(name, SAMPLES.get(converter, "1")))
    return re.sub(r"<(?:(\w+):)?(\w+)>", value, text)


def fill_regex(text: str) -> str:
    text = text.lstrip("^").rstrip("$")
    text = re.sub(r"\(\?:[^)]*\)\*", "", text)                # optional repeated groups: none
    text = re.sub(r"\(\?P<\w+>(\w+)\|[^)]*\)", r"\1", text)    # alternatives: the first
    text = re.sub(r"\((?:\?P<\w+>)?\\d\+\)", "1", text)         # numbers
    text = re.sub(r"\((?:\?P<\w+>)?\.\*\)", "x", text)          # anything
    text = re.sub(r"\((?:\?P<\w+>)?\)", "", text)
    text = text.replace("\\.", ".").replace("\\", "")
    return re.sub(r"\((?:\?P<\w+>)?([\w|]+)\)", lambda m: m.group(1).split("|")[0], text)


def build_url(parts, kwargs: dict) -> str:
    if "url" in kwargs:  # a regex route of ours: the probe names the whole URL
        return kwargs["url"]
    out = []
    for part in parts:
        if isinstance(part, RoutePattern):
            out.append(fill_route(str(part), kwargs))
        elif isinstance(part, RegexPattern):
            out.append(fill_regex(str(part)))
        else:  # LocalePrefixPattern and the like
            out.append(str(part))
    return "/" + "".join(out)


# The workshops app keeps its own role matrix (tests/workshops/test_permissions.py, six roles on a
# real workshop, failing for any workshop URL it does not list); here its URLs must never be a 5xx.
DELEGATED = {"workshops.": "tests/workshops/test_permissions.py"}


def expectation_for(key: str, view) -> list[Probe] | None:
    if key in ROWS:
        return ROWS[key]
    if (getattr(view, "__module__", "") or "").startswith(tuple(DELEGATED)):
        return probe(everyone(ANY))
    if key in FAMILY_EXCEPTIONS:
        return probe(FAMILY_EXCEPTIONS[key])
    module = getattr(view, "__module__", "") or ""
    for prefix, vendors, expect in FAMILIES:
        if key.startswith(prefix) and module.startswith(vendors):
            return probe(expect)
    return None


def all_routes():
    return [(route_key(parts), parts, pattern) for parts, pattern in walk(get_resolver())]


def test_every_url_has_a_row():
    routes = all_routes()
    missing = [key for key, _parts, pattern in routes if expectation_for(key, pattern.callback) is None]
    assert missing == [], "URLs without a row in ROWS (tests/security/test_url_matrix.py): %s" % missing
    keys = {key for key, _parts, _pattern in routes}
    stale = [key for key in [*ROWS, *FAMILY_EXCEPTIONS] if key not in keys]
    assert stale == [], f"rows for URLs that no longer exist: {stale}"


@pytest.fixture
def world(django_user_model):
    users = {
        "a": django_user_model.objects.create_user("peserta-a", password="pw-a-1"),
        "b": django_user_model.objects.create_user("peserta-b", password="pw-b-1"),
        "f": django_user_model.objects.create_user("fasil-1", password="pw-f-1", is_staff=True),
        "f2": django_user_model.objects.create_user("fasil-2", password="pw-f2-1", is_staff=True),
        "o": django_user_model.objects.create_superuser("penyelenggara", "o@contoh.id", "pw-o-1"),
    }
    group, _ = Group.objects.get_or_create(name=FACILITATOR_GROUP)
    facilitator_group_grant(group)
    users["f"].groups.add(group)
    users["f2"].groups.add(group)
    case, assessed_case, draft_case = cases_store(
        case_values(generate_case(seed=s, difficulty="dasar")) for s in (31, 32, 33))
    draft_case.created_by = users["f"]
    draft_case.save()
    exercise = Exercise.objects.create(slug="matriks", title="Matriks")
    exercise_add_cases(exercise, [case])
    assessed = Exercise.objects.create(slug="matriks-ujian", title="Ujian", mode="assessed")
    exercise_add_cases(assessed, [assessed_case])
    draft_exercise = Exercise.objects.create(slug="matriks-draf", title="Draf", is_published=False)
    exercise_add_cases(draft_exercise, [draft_case])
    client = Client()
    client.force_login(users["a"])
    assert client.post(f"/latihan/paket/{assessed.slug}/kasus/{assessed_case.pk}/mulai/").status_code == 302
    attempt = Attempt.objects.create(
        user=users["a"], exercise=exercise, case=case, run_token=uuid.uuid4(), mode="practice",
        status="submitted", started_at=assessed.created_at, submitted_at=assessed.created_at,
        entry=case.answer_key, result={}, score=100, passed=True)
    entry = CaseEntry.objects.create(owner=users["a"], no_registrasi="3672-0001", run_token=uuid.uuid4(),
                                     data=case.answer_key)
    return {
        "users": users, "case": case, "assessed_case": assessed_case, "draft_case": draft_case,
        "exercise": exercise, "draft_exercise": draft_exercise, "attempt": attempt, "entry": entry,
        "run": attempt.run_token, "home": ensure_home_page(),
    }


def matches(expected, response) -> bool:
    status = response.status_code
    if expected == ANY:
        return status < 500
    if expected == LOGIN:
        location = response.get("Location", "")
        return status == 302 and ("login" in location or "masuk" in location)
    if isinstance(expected, (set, frozenset)):
        return status in expected
    return status == expected


def test_every_url_answers_each_role_as_the_table_says(world):
    clients = {"anon": Client(raise_request_exception=False)}
    for role, user in world["users"].items():
        clients[role] = Client(raise_request_exception=False)
        clients[role].force_login(user)
    wrong = []
    # The logouts go last: a GET on Wagtail's logs the client out for every later URL.
    for key, parts, pattern in sorted(all_routes(), key=lambda route: "logout" in route[0] or "keluar" in route[0]):
        for check in expectation_for(key, pattern.callback) or []:
            url = build_url(parts, check.kwargs(world))
            for role in ROLES:
                response = clients[role].get(url)
                if not matches(check.expect[role], response):
                    wrong.append(f"{key} {url} as {role}: {response.status_code}, expected {check.expect[role]}")
    assert wrong == [], "\n".join(wrong)
