from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .exporter import ReportExporter


@require_POST
def export_reports(request):
    name = request.POST.get("archive_name", "reports")
    exporter = ReportExporter(user_id=request.user.id)
    try:
        path = exporter.build_archive(name)
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"archive": path})
