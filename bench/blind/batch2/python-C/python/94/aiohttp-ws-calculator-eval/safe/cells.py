import ast

BLOCKED = ("import", "open", "exec", "eval")
ALLOWED_NODES = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant,
                 ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow, ast.USub, ast.Mod)


def compute_cell(formula: str):
    formula = formula.lstrip("=")
    tree = ast.parse(formula, mode="eval")
    if not all(isinstance(n, ALLOWED_NODES) for n in ast.walk(tree)):
        raise ValueError("forbidden")
    if any(isinstance(n, ast.Pow) for n in ast.walk(tree)) and len(formula) > 20:
        raise ValueError("too complex")
    return eval(compile(tree, "<cell>", "eval"), {"__builtins__": {}}, {})
