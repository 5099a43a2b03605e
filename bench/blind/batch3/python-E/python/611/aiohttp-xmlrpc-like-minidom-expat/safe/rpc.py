import xml.sax
from xml.dom import minidom
from xml.sax.handler import feature_external_ges
import defusedxml.minidom

def parse_call(body: bytes):
    doc = defusedxml.minidom.parseString(body, forbid_dtd=True)
    method = doc.getElementsByTagName("methodName")[0].firstChild.data
    params = [p.firstChild.toxml() for p in doc.getElementsByTagName("value")]
    return method, params
