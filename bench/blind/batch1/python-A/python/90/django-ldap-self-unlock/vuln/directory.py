from django.conf import settings
from ldap3 import MODIFY_DELETE, Connection, Server


def _connection() -> Connection:
    server = Server(settings.LDAP_URL, use_ssl=True)
    return Connection(server, settings.LDAP_ADMIN_DN, settings.LDAP_ADMIN_PASSWORD, auto_bind=True)


def unlock_if_identity_matches(username: str, employee_number: str, birth_date: str) -> bool:
    identity_filter = (
        "(&(objectClass=inetOrgPerson)"
        f"(uid={username})(employeeNumber={employee_number})(birthDate={birth_date}))"
    )
    with _connection() as conn:
        conn.search(settings.LDAP_PEOPLE_BASE, identity_filter, attributes=["pwdAccountLockedTime"])  # cg-expect: CWE-90
        if len(conn.entries) != 1:
            return False
        dn = conn.entries[0].entry_dn
        conn.modify(dn, {"pwdAccountLockedTime": [(MODIFY_DELETE, [])]})
        return conn.result["result"] == 0
