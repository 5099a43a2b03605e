from fastapi import FastAPI
from lxml import etree

app = FastAPI()
DOC = etree.parse("/etc/app/features.xml")

def _strip(value: str) -> str:
    return value.replace("'", "").replace('"', "")

@app.get("/features")
async def features(section: str):
    nodes = DOC.xpath("/features/section[@id=" + _strip(section) + "]/feature[@enabled='yes']")  # cg-expect: CWE-643
    return {"features": [n.get("name") for n in nodes]}
