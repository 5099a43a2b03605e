from fastapi import FastAPI, Header

from flags import flag_value

app = FastAPI()


@app.get("/tenants/{tenant}/flag")
async def get_flag(tenant: str, x_feature: str = Header(...)):
    return {"tenant": tenant, "feature": x_feature, "value": flag_value(tenant, x_feature)}
