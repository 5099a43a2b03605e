from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .forms import ProfileForm


@require_POST
def update_profile(request):
    form = ProfileForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    request.user.first_name = form.cleaned_data["display_name"]
    request.user.save(update_fields=["first_name"])
    return JsonResponse({"ok": True})
