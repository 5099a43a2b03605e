from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .fetch import read_feed
from .models import Subscription


@login_required
def refresh(request, sub_id):
    sub = get_object_or_404(Subscription, pk=sub_id, user=request.user)
    try:
        body = read_feed(sub.feed_url)
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    sub.last_size = len(body)
    sub.save(update_fields=["last_size"])
    return JsonResponse({"bytes": len(body)})
