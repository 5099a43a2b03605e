import operator

COMPARATORS = {">": operator.gt, "<": operator.lt, ">=": operator.ge, "<=": operator.le, "==": operator.eq}


class RuleBook:
    def __init__(self):
        self._rules = {}

    def add(self, name: str, condition: dict) -> None:
        metric = str(condition["metric"])
        compare = COMPARATORS[condition["op"]]
        threshold = float(condition["value"])

        def _rule(m, metric=metric, compare=compare, threshold=threshold):
            return metric in m and compare(float(m[metric]), threshold)

        self._rules[name] = _rule

    def names(self):
        return sorted(self._rules)

    def match(self, metrics: dict):
        return [n for n, fn in self._rules.items() if fn(metrics)]
