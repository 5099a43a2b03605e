from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

from .gpx import parse_gpx
from .models import Track


@login_required
@require_POST
def upload_track(request):
    upload = request.FILES.get("gpx")
    if upload is None or upload.size > 5 * 1024 * 1024:
        return JsonResponse({"error": "gpx file up to 5 MB required"}, status=400)
    try:
        parsed = parse_gpx(upload.read())
    except (etree.XMLSyntaxError, ValueError, TypeError):
        return JsonResponse({"error": "invalid GPX"}, status=422)
    track = Track.objects.create(owner=request.user, name=parsed["name"][:120], points=parsed["points"])
    return JsonResponse({"id": track.pk, "points": len(parsed["points"])}, status=201)
