import asyncio
import logging
from lxml import etree

log = logging.getLogger("features")

async def watch_features(app, path="/etc/app/features.xml", interval=30):
    """Re-parse the operator-managed feature file periodically."""
    while True:
        await asyncio.sleep(interval)
        try:
            app.state.features_doc = etree.parse(path)
        except (OSError, etree.XMLSyntaxError):
            log.warning("could not reload %s", path)
