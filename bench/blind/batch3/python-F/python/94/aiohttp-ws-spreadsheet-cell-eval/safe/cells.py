import math

from simpleeval import simple_eval

FUNCTIONS = {"sqrt": math.sqrt, "round": round, "abs": abs, "min": min, "max": max}


def evaluate_cell(formula: str, cells: dict) -> float:
    expr = formula.lstrip("=")
    return simple_eval(expr, functions=FUNCTIONS, names=dict(cells))
