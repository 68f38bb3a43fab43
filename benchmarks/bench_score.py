"""Target: scoring one 3-victim, 3-perpetrator case takes at most 1 ms (median)."""

import copy
import statistics
import time

from exercises.generator import generate_case
from exercises.scoring import score_entry

RUNS = 2_000


def three_by_three() -> dict:
    """A generated key widened to 3 victims and 3 perpetrators, every pair related."""
    key = copy.deepcopy(generate_case(seed=7, difficulty="mahir").key)
    while len(key["korban"]) < 3:
        victim = copy.deepcopy(key["korban"][0])
        victim["nama"] = f"{victim['nama']} {len(key['korban'])}"
        key["korban"].append(victim)
        key["kejadian"]["korban"].append(copy.deepcopy(key["kejadian"]["korban"][0]))
    while len(key["pelaku"]) < 3:
        perpetrator = copy.deepcopy(key["pelaku"][0])
        perpetrator["nama"] = f"Pelaku {len(key['pelaku'])}"
        key["pelaku"].append(perpetrator)
    for perpetrator in key["pelaku"]:
        perpetrator["relasi"] = (perpetrator["relasi"] * 3)[:3]
    return key


def run():
    key = three_by_three()
    entry = copy.deepcopy(key)
    entry["korban"] = list(reversed(entry["korban"]))  # order must not matter, and costs a real matching
    entry["korban"][0]["nama"] = entry["korban"][0]["nama"].upper()
    entry["kejadian"]["tanggal_kejadian"] = key["registrasi"]["tanggal_lapor"]
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        score_entry(entry, key)
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings) * 1000
    p95 = sorted(timings)[int(RUNS * 0.95)] * 1000
    print(f"score: 3 victims x 3 perpetrators, median {median:.3f} ms, p95 {p95:.3f} ms over {RUNS} runs "
          f"(target median <= 1 ms)")
