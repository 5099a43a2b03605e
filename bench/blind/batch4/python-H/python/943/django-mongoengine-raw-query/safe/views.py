import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .documents import Article


@require_POST
def search_articles(request):
    body = json.loads(request.body or b"{}")
    author = body.get("author")
    if not isinstance(author, str):
        return JsonResponse({"error": "author must be a string"}, status=400)
    docs = Article.objects(__raw__={"draft": False, "author": author})
    return JsonResponse({"items": [{"title": d.title, "author": d.author} for d in docs[:50]]})
