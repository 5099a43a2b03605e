from datetime import datetime, timezone

_PROCESSED = set()


def already_processed(event_id: str) -> bool:
    return event_id in _PROCESSED


def mark_processed(event_id: str) -> None:
    _PROCESSED.add(event_id)


def describe(event: dict) -> str:
    ts = datetime.fromtimestamp(event.get("created", 0), tz=timezone.utc)
    return f"{event.get('type', 'unknown')} at {ts.isoformat()}"
