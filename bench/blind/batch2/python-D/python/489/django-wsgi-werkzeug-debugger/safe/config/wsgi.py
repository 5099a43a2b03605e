import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from werkzeug.debug import DebuggedApplication

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()
if settings.DEBUG and os.environ.get("ENABLE_WERKZEUG_DEBUGGER") == "1":
    application = DebuggedApplication(application, evalex=True)
