import json
import jsonpickle
from .models import UserPrefs

class PreferenceStore:
    def __init__(self, user):
        self.user = user

    def save(self, raw: str) -> None:
        UserPrefs.objects.update_or_create(user=self.user, defaults={"blob": raw})

    def load(self) -> dict:
        row = UserPrefs.objects.filter(user=self.user).first()
        if row is None:
            return {}
        data = json.loads(row.blob)
        return data if isinstance(data, dict) else {}
