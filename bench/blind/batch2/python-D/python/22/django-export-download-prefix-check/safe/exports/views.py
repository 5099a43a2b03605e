from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from .paths import BadExportPath, export_path


@login_required
def download_export(request):
    name = request.GET.get("file", "")
    try:
        path = export_path(request.user.account_id, name)
        handle = open(path, "rb")
    except (BadExportPath, FileNotFoundError, IsADirectoryError):
        raise Http404("no such export")
    return FileResponse(handle, as_attachment=True, filename=name.rsplit("/", 1)[-1])
