import jsonpickle
from django.core import signing

STEPS = ["start", "company", "billing", "done"]


class WizardState:
    def __init__(self, answers=None):
        self.answers = answers or {}

    def record(self, step: str, data: dict) -> None:
        if step in STEPS:
            self.answers[step] = {k: v for k, v in data.items() if k != "csrfmiddlewaretoken"}

    def next_step(self) -> str:
        for step in STEPS:
            if step not in self.answers:
                return step
        return "done"


def serialize_state(state: WizardState) -> str:
    return jsonpickle.encode(state)


def restore_state(raw: str) -> WizardState:
    if not raw:
        return WizardState()
    return jsonpickle.decode(raw)  # cg-expect: CWE-502
