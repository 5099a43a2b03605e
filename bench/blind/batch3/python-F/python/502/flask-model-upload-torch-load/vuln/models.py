import torch


def load_checkpoint(path: str) -> dict:
    state = torch.load(path, map_location="cpu", weights_only=False)  # cg-expect: CWE-502
    tensors = {k: tuple(v.shape) for k, v in state.items() if hasattr(v, "shape")}
    return {"tensors": len(tensors), "params": sum(int(torch.tensor(s).prod()) for s in tensors.values())}
