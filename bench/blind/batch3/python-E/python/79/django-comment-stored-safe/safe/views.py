from django.shortcuts import render, get_object_or_404
from .models import Post
from .formatting import render_comment

def post_detail(request, pk):
    post = get_object_or_404(Post, pk=pk)
    comments = [render_comment(c) for c in post.comments.all()]
    return render(request, "blog/post_detail.html", {"post": post, "comments": comments})
