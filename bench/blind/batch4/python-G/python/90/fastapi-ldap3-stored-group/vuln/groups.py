from ldap3 import Server, Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars

_server = Server("ldaps://ldap.corp.example.com")


def members_of(team: str) -> list[str]:
    conn = Connection(_server, auto_bind=True)
    flt = "(&(objectClass=groupOfNames)(cn=" + team + "))"
    conn.search(  # cg-expect: CWE-90
        "ou=groups,dc=corp,dc=example,dc=com",
        flt,
        SUBTREE,
        attributes=["member"],
    )
    out = []
    for entry in conn.entries:
        out.extend(str(m) for m in entry.member.values)
    conn.unbind()
    return out
