import json
from django.http import JsonResponse
from .documents import Ticket
from .search import build_filter

def search_tickets(request):
    body = json.loads(request.body or b"{}")
    spec = build_filter(request.user.id, body.get("filter", {}))
    tickets = Ticket.objects(__raw__=spec).limit(50)  # cg-expect: CWE-943
    return JsonResponse({"tickets": [t.to_mongo().to_dict() | {"_id": str(t.id)} for t in tickets]})
