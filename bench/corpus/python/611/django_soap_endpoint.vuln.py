from django.http import HttpResponse
from lxml import etree

SOAP_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True)


def soap_endpoint(request):
    envelope = etree.fromstring(request.body, parser=SOAP_PARSER)  # cg-expect: CWE-611
    action = envelope.find(".//{http://schemas.xmlsoap.org/soap/envelope/}Body")
    return HttpResponse(etree.tostring(action), content_type="text/xml")
