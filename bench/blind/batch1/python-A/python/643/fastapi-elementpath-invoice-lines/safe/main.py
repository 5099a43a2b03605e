from fastapi import Depends, FastAPI, HTTPException

from deps import current_customer
from invoices import invoice_document, lines_matching

app = FastAPI()


@app.get("/invoices/{invoice_no}/lines")
async def invoice_lines(invoice_no: str, product: str = "", customer=Depends(current_customer)):
    doc = invoice_document(invoice_no, customer.id)
    if doc is None:
        raise HTTPException(404, "invoice not found")
    return {"invoice": invoice_no, "lines": lines_matching(doc, product)}
