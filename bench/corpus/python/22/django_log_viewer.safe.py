from django.http import HttpResponse

LOG_ROOT = "/var/log/app/"


def _read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


ALLOWED_LOGS = {"app.log", "worker.log", "access.log"}


def view_log(request):
    name = request.GET.get("name", "app.log")
    if name not in ALLOWED_LOGS:
        return HttpResponse(status=404)
    content = _read(LOG_ROOT + name)
    return HttpResponse(content, content_type="text/plain")
