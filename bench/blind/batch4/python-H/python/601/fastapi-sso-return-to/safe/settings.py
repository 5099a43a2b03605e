import os

SESSION_SECRET = os.environ["SESSION_SECRET"]
COOKIE_NAME = "app_session"
LOGIN_URL = "/login"
HOME_URL = "/"
