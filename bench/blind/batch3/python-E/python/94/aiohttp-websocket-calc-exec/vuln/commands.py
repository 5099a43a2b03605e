import json

STATE = {"counter": 0}

def _incr(n=1):
    STATE["counter"] += int(n)
    return STATE["counter"]

HANDLERS = {"incr": _incr, "get": lambda: STATE["counter"]}

def run_command(text: str) -> dict:
    scope = {"state": STATE}
    exec(text, scope)  # cg-expect: CWE-94
    return {"result": scope.get("result")}
