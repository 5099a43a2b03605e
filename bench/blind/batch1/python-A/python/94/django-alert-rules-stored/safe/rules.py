import operator
import re

from .models import AlertRule

_OPS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne}
_CLAUSE = re.compile(r"\s*(temperature|humidity)\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?)\s*")


def _check_clause(clause: str, context: dict) -> bool:
    m = _CLAUSE.fullmatch(clause)
    if m is None:
        raise ValueError(f"unsupported condition: {clause!r}")
    field, op, number = m.groups()
    return _OPS[op](context[field], float(number))


def rule_matches(rule: AlertRule, reading) -> bool:
    context = {
        "temperature": reading.temperature,
        "humidity": reading.humidity,
        "sensor": reading.sensor,
    }
    # conditions are a conjunction of simple comparisons: "temperature > 30 and humidity < 40"
    return all(_check_clause(c, context) for c in rule.condition.split(" and "))


def triggered_rules(reading) -> list[str]:
    rules = AlertRule.objects.filter(owner=reading.owner, enabled=True)
    return [r.label for r in rules if rule_matches(r, reading)]
