# Workshops, participants, attendance and completion arrive with their own issue.
