from django.http import HttpResponse
from django.utils.html import format_html, format_html_join

from .search import search_articles


def help_search(request):
    term = request.GET.get("q", "")
    articles = search_articles(term)
    if not articles:
        body = format_html("<p class='empty'>No help articles match <b>{}</b>.</p>", term)
        return HttpResponse(body)
    items = format_html_join("", "<li><a href='{}'>{}</a></li>", ((a["url"], a["title"]) for a in articles))
    return HttpResponse(format_html("<ul class='results'>{}</ul>", items))
