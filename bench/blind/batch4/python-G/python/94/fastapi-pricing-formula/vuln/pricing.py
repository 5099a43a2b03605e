import ast
import operator

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


class PricingEngine:
    def __init__(self):
        self.vars = {"tax": 0.2, "discount": 0.1}

    def _walk(self, node, base):
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](self._walk(node.left, base), self._walk(node.right, base))
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name):
            if node.id == "base":
                return base
            return self.vars[node.id]
        raise ValueError("unsupported expression")

    def apply(self, formula: str, base: float) -> float:
        scope = dict(self.vars, base=base)
        return float(eval(formula, {"__builtins__": {}}, scope))  # cg-expect: CWE-94
