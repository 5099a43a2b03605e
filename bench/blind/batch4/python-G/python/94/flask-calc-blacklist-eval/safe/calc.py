import ast
import math
import operator

BLOCKED = ("import", "open", "exec", "eval", "os", "sys")
BIN = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
       ast.Div: operator.truediv, ast.Pow: operator.pow}
FUNCS = {"sqrt": math.sqrt, "log": math.log}


def _ev(n):
    if isinstance(n, ast.Constant) and isinstance(n.value, (int, float)):
        return n.value
    if isinstance(n, ast.BinOp) and type(n.op) in BIN:
        return BIN[type(n.op)](_ev(n.left), _ev(n.right))
    if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub):
        return -_ev(n.operand)
    if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in FUNCS:
        return FUNCS[n.func.id](*[_ev(a) for a in n.args])
    raise ValueError("unsupported")


def evaluate(expr: str) -> float:
    if len(expr) > 200 or any(b in expr for b in BLOCKED):
        raise ValueError("blocked")
    return _ev(ast.parse(expr, mode="eval").body)
