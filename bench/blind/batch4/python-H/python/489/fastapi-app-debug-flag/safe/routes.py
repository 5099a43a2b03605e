from fastapi import APIRouter

router = APIRouter()


@router.get("/invoices/{invoice_id}")
async def get_invoice(invoice_id: int):
    return {"id": invoice_id, "status": "open"}
