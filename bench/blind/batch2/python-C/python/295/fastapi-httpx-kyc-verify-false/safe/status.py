from fastapi import APIRouter, HTTPException

router = APIRouter()

_STATUSES = {}


def record_status(reference: str, status: str) -> None:
    _STATUSES[reference] = status


@router.get("/kyc/documents/{reference}")
async def document_status(reference: str):
    status = _STATUSES.get(reference)
    if status is None:
        raise HTTPException(status_code=404)
    return {"reference": reference, "status": status}
