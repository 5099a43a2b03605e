import ast
import operator

_ALLOWED_FIELDS = {"amount", "tax", "discount"}
_BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}


def _compile_safe(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return lambda row: node.value
    if isinstance(node, ast.Name) and node.id in _ALLOWED_FIELDS:
        return lambda row: row[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        left, right, op = _compile_safe(node.left), _compile_safe(node.right), _BINOPS[type(node.op)]
        return lambda row: op(left(row), right(row))
    raise ValueError("unsupported column expression")


def build_column(expr: str):
    namespace: dict = {}
    exec(f"def _col(row):\n    amount, tax, discount = row['amount'], row['tax'], row['discount']\n    return {expr}", namespace)  # cg-expect: CWE-94
    return namespace["_col"]
