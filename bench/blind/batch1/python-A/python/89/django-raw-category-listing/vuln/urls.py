from django.urls import path

from . import views

urlpatterns = [
    # <str:> accepts anything except "/", so the slug is not restricted to [-a-zA-Z0-9_]
    path("category/<str:category_slug>/", views.category_listing, name="category-listing"),
]
