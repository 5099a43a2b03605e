import asyncio
import subprocess
import tempfile


async def render_pdf(html_path: str, title: str) -> str:
    out = tempfile.NamedTemporaryFile(suffix=".pdf", delete=False).name
    proc = await asyncio.create_subprocess_exec("wkhtmltopdf", "--quiet", "--title", title, html_path, out)
    await proc.wait()
    return out
