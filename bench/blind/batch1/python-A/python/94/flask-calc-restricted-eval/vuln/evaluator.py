import math

SAFE_FUNCS = {"sqrt": math.sqrt, "sin": math.sin, "cos": math.cos, "log": math.log, "abs": abs, "round": round}


def evaluate(expr: str, constants: dict) -> float:
    """Evaluate a calculator expression.

    Builtins are removed so that only the whitelisted helpers are reachable.
    """
    if "import" in expr or "__" in expr and "os" in expr:
        raise ValueError("forbidden expression")
    scope = {"__builtins__": {}}
    scope.update(SAFE_FUNCS)
    scope.update(constants)
    return eval(expr, scope)  # cg-expect: CWE-94
