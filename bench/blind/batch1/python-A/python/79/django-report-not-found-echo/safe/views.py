from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseNotFound
from django.template.loader import render_to_string
from django.utils.html import escape

from .reports import REPORTS


@login_required
def run_report(request):
    name = request.GET.get("name", "")
    report = REPORTS.get(name)
    if report is None:
        return HttpResponseNotFound(
            f"<h2>Unknown report</h2><p>There is no report called <code>{escape(name)}</code>. "
            f"Available: {', '.join(sorted(REPORTS))}</p>"
        )
    rows = report(request.user)
    return HttpResponse(render_to_string("reports/table.html", {"name": name, "rows": rows}))
