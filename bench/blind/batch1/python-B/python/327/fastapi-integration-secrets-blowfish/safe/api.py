from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field, SecretStr

from deps import current_tenant, get_db
from vault import vault

router = APIRouter(prefix="/integrations")


class IntegrationIn(BaseModel):
    provider: str = Field(pattern="^(slack|github|pagerduty)$")
    api_token: SecretStr
    label: str = ""


@router.put("/{provider}")
async def save_integration(provider: str, body: IntegrationIn,
                           tenant=Depends(current_tenant), db=Depends(get_db)):
    sealed = vault.seal(body.api_token.get_secret_value())
    await db.execute(
        "INSERT INTO integrations (tenant_id, provider, label, token_enc) VALUES ($1, $2, $3, $4) "
        "ON CONFLICT (tenant_id, provider) DO UPDATE SET token_enc = EXCLUDED.token_enc, label = EXCLUDED.label",
        tenant.id, provider, body.label, sealed,
    )
    return {"provider": provider, "stored": True}


@router.get("/{provider}/test")
async def test_integration(provider: str, tenant=Depends(current_tenant), db=Depends(get_db)):
    row = await db.fetchrow(
        "SELECT token_enc FROM integrations WHERE tenant_id = $1 AND provider = $2", tenant.id, provider
    )
    token = vault.open(row["token_enc"]) if row else None
    return {"configured": token is not None, "token_suffix": token[-4:] if token else None}
