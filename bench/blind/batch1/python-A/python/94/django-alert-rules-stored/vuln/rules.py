from .models import AlertRule


def rule_matches(rule: AlertRule, reading) -> bool:
    context = {
        "temperature": reading.temperature,
        "humidity": reading.humidity,
        "sensor": reading.sensor,
    }
    return bool(eval(rule.condition, {"__builtins__": None}, context))  # cg-expect: CWE-94


def triggered_rules(reading) -> list[str]:
    rules = AlertRule.objects.filter(owner=reading.owner, enabled=True)
    return [r.label for r in rules if rule_matches(r, reading)]
