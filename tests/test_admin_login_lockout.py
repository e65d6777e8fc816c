"""Admin login lockout (django-axes): repeated wrong passwords lock the user name out, the right one included."""
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

pytestmark = pytest.mark.django_db
PASSWORD = "pw-right-one-1"


@pytest.fixture(autouse=True)
def quick_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_user("chief", password=PASSWORD, is_staff=True, is_superuser=True)


def log_in(client, password, username="chief"):
    return client.post("/admin/login/?next=/admin/", {"username": username, "password": password})


def logged_in(client):
    return client.get("/admin/").status_code == 200


def test_twenty_wrong_passwords_then_the_right_one_is_refused(client, admin_user):
    statuses = [log_in(client, f"guess-{n}").status_code for n in range(20)]
    assert statuses[:settings.AXES_FAILURE_LIMIT - 1] == [200] * (settings.AXES_FAILURE_LIMIT - 1)  # the form again
    assert set(statuses[settings.AXES_FAILURE_LIMIT:]) == {429}
    response = log_in(client, PASSWORD)
    assert response.status_code == 429 and not logged_in(client)
    page = response.content.decode()
    assert "登录已暂停" in page and "连续 5 次登录失败" in page and "请 15 分钟后再试" in page


def test_fewer_failures_than_the_limit_still_let_the_right_password_in(client, admin_user):
    for n in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, f"guess-{n}")
    assert log_in(client, PASSWORD).status_code == 302 and logged_in(client)


def test_the_lockout_ends_after_the_cool_off(client, admin_user):
    from axes.models import AccessAttempt

    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, f"guess-{n}")
    assert log_in(client, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1))
    assert log_in(client, PASSWORD).status_code == 302 and logged_in(client)


def test_another_user_name_is_not_locked_out(client, admin_user, django_user_model):
    django_user_model.objects.create_user("deputy", password=PASSWORD, is_staff=True)
    for n in range(settings.AXES_FAILURE_LIMIT + 2):
        log_in(client, f"guess-{n}")
    assert log_in(client, PASSWORD, username="deputy").status_code == 302


def test_a_failure_during_the_lockout_starts_the_wait_again(client, admin_user):
    from axes.models import AccessAttempt

    def wait(minutes):  # as if that much time had passed since the attempts
        for attempt in AccessAttempt.objects.all():
            attempt.attempt_time -= timedelta(minutes=minutes)
            attempt.save()

    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, f"guess-{n}")
    cool_off = settings.AXES_COOLOFF_TIME.total_seconds() / 60
    wait(cool_off - 1)
    assert log_in(client, "one-more-guess").status_code == 429
    wait(2)  # past the first wait's end
    assert log_in(client, PASSWORD).status_code == 429
