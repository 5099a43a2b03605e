import os
import bonsai

async def find_by_mail(mail: str):
    client = bonsai.LDAPClient("ldap://ldap.internal.example")
    client.set_credentials("SIMPLE", user=os.environ["LDAP_USER"], password=os.environ["LDAP_PASSWORD"])
    async with client.connect(is_async=True) as conn:
        flt = "(mail=%s)" % bonsai.escape_filter_exp(mail)
        res = await conn.search("ou=staff,dc=example,dc=com", bonsai.LDAPSearchScope.SUB, flt, attrlist=["cn", "mail"])  # value escaped
    return [{"cn": str(e["cn"][0]), "mail": str(e["mail"][0])} for e in res]
