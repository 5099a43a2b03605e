from dataclasses import dataclass, field


@dataclass
class Step:
    name: str
    run: str
    env: dict = field(default_factory=dict)


def to_steps(pipeline: dict) -> list[Step]:
    steps = []
    for i, raw in enumerate(pipeline["steps"]):
        steps.append(Step(name=str(raw.get("name", f"step-{i}")), run=str(raw["run"]), env=dict(raw.get("env", {}))))
    return steps
