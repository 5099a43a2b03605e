import logging

from app import app
from inventory import stock_document

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("warehouse")

# parse the stock snapshot once at boot so the first request is fast
doc = stock_document()
log.info("loaded stock snapshot with %d items", len(doc.getroot().findall(".//item")))

application = app
