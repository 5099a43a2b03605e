import os

import stripe
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from deps import current_account

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]

router = APIRouter(prefix="/billing")

PRICES = {"starter": "price_1NqStarterMonthly", "team": "price_1NqTeamMonthly"}


class CheckoutRequest(BaseModel):
    plan: str
    seats: int = 1


@router.post("/checkout-session")
async def create_checkout(body: CheckoutRequest, account=Depends(current_account)):
    price = PRICES.get(body.plan)
    if price is None or not 1 <= body.seats <= 500:
        raise HTTPException(400, "invalid plan or seat count")
    session = stripe.checkout.Session.create(
        mode="subscription",
        customer=account.stripe_customer_id,
        line_items=[{"price": price, "quantity": body.seats}],
        success_url="https://app.example.com/billing/success?session_id={CHECKOUT_SESSION_ID}",
        cancel_url="https://app.example.com/billing",
    )
    return {"url": session.url}


@router.get("/invoices")
async def invoices(account=Depends(current_account)):
    result = stripe.Invoice.list(customer=account.stripe_customer_id, limit=12)
    return [{"id": i.id, "total": i.total, "status": i.status} for i in result.data]
