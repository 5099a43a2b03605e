from django.urls import path

from . import api

app_name = "profiles"
urlpatterns = [
    path("api/profile/", api.update_profile, name="update"),
]
