from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from .exporter import ReportExporter
from .models import SavedReport


@login_required
def export_report(request, report_id):
    if not SavedReport.objects.filter(pk=report_id, owner=request.user).exists():
        raise Http404
    path = ReportExporter(report_id).export()
    return FileResponse(open(path, "rb"), as_attachment=True)
