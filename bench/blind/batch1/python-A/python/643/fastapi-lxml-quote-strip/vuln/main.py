from fastapi import FastAPI, HTTPException, Query

from store import PolicyStore

app = FastAPI(title="policy-docs")
store = PolicyStore("/srv/policies/handbook.xml")


def clean(term: str) -> str:
    """Remove apostrophes so the term cannot terminate the XPath string literal."""
    return term.replace("'", "")


@app.get("/handbook/sections")
async def sections(keyword: str = Query(..., min_length=3, max_length=100)):
    hits = store.sections_with_keyword(clean(keyword))
    if not hits:
        raise HTTPException(404, "no matching sections")
    return {"keyword": keyword, "sections": hits}
