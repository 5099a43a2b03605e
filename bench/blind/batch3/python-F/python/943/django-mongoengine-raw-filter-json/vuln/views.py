import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .documents import Note
from .filters import build_query


@login_required
def list_notes(request):
    try:
        client_filter = json.loads(request.GET.get("filter", "{}"))
    except ValueError:
        return JsonResponse({"error": "bad filter"}, status=400)
    query = build_query(request.user.pk, client_filter)
    notes = Note.objects(__raw__=query).only("title", "tags")[:50]  # cg-expect: CWE-943
    return JsonResponse({"notes": [{"title": n.title, "tags": n.tags} for n in notes]})
