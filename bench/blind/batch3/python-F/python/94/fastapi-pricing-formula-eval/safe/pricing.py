import ast
import operator

_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


def _walk(node, names):
    if isinstance(node, ast.Expression):
        return _walk(node.body, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_walk(node.left, names), _walk(node.right, names))
    raise ValueError("unsupported expression")


def compute_price(formula: str, base: float, quantity: int) -> float:
    names = {"base": base, "quantity": quantity}
    tree = ast.parse(formula, mode="eval")
    return float(_walk(tree, names))
