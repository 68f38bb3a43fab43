"""python -m benchmarks [generate|score|rescore|exports|login|room|wizard ...]: runs the named benchmarks, or all of them.

``python -m benchmarks load --help`` is the load harness (real gunicorn servers, a room of
trainees); it is never part of "all", and takes its own options.

Each prints its figure next to its target. The rescore benchmark builds a throwaway SQLite
database in a temporary folder (migrations included), so it never touches var/.
"""

import os
import sys
import tempfile

TARGETS = ("generate", "score", "rescore", "exports", "login", "room", "wizard")


def main(argv):
    if argv[:1] == ["load"]:
        from .load import main as load_main

        return load_main(argv[1:])
    chosen = argv or list(TARGETS)
    unknown = set(chosen) - set(TARGETS)
    if unknown:
        print(f"unknown benchmark: {', '.join(sorted(unknown))} (choose from {', '.join(TARGETS)})", file=sys.stderr)
        return 2
    folder = tempfile.mkdtemp(prefix="simfoni-bench-")
    os.environ["SIMFONI_VAR_DIR"] = folder
    os.environ.pop("DATABASE_URL", None)
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
