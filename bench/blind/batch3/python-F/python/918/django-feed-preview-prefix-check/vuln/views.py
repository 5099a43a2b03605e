from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .feeds import fetch_feed


@require_POST
def preview_feed(request):
    try:
        items = fetch_feed(request.POST.get("feed_url", ""))
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"items": items[:10]})
