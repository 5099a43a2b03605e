from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from auth import require_admin
from importer import import_devices

router = APIRouter(prefix="/admin/inventory", dependencies=[Depends(require_admin)])


@router.post("/import")
async def import_inventory(export: UploadFile = File(...)):
    if export.content_type not in ("application/xml", "text/xml"):
        raise HTTPException(415, "expected an XML export")
    created, skipped = await import_devices(export)
    return {"created": created, "skipped": skipped}
