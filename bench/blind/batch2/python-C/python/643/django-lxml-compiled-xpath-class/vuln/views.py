from django.http import Http404, JsonResponse

from .hr_export import HrExport

export = HrExport("/srv/hr/export.xml")


def department_staff(request, dept_code):
    staff = export.staff_in(dept_code)
    if not staff:
        raise Http404("no such department")
    return JsonResponse({"department": dept_code, "staff": staff})
