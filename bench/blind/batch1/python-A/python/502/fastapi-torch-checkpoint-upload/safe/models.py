import torch
from torch import nn


class SmallClassifier(nn.Module):
    def __init__(self, in_features: int = 64, classes: int = 10):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(in_features, 128), nn.ReLU(), nn.Linear(128, classes))

    def forward(self, x):
        return self.net(x)


def _benchmark_batch():
    gen = torch.Generator().manual_seed(0)
    return torch.randn(256, 64, generator=gen), torch.randint(0, 10, (256,), generator=gen)


def evaluate_state_dict(fileobj) -> dict:
    # weights_only restricts unpickling to tensors and primitive containers
    checkpoint = torch.load(fileobj, map_location="cpu", weights_only=True)
    if not isinstance(checkpoint, dict):
        raise ValueError("checkpoint must be a state dict")
    state = checkpoint.get("state_dict", checkpoint)
    model = SmallClassifier()
    model.load_state_dict(state)
    model.eval()
    x, y = _benchmark_batch()
    with torch.no_grad():
        acc = (model(x).argmax(dim=1) == y).float().mean().item()
    return {"accuracy": acc}
