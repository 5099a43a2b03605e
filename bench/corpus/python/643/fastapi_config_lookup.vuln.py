import xml.etree.ElementTree as ET

from fastapi import FastAPI

app = FastAPI()
CONFIG = ET.parse("/etc/app/features.xml")


@app.get("/features/{name}")
async def feature(name: str):
    query = "./feature[@name='%s']" % name
    node = CONFIG.getroot().find(query)  # cg-expect: CWE-643
    return {"enabled": node is not None and node.get("enabled") == "true"}
