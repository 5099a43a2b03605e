from django.contrib.auth.decorators import login_required
from django.urls import path

from .views import GroupMembershipView

urlpatterns = [
    path("groups/check/", login_required(GroupMembershipView.as_view()), name="group-check"),
]
