import json

STATE = {"counter": 0}

def _incr(n=1):
    STATE["counter"] += int(n)
    return STATE["counter"]

HANDLERS = {"incr": _incr, "get": lambda: STATE["counter"]}

def run_command(text: str) -> dict:
    msg = json.loads(text)
    fn = HANDLERS.get(msg.get("op"))
    if fn is None:
        return {"error": "unknown op"}
    return {"result": fn(*msg.get("args", [])[:1])}
