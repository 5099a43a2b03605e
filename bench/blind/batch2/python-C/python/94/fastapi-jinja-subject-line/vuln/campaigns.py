from dataclasses import dataclass
from datetime import datetime


@dataclass
class Campaign:
    id: int
    title: str
    scheduled_for: datetime | None = None
    sent: bool = False


CAMPAIGNS = {
    1: Campaign(id=1, title="Spring sale"),
    2: Campaign(id=2, title="Product update"),
}


def get_campaign(campaign_id: int) -> Campaign | None:
    return CAMPAIGNS.get(campaign_id)
