"""The Content-Security-Policy, with the one allowance Wagtail's admin needs.

Every page of the site runs only this site's scripts, styles and images (CONTENT_SECURITY_POLICY
in settings). Wagtail's admin (/cms/) still starts its choosers, inline panels and date pickers
with small inline <script> blocks written by Wagtail's own templates and widgets
(wagtail/admin/widgets/chooser.py, panels/inline_panel.html), so there, and only there, inline
scripts are allowed as well; sources stay this site's own.
"""

from __future__ import annotations

from dataclasses import replace

from csp.middleware import CSPMiddleware

WAGTAIL_ADMIN_ALLOWANCES = {"script-src": ["'unsafe-inline'"]}


class SiteCSPMiddleware(CSPMiddleware):
    admin_prefix = "/cms/"

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not request.path.startswith(self.admin_prefix):
            return parts
        return replace(parts, update={**(parts.update or {}), **WAGTAIL_ADMIN_ALLOWANCES})
