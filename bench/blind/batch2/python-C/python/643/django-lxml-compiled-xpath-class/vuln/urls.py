from django.urls import path

from . import views

urlpatterns = [
    path("hr/departments/<str:dept_code>/staff/", views.department_staff),
]
