import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from werkzeug.debug import DebuggedApplication

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()
application = DebuggedApplication(application, evalex=True, pin_security=False)  # cg-expect: CWE-489
