from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Coupon:
    code: str
    percent_off: int
    expires: date


_COUPONS = {
    "WELCOME10": Coupon("WELCOME10", 10, date(2027, 12, 31)),
    "SPRING15": Coupon("SPRING15", 15, date(2027, 5, 31)),
}


async def lookup_coupon(code: str) -> Coupon | None:
    coupon = _COUPONS.get(code.strip().upper())
    if coupon and coupon.expires >= date.today():
        return coupon
    return None
