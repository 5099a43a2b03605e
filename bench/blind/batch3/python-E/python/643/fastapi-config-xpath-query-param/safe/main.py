from fastapi import FastAPI
from lxml import etree

app = FastAPI()
DOC = etree.parse("/etc/app/features.xml")

def _strip(value: str) -> str:
    return value.replace("'", "").replace('"', "")

@app.get("/features")
async def features(section: str):
    nodes = DOC.xpath("/features/section[@id=$sid]/feature[@enabled='yes']", sid=_strip(section))
    return {"features": [n.get("name") for n in nodes]}
