"""Password hashing a room can afford: Argon2id at OWASP's minimum parameters.

Django's default PBKDF2 (1,000,000 SHA-256 rounds in 5.2) costs about a third of a CPU
second per login; with 400 trainees signing in within a minute that alone saturates a
2-core laptop. Argon2id with m=19 MiB, t=2, p=1 is OWASP's minimum recommendation
(Password Storage Cheat Sheet) and costs a few tens of milliseconds, while its memory
hardness keeps guessing on GPUs expensive. See the README's "Login" section for figures.
"""

from django.contrib.auth.hashers import Argon2PasswordHasher


class Argon2idOwaspHasher(Argon2PasswordHasher):
    # The algorithm name stays "argon2": stored hashes are the standard encoding, and
    # Django's must_update() re-hashes any argon2 hash made with other parameters.
    time_cost = 2
    memory_cost = 19 * 1024  # KiB
    parallelism = 1
