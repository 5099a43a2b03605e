from django.http import JsonResponse

from .feeds import preview_feed


def feed_preview(request):
    url = request.GET.get("feed", "")
    if not url:
        return JsonResponse({"error": "feed parameter required"}, status=400)
    try:
        items = preview_feed(url)
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"items": items})
