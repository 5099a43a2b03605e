from django.urls import path

from . import views

app_name = "i18n"
urlpatterns = [
    path("strings/<slug:section>/", views.ui_strings, name="strings"),
]
