from django.http import FileResponse, Http404

from .docs import resolve_document


def view_document(request):
    name = request.GET.get("doc", "")
    path = resolve_document(name)
    if path is None:
        raise Http404("document not found")
    return FileResponse(open(path, "rb"), filename=name.split("/")[-1])
