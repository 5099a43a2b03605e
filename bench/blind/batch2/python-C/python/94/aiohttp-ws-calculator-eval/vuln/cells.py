import ast

BLOCKED = ("import", "open", "exec", "eval")
ALLOWED_NODES = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant,
                 ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow, ast.USub, ast.Mod)


def compute_cell(formula: str):
    formula = formula.lstrip("=")
    if any(word in formula for word in BLOCKED):
        raise ValueError("forbidden")
    return eval(formula)  # cg-expect: CWE-94
