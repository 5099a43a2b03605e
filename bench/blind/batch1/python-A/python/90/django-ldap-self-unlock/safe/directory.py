from django.conf import settings
from ldap3 import MODIFY_DELETE, Connection, Server
from ldap3.utils.conv import escape_filter_chars


def _connection() -> Connection:
    server = Server(settings.LDAP_URL, use_ssl=True)
    return Connection(server, settings.LDAP_ADMIN_DN, settings.LDAP_ADMIN_PASSWORD, auto_bind=True)


def unlock_if_identity_matches(username: str, employee_number: str, birth_date: str) -> bool:
    username, employee_number, birth_date = (
        escape_filter_chars(v) for v in (username, employee_number, birth_date)
    )
    identity_filter = (
        "(&(objectClass=inetOrgPerson)"
        f"(uid={username})(employeeNumber={employee_number})(birthDate={birth_date}))"
    )
    with _connection() as conn:
        conn.search(settings.LDAP_PEOPLE_BASE, identity_filter, attributes=["pwdAccountLockedTime"])
        if len(conn.entries) != 1:
            return False
        dn = conn.entries[0].entry_dn
        conn.modify(dn, {"pwdAccountLockedTime": [(MODIFY_DELETE, [])]})
        return conn.result["result"] == 0
