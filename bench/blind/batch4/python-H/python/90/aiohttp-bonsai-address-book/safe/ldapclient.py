import bonsai
from bonsai import escape_filter_exp

BASE = "ou=staff,dc=example,dc=com"


async def lookup(client: bonsai.LDAPClient, name: str) -> list[dict]:
    async with client.connect(is_async=True) as conn:
        safe = escape_filter_exp(name)
        res = await conn.search(BASE, bonsai.LDAPSearchScope.SUB, f"(|(cn={safe}*)(mail={safe}*))", ["cn", "mail"])
    return [{"cn": str(e["cn"][0]), "mail": str(e.get("mail", [""])[0])} for e in res[:25]]
