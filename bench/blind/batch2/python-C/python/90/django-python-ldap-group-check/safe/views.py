from django.http import JsonResponse
from django.views import View

from .ldap_groups import GroupDirectory


class GroupMembershipView(View):
    directory = GroupDirectory()

    def post(self, request):
        group = request.POST.get("group", "")
        member = request.user.username
        is_member = self.directory.is_member(group, member)
        return JsonResponse({"group": group, "member": is_member})
