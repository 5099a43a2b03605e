import io

import numpy as np
from aiohttp import web

from stats import describe


async def upload_dataset(request: web.Request) -> web.Response:
    reader = await request.multipart()
    field = await reader.next()
    if field is None or field.name != "dataset":
        raise web.HTTPBadRequest(text="expected a 'dataset' file field")
    raw = await field.read(decode=False)
    try:
        # .npz archives from the notebook export may contain object arrays (ragged label lists)
        arrays = np.load(io.BytesIO(raw), allow_pickle=True)  # cg-expect: CWE-502
    except ValueError as exc:
        raise web.HTTPUnprocessableEntity(text=f"not a NumPy file: {exc}")
    if isinstance(arrays, np.ndarray):
        summary = {"data": describe(arrays)}
    else:
        summary = {name: describe(arrays[name]) for name in arrays.files}
    return web.json_response({"filename": field.filename, "arrays": summary})


app = web.Application(client_max_size=100 * 1024 * 1024)
app.router.add_post("/datasets/inspect", upload_dataset)
