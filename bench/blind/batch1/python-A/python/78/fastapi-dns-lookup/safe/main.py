import asyncio
import re

from fastapi import FastAPI, HTTPException, Query

app = FastAPI(title="netops-toolbox")

RECORD_TYPES = {"A", "AAAA", "MX", "TXT", "NS", "CNAME"}
DOMAIN_RE = re.compile(r"(?=.{1,253}$)([A-Za-z0-9_]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9][A-Za-z0-9-]{0,62}\.?")


async def run_dig(domain: str, rtype: str) -> str:
    if not DOMAIN_RE.fullmatch(domain):
        raise HTTPException(400, "invalid domain")
    proc = await asyncio.create_subprocess_exec(
        "dig", "+short", domain, rtype,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout=10)
    except asyncio.TimeoutError:
        proc.kill()
        raise HTTPException(504, "lookup timed out")
    return out.decode()


@app.get("/dns/{domain}")
async def lookup(domain: str, rtype: str = Query("A")):
    rtype = rtype.upper()
    if rtype not in RECORD_TYPES:
        raise HTTPException(400, "unsupported record type")
    answer = await run_dig(domain, rtype)
    return {"domain": domain, "type": rtype, "records": answer.split()}
