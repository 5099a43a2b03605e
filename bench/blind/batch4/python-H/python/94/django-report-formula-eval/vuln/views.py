from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .calc import evaluate
from .models import SavedReport

SAMPLE_ROWS = [{"revenue": 1200, "cost": 800}, {"revenue": 900, "cost": 950}]


@login_required
def run_report(request, report_id):
    report = get_object_or_404(SavedReport, pk=report_id, owner=request.user)
    values = [evaluate(report.formula, row) for row in SAMPLE_ROWS]
    return JsonResponse({"title": report.title, "values": values})
