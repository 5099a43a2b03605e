import os

from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars


class Directory:
    FILTER = "(&(objectClass=person)(mail={mail})(!(nsAccountLock=TRUE)))"

    def __init__(self):
        self.server = Server(os.environ.get("LDAP_URL", "ldaps://ldap.example.org"))

    def find_by_mail(self, mail: str):
        conn = Connection(self.server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
        flt = self.FILTER.format(mail=escape_filter_chars(mail))
        conn.search("dc=example,dc=org", flt, attributes=["uid"], size_limit=2)
        dn = conn.entries[0].entry_dn if len(conn.entries) == 1 else None
        conn.unbind()
        return dn

    def queue_reset(self, dn: str) -> None:
        print("queue reset for", dn)
