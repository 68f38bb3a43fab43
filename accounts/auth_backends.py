from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' lockout check on every login through a web form.

    Without a request there is no form to protect: ``authenticate()`` is then called by
    code (the test client's ``login()``, a shell), and axes would raise instead of checking.
    Every login view of the site passes its request, so none bypasses the lock.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
