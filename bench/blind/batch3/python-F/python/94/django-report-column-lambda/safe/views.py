from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .columns import build_column
from .models import Sale


@require_POST
def preview_report(request):
    expr = request.POST.get("column_expr", "amount")
    fn = build_column(expr)
    rows = Sale.objects.values("amount", "tax", "discount")[:100]
    return JsonResponse({"values": [fn(r) for r in rows]})
