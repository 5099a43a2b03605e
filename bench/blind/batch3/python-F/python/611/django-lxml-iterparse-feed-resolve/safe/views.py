from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .feed import read_feed


@login_required
@require_POST
def upload_feed(request):
    items = read_feed(request.FILES["feed"])
    return JsonResponse({"items": len(items)})
