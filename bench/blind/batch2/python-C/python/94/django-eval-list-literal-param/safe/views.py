from django.http import JsonResponse

from .params import parse_id_list
from .models import Shipment


def shipments_bulk(request):
    try:
        ids = parse_id_list(request.GET.get("ids", "[]"))
    except (ValueError, SyntaxError):
        return JsonResponse({"error": "ids must be a list of integers"}, status=400)
    qs = Shipment.objects.filter(id__in=ids, customer=request.user)[:200]
    return JsonResponse({"shipments": [{"id": s.id, "status": s.status, "eta": s.eta.isoformat() if s.eta else None} for s in qs]})
