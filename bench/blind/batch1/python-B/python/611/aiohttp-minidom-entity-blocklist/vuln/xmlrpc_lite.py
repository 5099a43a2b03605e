from xml.dom import minidom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges, feature_external_pes


class XmlRpcError(Exception):
    pass


def _parser():
    p = make_parser()
    p.setFeature(feature_external_ges, True)
    p.setFeature(feature_external_pes, True)
    return p


def decode_call(body: bytes):
    # reject documents that try to declare entities
    if b"<!ENTITY" in body or b"SYSTEM" in body:
        raise XmlRpcError("entity declarations are not allowed")
    dom = minidom.parseString(body, parser=_parser())  # cg-expect: CWE-611
    names = dom.getElementsByTagName("methodName")
    if not names or not names[0].firstChild:
        raise XmlRpcError("missing methodName")
    params = []
    for value in dom.getElementsByTagName("value"):
        child = value.firstChild
        while child is not None and child.nodeType != child.ELEMENT_NODE:
            child = child.nextSibling
        if child is None:
            params.append(value.firstChild.data if value.firstChild else "")
        elif child.tagName in ("int", "i4"):
            params.append(int(child.firstChild.data))
        else:
            params.append(child.firstChild.data if child.firstChild else "")
    return names[0].firstChild.data.strip(), params


def encode_result(value) -> bytes:
    return (f"<?xml version='1.0'?><methodResponse><params><param><value>"
            f"<string>{value}</string></value></param></params></methodResponse>").encode()


def encode_fault(code: int, message: str) -> bytes:
    return (f"<?xml version='1.0'?><methodResponse><fault><value><struct>"
            f"<member><name>faultCode</name><value><int>{code}</int></value></member>"
            f"<member><name>faultString</name><value><string>{message}</string></value></member>"
            f"</struct></value></fault></methodResponse>").encode()
