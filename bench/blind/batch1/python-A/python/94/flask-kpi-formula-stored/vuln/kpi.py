from models import Metric, Sample


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
        namespace = {"max": max, "min": min, "result": None}
        namespace.update(self.values())
        exec(f"result = {metric.formula}", namespace)  # cg-expect: CWE-94
        return float(namespace["result"])

    def dashboard(self) -> dict:
        metrics = Metric.query.filter_by(team_id=self.team_id).all()
        return {m.name: self.compute(m) for m in metrics}
