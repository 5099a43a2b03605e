import xml.etree.ElementTree as ET

from fastapi import FastAPI

app = FastAPI()
CONFIG = ET.parse("/etc/app/features.xml")


@app.get("/features/{name}")
async def feature(name: str):
    node = next((f for f in CONFIG.getroot().iter("feature") if f.get("name") == name), None)
    return {"enabled": node is not None and node.get("enabled") == "true"}
