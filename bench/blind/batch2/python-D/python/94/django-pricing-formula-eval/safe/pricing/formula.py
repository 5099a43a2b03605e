import ast
import operator


class FormulaError(ValueError):
    pass


_OPS = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.USub: operator.neg,
}


def _eval_node(node, variables):
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, variables)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in variables:
        return variables[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_eval_node(node.left, variables), _eval_node(node.right, variables))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_eval_node(node.operand, variables))
    raise FormulaError("unsupported expression")


def evaluate(formula: str, variables: dict) -> float:
    if len(formula) > 200:
        raise FormulaError("formula rejected")
    try:
        tree = ast.parse(formula, mode="eval")
        return float(_eval_node(tree, dict(variables)))
    except (SyntaxError, ZeroDivisionError) as exc:
        raise FormulaError(str(exc)) from exc
