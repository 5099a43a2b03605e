import argparse

import ldap
from ldap.filter import filter_format


def disable_accounts(conn, team):
    flt = filter_format("(&(objectClass=posixAccount)(departmentNumber=%s))", [team])
    for dn, _ in conn.search_s("ou=people,dc=example,dc=org", ldap.SCOPE_SUBTREE, flt, ["uid"]):
        conn.modify_s(dn, [(ldap.MOD_REPLACE, "loginShell", [b"/usr/sbin/nologin"])])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("team")
    args = parser.parse_args()
    conn = ldap.initialize("ldaps://ldap.internal")
    conn.sasl_external_bind_s()
    disable_accounts(conn, args.team)


if __name__ == "__main__":
    main()
