from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .feeds import FeedImporter

importer = FeedImporter()


@require_POST
def import_feed(request):
    url = request.POST.get("feed_url", "")
    try:
        count = importer.import_from(url)
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"imported": count})
