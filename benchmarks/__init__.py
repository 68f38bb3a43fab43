"""Speed targets, measured (never asserted in tests). Run: make bench  (or python -m benchmarks NAME)."""
