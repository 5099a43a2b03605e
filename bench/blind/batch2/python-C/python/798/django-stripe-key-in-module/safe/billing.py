import os

import stripe

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]

CURRENCY = "eur"


def create_checkout(order_id: int, amount_cents: int, success_url: str, cancel_url: str) -> str:
    session = stripe.checkout.Session.create(
        mode="payment",
        line_items=[{
            "price_data": {"currency": CURRENCY, "unit_amount": amount_cents, "product_data": {"name": f"Order #{order_id}"}},
            "quantity": 1,
        }],
        success_url=success_url,
        cancel_url=cancel_url,
        metadata={"order_id": str(order_id)},
    )
    return session.url
