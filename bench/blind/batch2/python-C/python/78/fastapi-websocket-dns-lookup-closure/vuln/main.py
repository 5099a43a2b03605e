from fastapi import FastAPI, WebSocket, WebSocketDisconnect
from starlette.concurrency import run_in_threadpool

from tools import make_lookup

app = FastAPI()


@app.websocket("/ws/nettools")
async def nettools(ws: WebSocket):
    await ws.accept()
    try:
        while True:
            msg = await ws.receive_json()
            if msg.get("tool") != "dns":
                await ws.send_json({"error": "unknown tool"})
                continue
            lookup = make_lookup(msg.get("name", ""), record=msg.get("type", "A"))
            output = await run_in_threadpool(lookup)
            await ws.send_json({"tool": "dns", "output": output})
    except WebSocketDisconnect:
        return
