from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .svg import svg_size


@login_required
@require_POST
def upload_icon(request):
    f = request.FILES.get("icon")
    if f is None or not f.name.endswith(".svg"):
        return JsonResponse({"error": "svg required"}, status=400)
    w, h = svg_size(f)
    return JsonResponse({"width": w, "height": h})
