from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .models import Photo
from .tasks import make_thumbnail


@login_required
def upload(request):
    f = request.FILES["photo"]
    photo = Photo.objects.create(owner=request.user, original_name=f.name)
    with open(f"/srv/media/originals/{photo.pk}", "wb") as fh:
        for chunk in f.chunks():
            fh.write(chunk)
    return JsonResponse({"id": photo.pk, "thumb": make_thumbnail(photo.pk)})
