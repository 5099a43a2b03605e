from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse


class SharedDocumentsSmokeTest(TestCase):
    def test_requires_login(self):
        resp = self.client.get(reverse("shared-documents", args=["alice"]))
        self.assertEqual(resp.status_code, 302)

    def test_lists_for_logged_in_user(self):
        user = get_user_model().objects.create_user("bob")
        self.client.force_login(user)
        resp = self.client.get(reverse("shared-documents", args=["alice"]))
        self.assertIn(resp.status_code, (200, 500))
