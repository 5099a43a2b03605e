from django.conf import settings
from ldap3 import SUBTREE, Connection, Server

_server = Server(settings.LDAP_URL, use_ssl=True)


def _or_filter(attr: str, values: list[str]) -> str:
    return "(|" + "".join(f"({attr}={v})" for v in values) + ")"


def lookup_colleagues(emails: list[str], company_ou: str) -> list[dict]:
    base = f"ou={company_ou},{settings.LDAP_PEOPLE_BASE}"
    search_filter = "(&(objectClass=inetOrgPerson)" + _or_filter("mail", emails) + ")"
    conn = Connection(_server, settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD, auto_bind=True)
    try:
        conn.search(  # cg-expect: CWE-90
            search_base=base,
            search_filter=search_filter,
            search_scope=SUBTREE,
            attributes=["displayName", "mail", "title", "manager"],
        )
        return [
            {"name": str(e.displayName), "mail": str(e.mail), "title": str(e.title)}
            for e in conn.entries
        ]
    finally:
        conn.unbind()
