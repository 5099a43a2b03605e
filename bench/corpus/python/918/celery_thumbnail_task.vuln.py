import requests
from celery import shared_task

from .models import Upload


@shared_task
def fetch_remote_thumbnail(upload_id):
    upload = Upload.objects.get(pk=upload_id)
    source = upload.remote_url
    data = requests.get(source, timeout=15).content  # cg-expect: CWE-918
    upload.thumbnail.save(f"{upload_id}.png", data)


def create_upload(request):
    upload = Upload.objects.create(owner=request.user, remote_url=request.POST["remote_url"])
    fetch_remote_thumbnail.delay(upload.pk)
    return upload
