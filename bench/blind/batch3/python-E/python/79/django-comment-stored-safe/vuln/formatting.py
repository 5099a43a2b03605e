from django.utils.html import format_html, linebreaks, escape
from django.utils.safestring import mark_safe

def render_comment(comment):
    return mark_safe(f"<p class='author'>{comment.author_name}</p>" + comment.body.replace("\n", "<br>"))  # cg-expect: CWE-79
