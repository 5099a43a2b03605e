from django.utils.html import format_html, linebreaks, escape
from django.utils.safestring import mark_safe

def render_comment(comment):
    return format_html("<p class='author'>{}</p>{}", comment.author_name, mark_safe(linebreaks(escape(comment.body))))
