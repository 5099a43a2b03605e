from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .importer import parse_preferences


@login_required
@require_POST
def import_preferences(request):
    upload = request.FILES.get("prefs")
    if upload is None or upload.size > 64_000:
        return JsonResponse({"error": "missing or too large"}, status=400)
    try:
        prefs = parse_preferences(upload.read())
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    request.user.profile.preferences = prefs
    request.user.profile.save(update_fields=["preferences"])
    return JsonResponse({"imported": sorted(prefs)})
