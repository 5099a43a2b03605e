import operator

COMPARATORS = {">": operator.gt, "<": operator.lt, ">=": operator.ge, "<=": operator.le, "==": operator.eq}


class RuleBook:
    def __init__(self):
        self._rules = {}

    def add(self, name: str, condition: str) -> None:
        src = f"def _rule(m):\n    return bool({condition})\n"
        namespace = {}
        exec(compile(src, f"<rule {name}>", "exec"), namespace)  # cg-expect: CWE-94
        self._rules[name] = namespace["_rule"]

    def names(self):
        return sorted(self._rules)

    def match(self, metrics: dict):
        return [n for n, fn in self._rules.items() if fn(metrics)]
