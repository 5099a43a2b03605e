import io
import torch


def inspect_checkpoint(stream) -> dict:
    buf = io.BytesIO(stream.read())
    state = torch.load(buf, map_location="cpu", weights_only=True)
    if not isinstance(state, dict):
        return {"error": "expected a state dict"}
    layers = {k: list(v.shape) for k, v in state.items() if hasattr(v, "shape")}
    return {"layers": len(layers), "params": sum(int(torch.tensor(s).prod()) for s in layers.values())}
