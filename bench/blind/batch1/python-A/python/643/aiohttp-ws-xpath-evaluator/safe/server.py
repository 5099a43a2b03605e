import json

from aiohttp import WSMsgType, web
from lxml import etree

SCHEDULE_XML = "/srv/transit/schedule.xml"


class ScheduleIndex:
    """Departures marked @restricted are depot/staff runs that are not shown to the public."""

    def __init__(self, path: str):
        self.doc = etree.parse(path)
        self.evaluator = etree.XPathEvaluator(self.doc)

    def departures(self, stop_code: str, line: str) -> list[dict]:
        query = "//stop[@code=$stop]/departure[@line=$line and not(@restricted)]"
        return [
            {"time": d.get("time"), "line": d.get("line"), "platform": d.get("platform")}
            for d in self.evaluator(query, stop=stop_code, line=line)
        ]


async def live_board(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    index: ScheduleIndex = request.app["schedule"]
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        sub = json.loads(msg.data)
        await ws.send_json({"stop": sub.get("stop"), "departures": index.departures(str(sub.get("stop", "")), str(sub.get("line", "")))})
    return ws


app = web.Application()
app["schedule"] = ScheduleIndex(SCHEDULE_XML)
app.router.add_get("/ws/board", live_board)
