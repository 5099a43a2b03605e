import ast
import operator

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def evaluate(formula: str, row: dict) -> float:
    tree = ast.parse(formula, mode="eval")
    return _walk(tree.body, row)


def _walk(node, row):
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_walk(node.left, row), _walk(node.right, row))
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in row:
        return float(row[node.id])
    raise ValueError("unsupported expression")
