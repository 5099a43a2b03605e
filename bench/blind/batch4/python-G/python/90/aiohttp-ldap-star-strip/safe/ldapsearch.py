import os
from ldap3 import Server, Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars

SERVER = Server(os.environ.get("LDAP_URL", "ldaps://ldap.internal"))


def find_by_mail(mail: str) -> list[dict]:
    cleaned = escape_filter_chars(mail)
    with Connection(SERVER, os.environ["LDAP_USER"], os.environ["LDAP_PASS"], auto_bind=True) as c:
        c.search("dc=corp,dc=local", f"(&(mail={cleaned})(!(userAccountControl=514)))", SUBTREE,
                 attributes=["displayName", "telephoneNumber"])
        return [e.entry_attributes_as_dict for e in c.entries]
