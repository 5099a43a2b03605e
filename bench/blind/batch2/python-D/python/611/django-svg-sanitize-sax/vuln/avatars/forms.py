from django import forms

from .svgcheck import inspect_svg


class AvatarForm(forms.Form):
    image = forms.FileField()

    def clean_image(self):
        upload = self.cleaned_data["image"]
        if upload.name.lower().endswith(".svg"):
            report = inspect_svg(upload.read())
            upload.seek(0)
            if report.root != "svg" or report.problems:
                raise forms.ValidationError("SVG contains forbidden content")
        return upload
