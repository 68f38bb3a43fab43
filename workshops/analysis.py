"""What the room gets wrong, whether it agrees ("satu data"), and whether the training worked.

Read from ``exercises.FieldResult`` rows in one or two grouped queries each; the arithmetic is in
pure functions (``agreement_by_field``, ``improvement_from``) that tests feed hand-made rows.

Agreement: for every (case, field, location) entered by two trainees or more, the share of
entries holding the most common value; a field's agreement is the mean over those locations.
A field mostly wrong is a teaching gap; a field where the room disagrees is an ambiguous rule.
Every saved attempt counts (a retry of the same case counts again), as the room lived it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Avg, Count, Q

from exercises.fields import SECTION_TITLES, Section, field
from exercises.models import Attempt, FieldResult
from exercises.scoring import EXTRA_FIELD

from .models import InstitutionType, Workshop
from .selectors import exercise_scores, workshop_exercises

HEATMAP_FIELDS = 15
WEAK_RATE = 0.2  # a field still wrong in more than a fifth of post-test entries is "still weak"
TOP = 3


def section_title(section: str) -> str:
    try:
        return SECTION_TITLES[Section(section)]
    except ValueError:
        return section


def field_label(section: str, name: str) -> str:
    try:
        return field(Section(section), name).label
    except (KeyError, ValueError):
        return name


def _room_results(workshop: Workshop, exercise_ids):
    return (FieldResult.objects.filter(attempt__status=Attempt.Status.SUBMITTED, attempt__exercise_id__in=exercise_ids,
                                       attempt__user__participations__workshop=workshop)
            .exclude(field=EXTRA_FIELD))


def agreement_by_field(rows: Iterable[tuple]) -> dict[tuple[str, str], dict]:
    """{(section, field): {"agreement": 0..1, "locations": n}} from (case, section, field, v, p, s, value, count).

    Only locations entered at least twice count: one entry agrees with itself and says nothing.
    """
    per_location: dict[tuple, dict[str, int]] = defaultdict(dict)
    for case_id, section, name, victim, perpetrator, service, value, count in rows:
        per_location[(case_id, section, name, victim, perpetrator, service)][value] = count
    shares: dict[tuple[str, str], list[float]] = defaultdict(list)
    for (_case, section, name, *_where), values in per_location.items():
        total = sum(values.values())
        if total >= 2:
            shares[(section, name)].append(max(values.values()) / total)
    return {key: {"agreement": sum(s) / len(s), "locations": len(s)} for key, s in shares.items()}


def heatmap(*, workshop: Workshop, exercise_ids=None, limit: int = HEATMAP_FIELDS) -> dict:
    """The fields the room gets wrong most, error rate per institution type, and each field's agreement.

    Two grouped queries, whatever the number of participants and attempts.
    """
    if exercise_ids is None:
        exercise_ids = [e.pk for e in workshop_exercises(workshop=workshop)]
    results = _room_results(workshop, exercise_ids)
    kind_path = "attempt__user__participations__institution_type"
    counts: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(dict)
    for row in (results.values("section", "field", kind_path)
                .annotate(total=Count("pk"), wrong=Count("pk", filter=~Q(error_type=""))).order_by()):
        counts[(row["section"], row["field"])][row[kind_path]] = [row["wrong"], row["total"]]
    agreement = agreement_by_field(
        results.values_list("attempt__case_id", "section", "field", "victim_index", "perpetrator_index",
                            "service_index", "value").annotate(n=Count("pk")).order_by())
    kinds_seen = {kind for by_kind in counts.values() for kind in by_kind}
    kinds = [(code, label) for code, label in InstitutionType.choices if code in kinds_seen]
    rows = []
    for (section, name), by_kind in counts.items():
        wrong = sum(w for w, _t in by_kind.values())
        total = sum(t for _w, t in by_kind.values())
        found = agreement.get((section, name))
        rows.append({
            "section": section, "field": name, "label": field_label(section, name), "wrong": wrong, "total": total,
            "section_title": section_title(section),
            "rate": wrong / total if total else 0.0,
            "cells": [_rate_cell(*by_kind[code]) if code in by_kind else None for code, _label in kinds],
            "agreement": found["agreement"] if found else None,
            "locations": found["locations"] if found else 0,
        })
    rows.sort(key=lambda r: (-r["rate"], -r["wrong"], r["label"]))
    return {"kinds": kinds, "rows": [r for r in rows if r["wrong"]][:limit]}


def _rate_cell(wrong: int, total: int) -> dict:
    rate = wrong / total if total else 0.0
    # five heat levels, so the colour steps are readable and the number is always printed beside it
    return {"wrong": wrong, "total": total, "rate": rate, "percent": round(100 * rate), "level": min(4, int(rate * 5))}


def _rates(rows) -> dict[tuple, float]:
    return {key: wrong / total for key, (wrong, total) in rows.items() if total}


def improvement_from(*, participants: list, pre: dict[int, float], post: dict[int, float],
                     fields: dict[tuple[int, str, str, str], tuple[int, int]], top: int = TOP) -> dict:
    """The pre-test → post-test report, pure.

    ``participants``: objects with ``user_id``; ``pre``/``post``: {user_id: percent};
    ``fields``: {(user_id, "pre"|"post", section, field): (wrong, total)}.
    Per participant: the change, the fields with the biggest gains (error rate down the most),
    the fields still weak (wrong in the post-test). For the cohort: the same over everyone's entries.
    """
    mine: dict[int, dict[str, dict[tuple[str, str], tuple[int, int]]]] = defaultdict(lambda: defaultdict(dict))
    cohort: dict[str, dict[tuple[str, str], list[int]]] = {"pre": defaultdict(lambda: [0, 0]),
                                                          "post": defaultdict(lambda: [0, 0])}
    for (user_id, phase, section, name), (wrong, total) in fields.items():
        mine[user_id][phase][(section, name)] = (wrong, total)
        cohort[phase][(section, name)][0] += wrong
        cohort[phase][(section, name)][1] += total

    def gains(before: dict, after: dict) -> list[dict]:
        b, a = _rates(before), _rates(after)
        found = [{"key": key, "label": field_label(*key), "before": b[key], "after": a[key], "gain": b[key] - a[key]}
                 for key in b.keys() & a.keys() if b[key] > a[key]]
        found.sort(key=lambda g: (-g["gain"], g["label"]))
        return found[:top]

    def weak(after: dict, limit: float) -> list[dict]:
        a = _rates(after)
        found = [{"key": key, "label": field_label(*key), "rate": rate} for key, rate in a.items() if rate > limit]
        found.sort(key=lambda w: (-w["rate"], w["label"]))
        return found[:top]

    people = []
    for p in participants:
        before, after = pre.get(p.user_id), post.get(p.user_id)
        people.append({
            "participant": p, "pre": before, "post": after,
            "change": round(after - before, 1) if before is not None and after is not None else None,
            "gains": gains(mine[p.user_id]["pre"], mine[p.user_id]["post"]),
            "weak": weak(mine[p.user_id]["post"], 0.0),
        })
    changes = [r["change"] for r in people if r["change"] is not None]
    pre_scores = [r["pre"] for r in people if r["pre"] is not None]
    post_scores = [r["post"] for r in people if r["post"] is not None]
    return {
        "people": people,
        "pre_mean": _mean(pre_scores), "post_mean": _mean(post_scores), "change_mean": _mean(changes),
        "improved": sum(1 for c in changes if c > 0), "compared": len(changes),
        "gains": gains(cohort["pre"], cohort["post"]) if top else [],
        "weak": weak(cohort["post"], WEAK_RATE),
    }


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def improvement(*, workshop: Workshop, top_cohort: int = 10) -> dict:
    """The improvement report of a workshop: scores from ``exercise_scores``, fields from one grouped query."""
    participants = list(workshop.participants.order_by("full_name", "pk"))
    users = workshop.participants.values("user_id")
    pre = exercise_scores(users=users, exercise=workshop.pre_test)
    post = exercise_scores(users=users, exercise=workshop.post_test)
    phases = {workshop.pre_test_id: "pre", workshop.post_test_id: "post"}
    phases.pop(None, None)
    fields: dict[tuple[int, str, str, str], tuple[int, int]] = {}
    if len(phases) == 2:
        for row in (_room_results(workshop, list(phases))
                    .values("attempt__user_id", "attempt__exercise_id", "section", "field")
                    .annotate(total=Count("pk"), wrong=Count("pk", filter=~Q(error_type=""))).order_by()):
            fields[(row["attempt__user_id"], phases[row["attempt__exercise_id"]], row["section"], row["field"])] = (
                row["wrong"], row["total"])
    report = improvement_from(participants=participants, pre=pre, post=post, fields=fields)
    # the cohort lists are longer than a person's: recompute them with the larger cut
    cohort = improvement_from(participants=[], pre={}, post={}, fields=fields, top=top_cohort)
    report["gains"], report["weak"] = cohort["gains"], cohort["weak"]
    report["ready"] = len(phases) == 2
    return report


def organiser_overview() -> dict:
    """Every workshop, with a summary per institution type and per kab/kota (three grouped queries).

    Kab/kota is the case's own region (``Case.kabkota``): participants record no region, and the
    cases say where the practised data would come from. Attempts counted are those made inside a
    workshop (``WorkshopAttempt``), so an exercise shared by two workshops is not counted twice.
    """
    from exercises import regions

    from .models import Participant, WorkshopAttempt

    workshops = list(Workshop.objects.select_related("programme").order_by("-start_date", "-pk"))
    kinds = dict(InstitutionType.choices)
    by_workshop: dict[int, dict] = {w.pk: {"workshop": w, "participants": 0, "kinds": {}, "regions": []}
                                    for w in workshops}
    for row in Participant.objects.values("workshop_id", "institution_type").annotate(n=Count("pk")).order_by():
        entry = by_workshop[row["workshop_id"]]
        entry["participants"] += row["n"]
        entry["kinds"][row["institution_type"]] = {"label": kinds.get(row["institution_type"], row["institution_type"]),
                                                   "participants": row["n"], "attempts": 0, "passed": 0, "score": None}
    submitted = WorkshopAttempt.objects.filter(attempt__status=Attempt.Status.SUBMITTED)
    for row in (submitted.values("participant__workshop_id", "participant__institution_type")
                .annotate(n=Count("pk"), passed=Count("pk", filter=Q(attempt__passed=True)),
                          score=Avg("attempt__score")).order_by()):
        kind = by_workshop[row["participant__workshop_id"]]["kinds"].get(row["participant__institution_type"])
        if kind is not None:
            kind.update(attempts=row["n"], passed=row["passed"], score=round(row["score"] or 0, 1))
    for row in (submitted.values("participant__workshop_id", "attempt__case__kabkota")
                .annotate(n=Count("pk"), passed=Count("pk", filter=Q(attempt__passed=True)),
                          score=Avg("attempt__score")).order_by("attempt__case__kabkota")):
        code = row["attempt__case__kabkota"]
        by_workshop[row["participant__workshop_id"]]["regions"].append({
            "code": code, "name": regions.name(code) or code, "attempts": row["n"], "passed": row["passed"],
            "score": round(row["score"] or 0, 1)})
    for entry in by_workshop.values():
        entry["kinds"] = [entry["kinds"][code] for code in kinds if code in entry["kinds"]]
    return {"workshops": [by_workshop[w.pk] for w in workshops]}
