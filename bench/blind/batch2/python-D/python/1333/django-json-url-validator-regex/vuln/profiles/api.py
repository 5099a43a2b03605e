import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_http_methods

from .validators import valid_website


@login_required
@require_http_methods(["PATCH"])
def update_profile(request):
    data = json.loads(request.body or b"{}")
    profile = request.user.profile
    if "website" in data:
        website = str(data["website"]).strip()
        if website and not valid_website(website):
            return JsonResponse({"error": "invalid website"}, status=400)
        profile.website = website
    if "headline" in data:
        profile.headline = str(data["headline"])[:140]
    profile.save()
    return JsonResponse({"website": profile.website, "headline": profile.headline})
