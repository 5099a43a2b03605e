import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .formula import evaluate, FormulaError


@login_required
@require_POST
def preview_price(request):
    body = json.loads(request.body or b"{}")
    formula = body.get("formula", "")
    variables = {"base": float(body.get("base", 0)), "qty": int(body.get("qty", 1))}
    try:
        price = evaluate(formula, variables)
    except FormulaError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"price": round(price, 2)})
