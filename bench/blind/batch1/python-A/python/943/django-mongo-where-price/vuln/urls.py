from django.urls import path
from django.views.decorators.cache import cache_page

from . import views

app_name = "shop"

urlpatterns = [
    path("deals/", cache_page(60)(views.deals), name="deals"),
]
