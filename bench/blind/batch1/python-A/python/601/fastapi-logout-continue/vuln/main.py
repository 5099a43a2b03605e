from fastapi import Cookie, FastAPI, Query
from fastapi.responses import RedirectResponse

from sessions import revoke_session

app = FastAPI()


@app.get("/logout")
async def logout(session_id: str | None = Cookie(default=None),
                 continue_url: str = Query("/", alias="continue")):
    if session_id:
        await revoke_session(session_id)
    response = RedirectResponse(url=continue_url, status_code=302)  # cg-expect: CWE-601
    response.delete_cookie("session_id")
    return response
