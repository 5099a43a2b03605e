import json
import pickle

REQUIRED = {"level": int, "score": int, "inventory": list}

class SaveGameService:
    def _validate(self, state) -> dict:
        if not isinstance(state, dict):
            raise ValueError("bad save")
        for key, typ in REQUIRED.items():
            if not isinstance(state.get(key), typ):
                raise ValueError(f"bad field {key}")
        return state

    def load(self, stream) -> dict:
        state = pickle.Unpickler(stream).load()  # cg-expect: CWE-502
        return self._validate(state)
