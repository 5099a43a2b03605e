import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .reporting import build_rows, sort_rows


@login_required
@require_POST
def custom_report(request):
    try:
        spec = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("invalid JSON")
    rows = build_rows(request.user, spec.get("period", "month"))
    sort_key = spec.get("sort_by", "total")
    descending = bool(spec.get("descending", True))
    rows = sort_rows(rows, sort_key, descending)
    return JsonResponse({"rows": [r.as_dict() for r in rows]})
