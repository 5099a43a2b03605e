async def charge(customer_id: int, amount: float) -> None:
    if amount <= 0:
        raise ValueError("nothing to charge")
    # hand off to the payment provider queue
    print(f"charge customer={customer_id} amount={amount:.2f}")
