from fastapi import FastAPI, Header

from i18n import load_messages

app = FastAPI()


@app.get("/i18n/messages")
async def messages(x_locale: str = Header(default="en")):
    return {"locale": x_locale, "messages": load_messages(x_locale)}
