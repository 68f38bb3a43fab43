from .base import *  # noqa: F401,F403
from .base import VAR_DIR

DEBUG = True
# A development key only: production.py refuses to start without SECRET_KEY from the environment.
SECRET_KEY = "dev-only-not-secret-simfoni-latih"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "*"]
VAR_DIR.mkdir(parents=True, exist_ok=True)
