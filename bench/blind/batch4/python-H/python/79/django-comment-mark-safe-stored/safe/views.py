from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html_join, linebreaks
from django.utils.safestring import mark_safe

from .models import Post


def _render_comments(post):
    return format_html_join("", "<article><h4>{}</h4>{}</article>", ((c.author, linebreaks(c.body, autoescape=True)) for c in post.comments.all()))


def post_detail(request, slug):
    post = get_object_or_404(Post, slug=slug, published=True)
    return render(request, "blog/post.html", {"post": post, "comments_html": _render_comments(post)})
