import ast

BLOCKED = ("import", "open", "exec", "eval", "__")
ALLOWED_NODES = (ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.Compare, ast.Name, ast.Load,
                 ast.Constant, ast.Eq, ast.NotEq, ast.Gt, ast.GtE, ast.Lt, ast.LtE, ast.In, ast.Tuple)

class RuleEngine:
    def _check(self, rule: str):
        tree = ast.parse(rule, mode="eval")
        for node in ast.walk(tree):
            if not isinstance(node, ALLOWED_NODES):
                raise ValueError(f"forbidden syntax: {type(node).__name__}")
        return compile(tree, "<rule>", "eval")

    def evaluate(self, rule: str, sample: dict) -> bool:
        code = self._check(rule)
        scope = {"__builtins__": {}}
        scope.update(sample)
        return bool(eval(code, scope))
