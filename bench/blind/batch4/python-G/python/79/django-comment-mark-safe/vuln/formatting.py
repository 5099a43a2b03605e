import re
from django.utils.html import escape
from django.utils.safestring import mark_safe

URL_RE = re.compile(r"(https?://[^\s<]+)")


def render_comment(body: str):
    linked = URL_RE.sub(r'<a href="\1" rel="nofollow">\1</a>', body)
    return mark_safe(linked.replace("\n", "<br>"))  # cg-expect: CWE-79
