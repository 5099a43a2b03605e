import asyncio

from ldap3.utils.conv import escape_filter_chars

BASE = "ou=staff,dc=example,dc=com"


def _sanitize(value: str) -> str:
    return value.replace("*", "")


def _search(conn, mail: str):
    flt = "(&(objectClass=person)(mail=" + _sanitize(mail) + "))"
    conn.search(BASE, flt, attributes=["cn", "mail", "title"])  # cg-expect: CWE-90
    return [{"cn": str(e.cn), "mail": str(e.mail), "title": str(e.title)} for e in conn.entries]


async def search_by_mail(conn, mail: str):
    return await asyncio.to_thread(_search, conn, mail)
