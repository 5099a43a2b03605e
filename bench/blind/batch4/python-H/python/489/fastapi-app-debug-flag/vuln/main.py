from fastapi import FastAPI

from routes import router
from settings import settings

app = FastAPI(title="Billing API", debug=True, docs_url=None)  # cg-expect: CWE-489
app.include_router(router)
