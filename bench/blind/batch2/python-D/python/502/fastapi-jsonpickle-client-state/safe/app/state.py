import base64

import jsonpickle
from pydantic import BaseModel


class WizardState(BaseModel):
    step: int = 0
    answers: dict[str, str] = {}


def encode_state(state: WizardState) -> str:
    return base64.urlsafe_b64encode(state.model_dump_json().encode()).decode()


def decode_state(raw: str) -> WizardState:
    return WizardState.model_validate_json(base64.urlsafe_b64decode(raw).decode())
