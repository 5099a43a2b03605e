from fastapi import APIRouter, Depends, HTTPException

from .store import ReportStore, get_store
from .xmlquery import extract_values

router = APIRouter()


@router.get("/reports/{report_id}/run")
async def run_report(report_id: int, store: ReportStore = Depends(get_store)):
    report = await store.get(report_id)
    if report is None:
        raise HTTPException(404)
    xml_bytes = await store.invoice_xml(report.invoice_id)
    return {"report": report.name, "values": extract_values(xml_bytes, report.customer_ref)}
