import logging

import aiohttp

log = logging.getLogger("relay")


class SlackRelay:
    def __init__(self, session: aiohttp.ClientSession, webhook_url: str):
        self.session = session
        self.webhook_url = webhook_url

    async def post_alert(self, title: str, severity: str, details: str) -> bool:
        payload = {
            "text": f"[{severity.upper()}] {title}",
            "blocks": [
                {"type": "header", "text": {"type": "plain_text", "text": title[:150]}},
                {"type": "section", "text": {"type": "mrkdwn", "text": details[:2900]}},
            ],
        }
        async with self.session.post(self.webhook_url, json=payload, ssl=True) as resp:
            if resp.status != 200:
                log.error("slack relay failed: %s %s", resp.status, await resp.text())
                return False
            return True
