import os

SESSION_SECRET = os.environ["SESSION_SECRET"]
