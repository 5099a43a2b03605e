from lxml import objectify

_parser = objectify.makeparser(remove_blank_text=True, resolve_entities=False, no_network=True)


def load_config(raw: bytes) -> dict:
    root = objectify.fromstring(raw, _parser)
    return {
        "name": str(root.name),
        "timeout": int(root.timeout),
        "endpoints": [str(e) for e in root.endpoints.endpoint],
    }
