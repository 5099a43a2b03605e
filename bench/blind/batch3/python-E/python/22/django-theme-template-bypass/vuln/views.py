from django.http import FileResponse, Http404
from .themes import theme_file

def theme_css(request):
    path = theme_file(request.GET.get("theme", "default"))
    if path is None:
        raise Http404()
    return FileResponse(open(path, "rb"), content_type="text/css")  # cg-expect: CWE-22
