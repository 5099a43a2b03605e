import os

import ldap


def get_connection():
    conn = ldap.initialize(os.environ.get("LDAP_URI", "ldaps://dc01.example.net"))
    conn.set_option(ldap.OPT_REFERRALS, 0)
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    return conn
