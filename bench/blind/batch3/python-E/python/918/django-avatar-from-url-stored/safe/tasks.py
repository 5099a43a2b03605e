from .models import Profile
from .fetch import download_image

def refresh_avatar(profile_id: int) -> None:
    profile = Profile.objects.get(pk=profile_id)
    profile.avatar_blob = download_image(profile.avatar_url)
    profile.save(update_fields=["avatar_blob"])
