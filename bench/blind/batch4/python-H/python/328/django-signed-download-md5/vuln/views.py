from django.http import FileResponse, HttpResponseForbidden

from .signing import check

def download(request):
    path = request.GET.get("p", "")
    if not path.startswith("reports/") or ".." in path or not check(path, request.GET.get("sig", "")):
        return HttpResponseForbidden()
    return FileResponse(open(f"/srv/files/{path}", "rb"))
