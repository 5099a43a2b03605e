from django.shortcuts import render
from django.utils.safestring import mark_safe


def _decorate(text):
    return "<blockquote>" + text + "</blockquote>"


def comment_preview(request):
    text = request.POST.get("comment", "")
    body = _decorate(text)
    context = {"body": mark_safe(body)}  # cg-expect: CWE-79
    return render(request, "comments/preview.html", context)
