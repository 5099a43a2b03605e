from django.conf import settings
from django.urls import include, path

urlpatterns = [
    path("", include("portal.routes")),
]

if settings.DEBUG:
    urlpatterns.append(path("__debug__/", include("debug_toolbar.urls")))
