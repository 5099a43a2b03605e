from django.http import HttpResponse

from .search import search_articles
from .widgets import results_heading


def search(request):
    q = request.GET.get("q", "")
    results = search_articles(q)
    heading = results_heading(q, len(results))
    items = "".join(f"<li>{a.title}</li>" for a in results)
    return HttpResponse(f"<html><body>{heading}<ul>{items}</ul></body></html>")  # cg-expect: CWE-79
