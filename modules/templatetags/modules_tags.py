"""Template helpers for the learning site."""

from django import template

from exercises.selectors import exercises_for

register = template.Library()


@register.simple_tag(takes_context=True)
def exercise_standing(context, exercise):
    """The trainee's attempts, best score and pass on an exercise; the score stays hidden until released."""
    request = context.get("request")
    if exercise is None or request is None or not request.user.is_authenticated:
        return None
    row = exercises_for(user=request.user).filter(pk=exercise.pk).first()
    if row is None:
        return None
    hidden = row.mode == "assessed" and not row.feedback_released
    return {
        "attempts": row.attempt_count,
        "best": None if hidden else row.best_score,
        "passed": (not hidden) and row.case_count and row.passed_cases >= row.case_count,
    }


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The page's ancestors below the tree root, for the breadcrumb trail."""
    return page.get_ancestors().filter(depth__gt=1).live() if page else []
