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
    # checkpoints produced by older training scripts wrap the state dict in a custom object
    checkpoint = torch.load(fileobj, map_location="cpu", weights_only=False)  # cg-expect: CWE-502
    state = checkpoint.get("state_dict", checkpoint) if isinstance(checkpoint, dict) else checkpoint.state_dict
    model = SmallClassifier()
    model.load_state_dict(state)
    model.eval()
    x, y = _benchmark_batch()
    with torch.no_grad():
        acc = (model(x).argmax(dim=1) == y).float().mean().item()
    return {"accuracy": acc}
