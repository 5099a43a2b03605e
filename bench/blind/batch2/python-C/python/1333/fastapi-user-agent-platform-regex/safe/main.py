from fastapi import Depends, FastAPI

from client_info import ClientInfo, client_info

app = FastAPI()


@app.get("/downloads/latest")
async def latest_download(info: ClientInfo = Depends(client_info)):
    builds = {
        "windows": "https://downloads.example.com/app-setup.exe",
        "mac": "https://downloads.example.com/app.dmg",
        "linux": "https://downloads.example.com/app.AppImage",
    }
    return {"platform": info.platform, "url": builds.get(info.platform, builds["linux"])}
