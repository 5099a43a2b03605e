from django import template
from django.utils.safestring import mark_safe

register = template.Library()

COLORS = {"owner": "#b91c1c", "admin": "#c2410c", "member": "#1d4ed8"}


@register.simple_tag
def member_badge(membership):
    color = COLORS.get(membership.role, "#6b7280")
    html = (
        f'<span class="badge" style="background:{color}" title="{membership.role}">'
        f"{membership.user.get_full_name()} &middot; {membership.team.name}</span>"
    )
    return mark_safe(html)  # cg-expect: CWE-79
