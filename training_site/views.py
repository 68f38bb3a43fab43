"""Error pages in the site's own style, in the visitor's language."""

from django.http import Http404
from django.shortcuts import render


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)


def csrf_failure(request, reason=""):
    """An expired or missing form token: say so plainly, in the site's style."""
    return render(request, "403.html", {"csrf": True}, status=403)


def not_found(request):
    raise Http404


def healthz(request):
    """For a reverse proxy or a monitor: 200 when the database answers, 503 when it does not.

    No login, no session, no template: a probe every few seconds must cost next to nothing.
    """
    from django.db import connection
    from django.http import JsonResponse

    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means "not healthy", never a 500
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def bench_minimal(request):
    """Benchmark-only (SIMFONI_BENCH_VIEWS=1): the cheapest Django response, the yardstick the
    load harness divides every page's throughput by. It passes through the same middleware."""
    from django.http import HttpResponse

    return HttpResponse(b"ok", content_type="text/plain")
