from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .fetch import fetch_preview, PreviewError


@login_required
def link_preview(request):
    url = request.GET.get("url", "")
    try:
        data = fetch_preview(url)
    except PreviewError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse(data)
