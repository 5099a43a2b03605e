from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .media import save_upload, make_thumbnail


@require_POST
def upload_image(request):
    f = request.FILES.get("image")
    if f is None:
        return JsonResponse({"error": "no file"}, status=400)
    stored = save_upload(f)
    thumb = make_thumbnail(stored, f.name)
    return JsonResponse({"file": stored, "thumb": thumb})
