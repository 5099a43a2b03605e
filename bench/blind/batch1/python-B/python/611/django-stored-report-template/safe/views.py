from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from .models import ReportTemplate
from .rendering import LayoutRenderer
from .stats import monthly_context

renderer = LayoutRenderer()


@login_required
def render_report(request, template_id: int):
    tpl = get_object_or_404(ReportTemplate, pk=template_id, owner=request.user)
    context = monthly_context(request.user)
    sections = renderer.sections(tpl.body, context)
    return render(request, "reports/rendered.html", {"template": tpl, "sections": sections})
