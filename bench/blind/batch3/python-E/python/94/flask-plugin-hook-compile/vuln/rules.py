import ast

BLOCKED = ("import", "open", "exec", "eval", "__")
ALLOWED_NODES = (ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.Compare, ast.Name, ast.Load,
                 ast.Constant, ast.Eq, ast.NotEq, ast.Gt, ast.GtE, ast.Lt, ast.LtE, ast.In, ast.Tuple)

class RuleEngine:
    def _check(self, rule: str):
        if any(word in rule for word in BLOCKED):
            raise ValueError("forbidden token")
        return compile(rule, "<rule>", "eval")

    def evaluate(self, rule: str, sample: dict) -> bool:
        code = self._check(rule)
        scope = {"__builtins__": {}}
        scope.update(sample)
        return bool(eval(code, scope))  # cg-expect: CWE-94
