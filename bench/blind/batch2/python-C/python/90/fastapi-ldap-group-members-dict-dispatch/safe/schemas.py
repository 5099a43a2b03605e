from pydantic import BaseModel


class Members(BaseModel):
    group: str
    members: list[str]
