from fastapi import Body, FastAPI, HTTPException

from rules import RuleSet, load_rules

app = FastAPI()
ACTIVE: dict[str, RuleSet] = {}


@app.put("/tenants/{tenant}/alert-rules", status_code=204)
async def replace_rules(tenant: str, document: str = Body(..., media_type="application/yaml")):
    try:
        ACTIVE[tenant] = load_rules(document)
    except ValueError as exc:
        raise HTTPException(422, str(exc))


@app.get("/tenants/{tenant}/alert-rules")
async def get_rules(tenant: str):
    ruleset = ACTIVE.get(tenant)
    if ruleset is None:
        raise HTTPException(404)
    return {"rules": ruleset.rules}
