import json

import jsonpickle


def restore_state(raw: str) -> dict:
    state = json.loads(raw)
    if not isinstance(state, dict) or "job_id" not in state:
        raise ValueError("bad state")
    state["offset"] = int(state.get("offset", 0))
    return state
