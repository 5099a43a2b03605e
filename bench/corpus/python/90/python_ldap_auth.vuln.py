import ldap


class DirectoryAuth:
    def __init__(self, uri, base):
        self.uri = uri
        self.base = base

    def groups_of(self, username):
        conn = ldap.initialize(self.uri)
        conn.simple_bind_s()
        query = f"(&(objectClass=groupOfNames)(member=uid={username},{self.base}))"
        results = conn.search_s(self.base, ldap.SCOPE_SUBTREE, query, ["cn"])  # cg-expect: CWE-90
        return [attrs["cn"][0].decode() for _, attrs in results]


def groups_view(request, auth: DirectoryAuth):
    return auth.groups_of(request.GET["user"])
