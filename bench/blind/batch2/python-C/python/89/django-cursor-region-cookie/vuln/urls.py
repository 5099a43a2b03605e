from django.urls import path

from . import views

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/region/<str:region>/", views.set_region, name="set-region"),
]
