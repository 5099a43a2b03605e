from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from redirects import pick_return_url

app = FastAPI()


@app.get("/oauth/callback")
async def oauth_callback(request: Request, code: str):
    # token exchange omitted for brevity
    target = pick_return_url(request.cookies.get("return_to", "/"))
    resp = RedirectResponse(target, status_code=303)  # cg-expect: CWE-601
    resp.delete_cookie("return_to")
    return resp
