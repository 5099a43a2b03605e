from fastapi import FastAPI, Request
from xmlutil import make_parser
from lxml import etree

app = FastAPI()
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}

@app.post("/sitemaps/import")
async def import_sitemap(request: Request):
    body = await request.body()
    root = etree.fromstring(body, make_parser())  # cg-expect: CWE-611
    return {"urls": [loc.text for loc in root.findall("sm:url/sm:loc", NS)]}
