import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import AlertRule, Reading
from .rules import triggered_rules


@login_required
@require_POST
def save_rule(request):
    data = json.loads(request.body)
    rule = AlertRule.objects.create(owner=request.user, label=data["label"][:100],
                                    condition=data["condition"][:300])
    return JsonResponse({"id": rule.pk}, status=201)


@login_required
@require_POST
def ingest(request):
    data = json.loads(request.body)
    reading = Reading.objects.create(owner=request.user, sensor=str(data["sensor"])[:50],
                                     temperature=float(data["temperature"]),
                                     humidity=float(data["humidity"]))
    return JsonResponse({"alerts": triggered_rules(reading)})
