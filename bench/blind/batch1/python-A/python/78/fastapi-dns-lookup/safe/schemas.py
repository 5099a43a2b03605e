from pydantic import BaseModel, Field


class DnsAnswer(BaseModel):
    domain: str
    type: str = Field(pattern="^(A|AAAA|MX|TXT|NS|CNAME)$")
    records: list[str]


class BulkLookup(BaseModel):
    domains: list[str] = Field(max_length=20)
    rtype: str = "A"


class LookupFailure(BaseModel):
    detail: str


EXAMPLES = {
    "A": DnsAnswer(domain="example.com", type="A", records=["93.184.215.14"]),
    "MX": DnsAnswer(domain="example.com", type="MX", records=["0 ."]),
}
