from fastapi import FastAPI, UploadFile
from feed import import_products

app = FastAPI()


@app.post("/feeds/products")
async def upload_feed(file: UploadFile):
    count = import_products(file.file)
    return {"imported": count}
