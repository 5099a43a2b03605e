import ast

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Dashboard


@require_POST
def save_layout(request, dashboard_id):
    dashboard = Dashboard.objects.filter(pk=dashboard_id, owner=request.user).first()
    if dashboard is None:
        return JsonResponse({"error": "not found"}, status=404)
    raw = request.POST.get("layout", "[]")
    try:
        layout = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return JsonResponse({"error": "invalid layout"}, status=400)
    if not isinstance(layout, list):
        return JsonResponse({"error": "layout must be a list"}, status=400)
    dashboard.layout = layout
    dashboard.save(update_fields=["layout"])
    return JsonResponse({"ok": True, "panels": len(layout)})
