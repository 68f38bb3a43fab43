import pytest


@pytest.fixture
def trainee(django_user_model):
    return django_user_model.objects.create_user(username="trainee", password="pw-trainee-1")


@pytest.fixture
def other_trainee(django_user_model):
    return django_user_model.objects.create_user(username="other", password="pw-other-1")


@pytest.fixture
def trainee_client(client, trainee):
    client.force_login(trainee)
    return client


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the site's default language, whatever an earlier request activated."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield
