from html import escape

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

from mailing import unsubscribe

app = FastAPI()

PAGE = """<!doctype html>
<html><head><title>Unsubscribed</title></head>
<body>
  <h1>You're unsubscribed</h1>
  <p>{email} will no longer receive the <em>{list_name}</em> newsletter.</p>
</body></html>"""


@app.get("/unsubscribe", response_class=HTMLResponse)
async def unsubscribe_page(email: str = Query(...), list_name: str = Query("weekly", alias="list"),
                           token: str = Query(...)):
    await unsubscribe(email, list_name, token)
    return HTMLResponse(PAGE.format(email=escape(email), list_name=escape(list_name)))
