import pytest

from app import create_app


@pytest.fixture()
def client():
    app = create_app("config.TestConfig")
    return app.test_client()


def test_logout_defaults_home(client):
    resp = client.get("/logout")
    assert resp.status_code == 302


def test_logout_keeps_local_path(client):
    resp = client.get("/logout?return_to=/pricing")
    assert resp.headers["Location"].endswith("/pricing")
