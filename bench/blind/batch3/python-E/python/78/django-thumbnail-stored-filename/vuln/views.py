from django.http import JsonResponse
from django.contrib.auth.decorators import login_required
from .thumbs import ThumbnailService

@login_required
def regenerate(request, photo_id):
    return JsonResponse({"thumb": ThumbnailService().regenerate(photo_id)})
