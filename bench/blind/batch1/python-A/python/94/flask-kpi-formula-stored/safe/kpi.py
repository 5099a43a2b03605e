import ast
import operator

from models import Metric, Sample

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
_FUNCS = {"max": max, "min": min}


def _eval_formula(formula: str, names: dict) -> float:
    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name):
            return names.get(node.id, 0.0)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](walk(node.left), walk(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -walk(node.operand)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCS:
            return _FUNCS[node.func.id](*(walk(a) for a in node.args))
        raise ValueError("unsupported element in formula")

    return walk(ast.parse(formula, mode="eval"))


class KpiCalculator:
    def __init__(self, team_id: int):
        self.team_id = team_id
        self._values = None

    def values(self) -> dict:
        if self._values is None:
            rows = Sample.query.filter_by(team_id=self.team_id).all()
            self._values = {r.key: r.value for r in rows}
        return self._values

    def compute(self, metric: Metric) -> float:
        return float(_eval_formula(metric.formula, self.values()))

    def dashboard(self) -> dict:
        metrics = Metric.query.filter_by(team_id=self.team_id).all()
        return {m.name: self.compute(m) for m in metrics}
