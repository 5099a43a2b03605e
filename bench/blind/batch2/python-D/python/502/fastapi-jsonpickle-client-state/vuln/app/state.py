import base64

import jsonpickle
from pydantic import BaseModel


class WizardState(BaseModel):
    step: int = 0
    answers: dict[str, str] = {}


def encode_state(state: WizardState) -> str:
    return base64.urlsafe_b64encode(jsonpickle.encode(state).encode()).decode()


def decode_state(raw: str) -> WizardState:
    obj = jsonpickle.decode(base64.urlsafe_b64decode(raw).decode())  # cg-expect: CWE-502
    if not isinstance(obj, WizardState):
        raise ValueError("unexpected state type")
    return obj
