from aiohttp import web

from .handlers import routes


class PipelineStore:
    def __init__(self):
        self._pipelines: dict[str, dict] = {}

    async def save(self, project: str, pipeline: dict) -> None:
        self._pipelines[project] = pipeline

    async def get(self, project: str) -> dict | None:
        return self._pipelines.get(project)


def create_app() -> web.Application:
    app = web.Application(client_max_size=512 * 1024)
    app["store"] = PipelineStore()
    app.add_routes(routes)
    return app
