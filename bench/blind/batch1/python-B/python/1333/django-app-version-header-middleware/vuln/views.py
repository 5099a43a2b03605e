from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .feeds import latest_items


@require_GET
def feed(request):
    version = getattr(request, "app_version", (0,))
    items = latest_items(limit=50)
    # builds before 5.0 cannot render the rich card layout
    layout = "rich" if version >= (5, 0) else "classic"
    return JsonResponse({"layout": layout, "items": [i.as_dict() for i in items]})
