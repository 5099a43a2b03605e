from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .thumbs import store_upload, make_thumbnail


@require_POST
def upload_image(request):
    upload = request.FILES.get("image")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    stored_path = store_upload(upload)
    thumb = make_thumbnail(stored_path, upload.name, size=request.POST.get("size", "128"))
    return JsonResponse({"thumbnail": thumb})
