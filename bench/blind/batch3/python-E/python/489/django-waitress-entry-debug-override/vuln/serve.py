import os
import sys

def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django
    from django.conf import settings
    from django.core.management import call_command
    django.setup()
    settings.DEBUG = True  # cg-expect: CWE-489
    call_command("migrate", interactive=False)
    from django.core.wsgi import get_wsgi_application
    from waitress import serve
    serve(get_wsgi_application(), host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))

if __name__ == "__main__":
    sys.exit(main())
