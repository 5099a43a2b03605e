from django.utils.html import escape
from django.utils.safestring import mark_safe


def render_bio(raw: str) -> str:
    paragraphs = [p.strip() for p in (raw or "").split("\n\n") if p.strip()]
    return mark_safe("".join(f"<p>{p}</p>" for p in paragraphs))
