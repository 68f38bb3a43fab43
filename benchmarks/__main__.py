"""python -m benchmarks [--database-url URL] [generate|score|rescore|exports|login|room|wizard ...]: runs the named benchmarks, or all of them.

``python -m benchmarks load --help`` is the load harness (real gunicorn servers, a room of
trainees); it is never part of "all", and takes its own options.

Each prints its figure next to its target. By default they run on a throwaway SQLite database
in a temporary folder (migrations included), so they never touch var/. ``--database-url`` runs
them on that PostgreSQL database instead (migrated, and the benchmarks' own rows written into
it): give it a scratch database, never one holding a workshop.
"""

import os
import sys
import tempfile

TARGETS = ("generate", "score", "rescore", "exports", "login", "room", "wizard")


def _database_url(argv) -> tuple[str, list[str]] | None:
    """(the URL after --database-url, the other arguments), or None when the option has no URL."""
    if "--database-url" not in argv:
        return "", argv
    at = argv.index("--database-url")
    if at + 1 >= len(argv) or not argv[at + 1].startswith(("postgres://", "postgresql://")):
        return None
    return argv[at + 1], argv[:at] + argv[at + 2:]


def main(argv):
    if argv[:1] == ["load"]:
        from .load import main as load_main

        return load_main(argv[1:])
    parsed = _database_url(argv)
    if parsed is None:
        print("--database-url needs a PostgreSQL URL (postgres://user@host:port/name)", file=sys.stderr)
        return 2
    database_url, argv = parsed
    chosen = argv or list(TARGETS)
    unknown = set(chosen) - set(TARGETS)
    if unknown:
        print(f"unknown benchmark: {', '.join(sorted(unknown))} (choose from {', '.join(TARGETS)})", file=sys.stderr)
        return 2
    folder = tempfile.mkdtemp(prefix="simfoni-bench-")
    os.environ["SIMFONI_VAR_DIR"] = folder
    os.environ.pop("DATABASE_URL", None)
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "training_site.settings.dev")
    os.environ["SIMFONI_BENCH_VIEWS"] = "1"  # the minimal view the login benchmark compares with
    import django

    django.setup()
    from . import bench_exports, bench_generate, bench_login, bench_rescore, bench_room, bench_score, bench_wizard

    runners = {"generate": bench_generate.run, "score": bench_score.run, "rescore": bench_rescore.run,
               "exports": bench_exports.run, "login": bench_login.run, "room": bench_room.run,
               "wizard": bench_wizard.run}
    for name in chosen:
        runners[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
