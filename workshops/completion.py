"""The completion rule of a workshop, as a pure function over facts the selectors gather."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Completion:
    sessions_required: int
    sessions_met: int
    exercises_required: int
    exercises_passed: int
    post_score: float | None
    post_threshold: int | None  # None: the workshop has no post-test

    @property
    def sessions_ok(self) -> bool:
        return self.sessions_met >= self.sessions_required

    @property
    def exercises_ok(self) -> bool:
        return self.exercises_passed >= self.exercises_required

    @property
    def post_ok(self) -> bool:
        if self.post_threshold is None:
            return True
        return self.post_score is not None and self.post_score >= self.post_threshold

    @property
    def complete(self) -> bool:
        return self.sessions_ok and self.exercises_ok and self.post_ok


def completion_decide(*, required_sessions: set, present_sessions: set, required_exercises: set,
                      passed_exercises: set, post_score: float | None, post_threshold: int | None) -> Completion:
    """Required sessions attended or marked done, required exercises passed, post-test at or above the threshold."""
    return Completion(
        sessions_required=len(required_sessions), sessions_met=len(required_sessions & present_sessions),
        exercises_required=len(required_exercises), exercises_passed=len(required_exercises & passed_exercises),
        post_score=post_score, post_threshold=post_threshold,
    )
