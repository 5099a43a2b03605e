import base64
import os

SESSION_KEY = base64.urlsafe_b64decode(os.environ["SESSION_KEY"])
