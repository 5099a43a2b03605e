import base64
import os

FIELD_KEY = base64.b64decode(os.environ["FIELD_ENCRYPTION_KEY"])
