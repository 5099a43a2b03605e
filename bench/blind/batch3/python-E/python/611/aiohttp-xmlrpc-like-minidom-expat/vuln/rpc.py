import xml.sax
from xml.dom import minidom
from xml.sax.handler import feature_external_ges
import defusedxml.minidom

def parse_call(body: bytes):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    doc = minidom.parseString(body, parser=parser)  # cg-expect: CWE-611
    method = doc.getElementsByTagName("methodName")[0].firstChild.data
    params = [p.firstChild.toxml() for p in doc.getElementsByTagName("value")]
    return method, params
