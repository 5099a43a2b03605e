from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def member_badge(member):
    css = "badge badge-admin" if member.is_admin else "badge"
    return format_html(f"<span class='{css}' title='{member.user.email}'>{member.nickname}</span>")  # cg-expect: CWE-79
