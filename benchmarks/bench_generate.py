"""Target: 10,000 cases with their documents in at most 10 s, in flat memory."""

import time
import tracemalloc

from exercises.generator import DIFFICULTIES, generate_case

COUNT = 10_000


def _generate(count: int) -> float:
    started = time.perf_counter()
    for seed in range(count):
        case = generate_case(seed=seed, difficulty=DIFFICULTIES[seed % 3])
        if not (case.document.text and case.key):
            raise SystemExit(f"generate: case {seed} came out empty")
    return time.perf_counter() - started


def run():
    generate_case(seed=0, difficulty="dasar")  # loads the region data once, as a server has
    seconds = _generate(COUNT)
    tracemalloc.start()
    _generate(1_000)
    _, peak_1k = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    _generate(COUNT)
    _, peak_10k = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"generate: {COUNT} cases with documents in {seconds:.2f} s ({seconds / COUNT * 1000:.3f} ms/case; "
          f"target <= 10 s); peak traced memory {peak_1k / 1e6:.2f} MB for 1,000 and {peak_10k / 1e6:.2f} MB "
          f"for 10,000 (flat when about equal)")
