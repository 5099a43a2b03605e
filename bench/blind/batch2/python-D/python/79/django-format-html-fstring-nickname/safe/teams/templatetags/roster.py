from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def member_badge(member):
    css = "badge badge-admin" if member.is_admin else "badge"
    return format_html("<span class='{}' title='{}'>{}</span>", css, member.user.email, member.nickname)
