from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render

from patients.models import Patient
from .models import ClinicalNote


class NoteForm(forms.ModelForm):
    class Meta:
        model = ClinicalNote
        fields = ["body"]


@login_required
def add_note(request, patient_id: int):
    patient = get_object_or_404(Patient, pk=patient_id, care_team=request.user)
    form = NoteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        note = form.save(commit=False)
        note.patient = patient
        note.author = request.user
        note.save()
        return redirect("patients:detail", patient_id=patient.pk)
    return render(request, "notes/add.html", {"form": form, "patient": patient})
