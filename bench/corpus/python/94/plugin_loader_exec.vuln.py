import logging

log = logging.getLogger(__name__)


class PluginRunner:
    def __init__(self, namespace=None):
        self.namespace = namespace or {}

    def load(self, source: str, name: str) -> dict:
        log.info("loading plugin %s", name)
        scope = dict(self.namespace)
        exec(source, scope)  # cg-expect: CWE-94
        return scope


def install_from_upload(request):
    code = request.files["plugin"].read().decode("utf-8")
    return PluginRunner().load(code, request.form["name"])
