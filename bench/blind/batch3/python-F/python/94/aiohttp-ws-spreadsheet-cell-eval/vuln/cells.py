import math

from simpleeval import simple_eval

FUNCTIONS = {"sqrt": math.sqrt, "round": round, "abs": abs, "min": min, "max": max}


def evaluate_cell(formula: str, cells: dict) -> float:
    expr = formula.lstrip("=")
    if "__" in expr or "import" in expr:
        raise ValueError("forbidden expression")
    return eval(expr, {"math": math, **FUNCTIONS}, dict(cells))  # cg-expect: CWE-94
