import ast
import operator


class FormulaError(ValueError):
    pass


def evaluate(formula: str, variables: dict) -> float:
    if len(formula) > 200 or "import" in formula:
        raise FormulaError("formula rejected")
    try:
        return float(eval(formula, {"__builtins__": {}}, dict(variables)))  # cg-expect: CWE-94
    except Exception as exc:
        raise FormulaError(str(exc)) from exc
