import asyncio
import subprocess
import tempfile


async def render_pdf(html_path: str, title: str) -> str:
    out = tempfile.NamedTemporaryFile(suffix=".pdf", delete=False).name
    cmd = f'wkhtmltopdf --quiet --title "{title}" {html_path} {out}'
    await asyncio.to_thread(subprocess.getoutput, cmd)  # cg-expect: CWE-78
    return out
