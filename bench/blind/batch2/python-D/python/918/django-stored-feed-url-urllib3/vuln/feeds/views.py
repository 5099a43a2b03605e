from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .fetcher import FeedFetcher
from .models import Subscription
from .parse import parse_entries


@login_required
@require_POST
def refresh_feed(request, sub_id):
    sub = get_object_or_404(Subscription, pk=sub_id, user=request.user)
    try:
        raw = FeedFetcher().fetch(sub.feed_url)
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    entries = parse_entries(raw)
    sub.entries.all().delete()
    sub.entries.bulk_create([sub.entries.model(subscription=sub, **e) for e in entries[:100]])
    return JsonResponse({"count": len(entries)})
