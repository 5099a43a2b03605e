from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import StreamingResponse

from auth import current_org
from exports import open_export

app = FastAPI()


@app.get("/exports/{org_slug}/{filename:path}")
async def download_export(org_slug: str, filename: str, org=Depends(current_org)):
    if org.slug != org_slug:
        raise HTTPException(403)
    try:
        fh = open_export(org.slug, filename)
    except PermissionError:
        raise HTTPException(403, "outside export folder")
    except FileNotFoundError:
        raise HTTPException(404)
    return StreamingResponse(fh, media_type="text/csv",
                             headers={"Content-Disposition": f'attachment; filename="{org.slug}.csv"'})
