from django.urls import path

from . import views

urlpatterns = [
    path("listings/search/", views.ListingSearchView.as_view()),
]
