from django.contrib import admin

from .models import ShortLink


@admin.register(ShortLink)
class ShortLinkAdmin(admin.ModelAdmin):
    list_display = ("code", "destination", "owner", "hits", "active")
    list_filter = ("active",)
    search_fields = ("code", "destination")
