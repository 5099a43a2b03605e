import ast
import operator

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def evaluate(formula: str, row: dict) -> float:
    return eval(formula, {"__builtins__": {}}, dict(row))  # cg-expect: CWE-94
