from django.urls import path
from . import views

urlpatterns = [path("shop/<str:category>/", views.by_category)]
