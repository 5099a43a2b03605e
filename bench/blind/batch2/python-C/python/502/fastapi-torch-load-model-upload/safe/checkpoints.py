import io

import torch


def inspect_checkpoint(data: bytes) -> dict:
    buf = io.BytesIO(data)
    state = torch.load(buf, map_location="cpu", weights_only=True)
    if isinstance(state, dict) and "state_dict" in state:
        state = state["state_dict"]
    if not isinstance(state, dict):
        raise ValueError("checkpoint must contain a state dict")
    layers = []
    total = 0
    for name, tensor in state.items():
        if hasattr(tensor, "numel"):
            total += tensor.numel()
            layers.append({"name": name, "shape": list(tensor.shape)})
    return {"parameters": total, "layers": layers[:200]}
