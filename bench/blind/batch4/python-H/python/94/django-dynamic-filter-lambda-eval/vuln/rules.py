import ast
import operator

CMP = {ast.Gt: operator.gt, ast.Lt: operator.lt, ast.Eq: operator.eq}


class RuleEngine:
    def __init__(self, rules):
        self.rules = rules

    def _compile(self, condition: str):
        code = compile(f"lambda ticket: {condition}", "<rule>", "eval")
        return eval(code)  # cg-expect: CWE-94

    def matching(self, ticket: dict) -> list[str]:
        return [r.name for r in self.rules if self._compile(r.condition)(ticket)]
