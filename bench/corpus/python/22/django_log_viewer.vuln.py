from django.http import HttpResponse

LOG_ROOT = "/var/log/app/"


def _read(path):
    with open(path, encoding="utf-8") as fh:  # cg-expect: CWE-22
        return fh.read()


def view_log(request):
    name = request.GET.get("name", "app.log")
    content = _read(LOG_ROOT + name)
    return HttpResponse(content, content_type="text/plain")
