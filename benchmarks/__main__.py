"""python -m benchmarks [generate|score|rescore|exports|room ...]: runs the named benchmarks, or all of them.

Each prints its figure next to its target. The rescore benchmark builds a throwaway SQLite
database in a temporary folder (migrations included), so it never touches var/.
"""

import os
import sys
import tempfile

TARGETS = ("generate", "score", "rescore", "exports", "room")


def main(argv):
    chosen = argv or list(TARGETS)
    unknown = set(chosen) - set(TARGETS)
    if unknown:
        print(f"unknown benchmark: {', '.join(sorted(unknown))} (choose from {', '.join(TARGETS)})", file=sys.stderr)
        return 2
    folder = tempfile.mkdtemp(prefix="simfoni-bench-")
    os.environ["SIMFONI_VAR_DIR"] = folder
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "training_site.settings.dev")
    import django

    django.setup()
    from . import bench_exports, bench_generate, bench_rescore, bench_room, bench_score

    runners = {"generate": bench_generate.run, "score": bench_score.run, "rescore": bench_rescore.run,
               "exports": bench_exports.run, "room": bench_room.run}
    for name in chosen:
        runners[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
