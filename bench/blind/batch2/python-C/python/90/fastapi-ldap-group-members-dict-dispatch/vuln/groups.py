import os

from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

FILTERS = {
    "team": "(&(objectClass=groupOfNames)(ou=teams)(cn={name}))",
    "project": "(&(objectClass=groupOfNames)(ou=projects)(cn={name}))",
    "mailing": "(&(objectClass=groupOfUniqueNames)(mail={name}@lists.example.com))",
}

_server = Server(os.environ.get("LDAP_URL", "ldaps://ldap.example.com"), use_ssl=True)


def list_members(kind: str, name: str):
    template = FILTERS[kind]
    flt = template.format(name=name)
    with Connection(_server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True) as conn:
        conn.search("dc=example,dc=com", flt, attributes=["member", "uniqueMember"])  # cg-expect: CWE-90
        out = []
        for entry in conn.entries:
            attrs = entry.entry_attributes_as_dict
            out.extend(attrs.get("member", []) + attrs.get("uniqueMember", []))
        return sorted(set(out))
