from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe


def _decorate(text):
    return "<blockquote>" + escape(text) + "</blockquote>"


def comment_preview(request):
    text = request.POST.get("comment", "")
    body = _decorate(text)
    context = {"body": mark_safe(body)}
    return render(request, "comments/preview.html", context)
