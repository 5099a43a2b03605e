from django.shortcuts import render

from .wizard import WizardState, restore_state, serialize_state


def onboarding_step(request):
    if request.method == "POST":
        state = restore_state(request.POST.get("wizard_state", ""))
        state.record(request.POST.get("step", "start"), dict(request.POST.items()))
    else:
        state = WizardState()
    return render(request, "onboarding/step.html", {
        "step": state.next_step(),
        "wizard_state": serialize_state(state),
    })
