from fastapi import FastAPI

from routes import router
from settings import settings

app = FastAPI(title="Billing API", debug=settings.debug, docs_url=None)
app.include_router(router)
