import datetime as dt

RESETS: dict[str, tuple[str, dt.datetime]] = {}
USERS = {"alice@example.org", "bob@example.org"}


async def save_reset(email: str, code: str) -> bool:
    if email not in USERS:
        return False
    RESETS[email] = (code, dt.datetime.utcnow() + dt.timedelta(minutes=15))
    return True


def send_mail(to: str, body: str) -> None:
    print(f"mail to {to}: {body}")
