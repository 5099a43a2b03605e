import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .documents import Article


@require_POST
def search_articles(request):
    body = json.loads(request.body or b"{}")
    where = body.get("where", {})
    docs = Article.objects(__raw__={"draft": False, **where})  # cg-expect: CWE-943
    return JsonResponse({"items": [{"title": d.title, "author": d.author} for d in docs[:50]]})
