from flask import current_app
from ldap3 import Connection, Server, SUBTREE
from ldap3.utils.conv import escape_filter_chars


def _connection() -> Connection:
    cfg = current_app.config
    server = Server(cfg["LDAP_URL"], use_ssl=True)
    return Connection(server, cfg["LDAP_BIND_DN"], cfg["LDAP_BIND_PASSWORD"], auto_bind=True)


def find_people(fragment: str) -> list[dict]:
    search_filter = f"(&(objectClass=inetOrgPerson)(!(employeeType=disabled))(cn=*{fragment}*))"
    conn = _connection()
    try:
        conn.search(  # cg-expect: CWE-90
            current_app.config["LDAP_PEOPLE_BASE"],
            search_filter,
            search_scope=SUBTREE,
            attributes=["cn", "mail", "title", "telephoneNumber"],
            size_limit=50,
        )
        return [
            {"name": str(e.cn), "mail": str(e.mail), "title": str(e.title)}
            for e in conn.entries
        ]
    finally:
        conn.unbind()
