from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html_join, linebreaks
from django.utils.safestring import mark_safe

from .models import Post


def _render_comments(post):
    return mark_safe("".join(f"<article><h4>{c.author}</h4>{c.body}</article>" for c in post.comments.all()))  # cg-expect: CWE-79


def post_detail(request, slug):
    post = get_object_or_404(Post, slug=slug, published=True)
    return render(request, "blog/post.html", {"post": post, "comments_html": _render_comments(post)})
