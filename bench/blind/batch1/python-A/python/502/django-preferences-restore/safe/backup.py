import base64
import io
import json

FIELDS = ("theme", "language", "timezone", "email_digest", "shortcuts")


def export_preferences(prefs) -> str:
    payload = {f: getattr(prefs, f) for f in FIELDS}
    return base64.b64encode(json.dumps(payload).encode()).decode()


def import_preferences(prefs, uploaded_file) -> None:
    if uploaded_file.size > 64 * 1024:
        raise ValueError("backup file too large")
    raw = base64.b64decode(uploaded_file.read())
    payload = json.load(io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    if not isinstance(payload, dict):
        raise ValueError("not a preferences backup")
    for f in FIELDS:
        if f in payload:
            setattr(prefs, f, payload[f])
    prefs.full_clean()
    prefs.save()
