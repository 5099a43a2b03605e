import json

from django.http import JsonResponse

from .mongo import find_tickets


def ticket_search(request):
    try:
        criteria = json.loads(request.GET.get("filter", "{}"))
    except json.JSONDecodeError:
        return JsonResponse({"error": "filter must be JSON"}, status=400)
    tickets = find_tickets(request.user.username, criteria)
    return JsonResponse({"tickets": tickets})
