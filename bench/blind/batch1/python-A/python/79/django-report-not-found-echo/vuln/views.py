from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseNotFound
from django.template.loader import render_to_string

from .reports import REPORTS


@login_required
def run_report(request):
    name = request.GET.get("name", "")
    report = REPORTS.get(name)
    if report is None:
        return HttpResponseNotFound(  # cg-expect: CWE-79
            f"<h2>Unknown report</h2><p>There is no report called <code>{name}</code>. "
            f"Available: {', '.join(sorted(REPORTS))}</p>"
        )
    rows = report(request.user)
    return HttpResponse(render_to_string("reports/table.html", {"name": name, "rows": rows}))
