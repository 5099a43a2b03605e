import io

import joblib

MODEL_REGISTRY = {"default": "/srv/models/default.joblib", "churn": "/srv/models/churn.joblib"}


async def load_model(name: str, upload=None):
    path = MODEL_REGISTRY.get(name)
    return joblib.load(path) if path else None
