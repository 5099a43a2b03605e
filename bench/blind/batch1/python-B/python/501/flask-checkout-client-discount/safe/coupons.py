from dataclasses import dataclass
from datetime import date

from db import query_one


@dataclass(frozen=True)
class Coupon:
    code: str
    percent: int
    valid_until: date


def lookup_coupon(code: str) -> Coupon | None:
    row = query_one(
        "SELECT code, percent, valid_until FROM coupons WHERE code = %s AND active",
        (code.strip().upper(),),
    )
    if row is None or row["valid_until"] < date.today():
        return None
    return Coupon(row["code"], int(row["percent"]), row["valid_until"])
