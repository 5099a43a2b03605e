import yaml

ALLOWED_KEYS = {"theme", "timezone", "notifications", "language"}


def parse_preferences(raw: bytes) -> dict:
    data = yaml.load(raw, Loader=yaml.Loader)  # cg-expect: CWE-502
    if not isinstance(data, dict):
        raise ValueError("expected a mapping")
    return {k: v for k, v in data.items() if k in ALLOWED_KEYS}
