from fastapi import Depends, FastAPI, Header, HTTPException

from groups import is_member

app = FastAPI()


def require_admin(x_forwarded_user: str = Header(...)):
    if not is_member(x_forwarded_user, "cn=admins,ou=groups,dc=corp,dc=example"):
        raise HTTPException(status_code=403)
    return x_forwarded_user


@app.get("/admin/audit-log")
def audit_log(user: str = Depends(require_admin)):
    return {"viewer": user, "entries": []}
