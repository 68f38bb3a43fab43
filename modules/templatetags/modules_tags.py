"""Template helpers for the learning site."""

from django import template

from ..selectors import exercise_standings

register = template.Library()


@register.simple_tag(takes_context=True)
def exercise_standing(context, exercise):
    """The trainee's attempts, best score and pass on an exercise; score and pass hidden until released.

    A session page computes every block's standing at once (``session_standing``); elsewhere, such
    as a preview, the block asks for its own exercise.
    """
    request = context.get("request")
    if exercise is None or request is None or not request.user.is_authenticated:
        return None
    standings = context.get("exercise_standings")
    if standings is None or exercise.pk not in standings:
        standings = exercise_standings(user=request.user, exercise_ids=[exercise.pk])
    return standings.get(exercise.pk)


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The page's ancestors below the tree root, for the breadcrumb trail."""
    return page.get_ancestors().filter(depth__gt=1).live() if page else []
