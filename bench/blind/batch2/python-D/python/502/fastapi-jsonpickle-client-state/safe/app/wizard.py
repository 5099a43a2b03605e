from fastapi import APIRouter, Header, HTTPException
from pydantic import ValidationError

from .state import WizardState, decode_state, encode_state

router = APIRouter()


@router.post("/wizard/next")
async def wizard_next(x_wizard_state: str = Header("")):
    try:
        state = decode_state(x_wizard_state) if x_wizard_state else WizardState()
    except (ValueError, ValidationError):
        raise HTTPException(status_code=400, detail="bad state")
    state.step = min(state.step + 1, 5)
    return {"step": state.step, "state": encode_state(state)}
