import argparse

import ldap


def disable_accounts(conn, team):
    flt = "(&(objectClass=posixAccount)(departmentNumber=" + team + "))"
    for dn, _ in conn.search_s("ou=people,dc=example,dc=org", ldap.SCOPE_SUBTREE, flt, ["uid"]):  # cg-expect: CWE-90
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
