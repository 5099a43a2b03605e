from django.urls import path

from . import views

urlpatterns = [path("i18n/set/", views.set_language, name="set-language")]
