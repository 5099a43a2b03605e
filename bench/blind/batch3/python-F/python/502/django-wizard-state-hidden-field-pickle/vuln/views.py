from django.shortcuts import render

from .wizard import WizardState


def signup_wizard(request):
    state = WizardState.load(request.POST.get("state", ""))
    if request.method == "POST":
        state.data.update({k: v for k, v in request.POST.items() if k not in {"state", "csrfmiddlewaretoken"}})
        state.step = min(state.step + 1, 3)
    return render(request, "signup/step.html", {"step": state.step, "state": state.dump()})
