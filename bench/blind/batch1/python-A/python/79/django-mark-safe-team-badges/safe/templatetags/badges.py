from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

COLORS = {"owner": "#b91c1c", "admin": "#c2410c", "member": "#1d4ed8"}


@register.simple_tag
def member_badge(membership):
    color = COLORS.get(membership.role, "#6b7280")
    html = format_html(
        '<span class="badge" style="background:{}" title="{}">{} {} {}</span>',
        color, membership.role, membership.user.get_full_name(), mark_safe("&middot;"), membership.team.name,
    )
    return html
