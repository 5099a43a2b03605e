import base64
import os

VAULT_KEY = base64.b64decode(os.environ["VAULT_KEY_B64"])
