import asyncio

from fastapi import UploadFile
from lxml import etree

from db import upsert_device


def _walk(fileobj) -> list[dict]:
    devices = []
    context = etree.iterparse(  # cg-expect: CWE-611
        fileobj,
        events=("end",),
        tag="device",
        load_dtd=True,
        resolve_entities=True,
        no_network=False,
    )
    for _, elem in context:
        devices.append({
            "serial": elem.findtext("serial", default="").strip(),
            "hostname": elem.findtext("hostname", default="").strip(),
            "site": elem.findtext("site", default="").strip(),
        })
        elem.clear()
    return devices


async def import_devices(upload: UploadFile) -> tuple[int, int]:
    devices = await asyncio.to_thread(_walk, upload.file)
    created = skipped = 0
    for dev in devices:
        if not dev["serial"]:
            skipped += 1
            continue
        if await upsert_device(dev):
            created += 1
    return created, skipped
