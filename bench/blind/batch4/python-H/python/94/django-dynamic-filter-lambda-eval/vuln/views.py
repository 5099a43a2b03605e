import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import AutomationRule
from .rules import RuleEngine


@require_POST
def triage(request):
    ticket = json.loads(request.body)
    engine = RuleEngine(AutomationRule.objects.filter(workspace=request.user.workspace))
    return JsonResponse({"rules": engine.matching(ticket)})
