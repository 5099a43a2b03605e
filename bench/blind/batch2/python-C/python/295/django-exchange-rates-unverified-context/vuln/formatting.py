from decimal import ROUND_HALF_UP, Decimal

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}


def format_amount(amount: Decimal, currency: str) -> str:
    q = Decimal("1") if currency == "JPY" else Decimal("0.01")
    value = amount.quantize(q, rounding=ROUND_HALF_UP)
    return f"{SYMBOLS.get(currency, currency + ' ')}{value:,}"
