from django.shortcuts import render, get_object_or_404
from .models import Post
from .formatting import render_comment


def post_detail(request, pk):
    post = get_object_or_404(Post, pk=pk)
    comments = [
        {"author": c.author_name, "html": render_comment(c.body)}
        for c in post.comments.order_by("created")
    ]
    return render(request, "post_detail.html", {"post": post, "comments": comments})
