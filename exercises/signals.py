"""What the sandbox tells other apps, so that it never imports them (``workshops`` listens).

``attempt_started`` is sent by ``services.attempt_start`` inside its transaction, for a new
attempt (``created=True``) and for an open one resumed (``created=False``), with ``context``:
whatever the caller passed, untouched here. The workshop home passes ``{"participant": …}``;
every other way in (Latihan, the exercise page, a "Coba lagi" button) passes nothing, and the
listener decides which workshop, if any, the attempt belongs to.
"""

from django.dispatch import Signal

attempt_started = Signal()
