import ast
import operator

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}

class PriceCalculator:
    def __init__(self, base: float):
        self.base = base

    def _walk(self, node):
        if isinstance(node, ast.Expression):
            return self._walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name) and node.id == "base":
            return self.base
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](self._walk(node.left), self._walk(node.right))
        raise ValueError("unsupported expression")

    def apply(self, formula: str) -> float:
        tree = ast.parse(formula, mode="eval")
        return self._walk(tree)
