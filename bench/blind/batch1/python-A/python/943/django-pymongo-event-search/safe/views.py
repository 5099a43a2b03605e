import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .mongo import events_collection


def build_query(tenant_id: int, criteria: dict) -> dict:
    query = {}
    # clients send {"type": "login", "source": "web"} etc.; only scalar values for known fields
    for field in ("type", "source", "severity"):
        value = criteria.get(field)
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            query[field] = value
    query.update({"tenant_id": tenant_id, "deleted": False})
    return query


@login_required
@require_POST
def search_events(request):
    try:
        criteria = json.loads(request.body or b"{}")
    except json.JSONDecodeError:
        return HttpResponseBadRequest("invalid JSON")
    if not isinstance(criteria, dict):
        return HttpResponseBadRequest("criteria must be an object")
    query = build_query(request.user.profile.tenant_id, criteria)
    cursor = events_collection().find(query).sort("ts", -1).limit(200)
    events = [{"id": str(e["_id"]), "type": e["type"], "ts": e["ts"].isoformat(), "payload": e.get("payload")}
              for e in cursor]
    return JsonResponse({"events": events})
