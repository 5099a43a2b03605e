from django.urls import path
from django.views.decorators.cache import cache_page

from . import views

urlpatterns = [
    path("fx/convert/", cache_page(30)(views.convert), name="fx-convert"),
]
