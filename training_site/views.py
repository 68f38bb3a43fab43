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
