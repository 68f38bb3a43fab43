"""The production endpoints and settings: /healthz, the Argon2id hasher and its upgrade of
older hashes, the cache chosen from the environment, the benchmark-only view's flag."""

import json

import pytest
from django.contrib.auth.hashers import check_password, identify_hasher, make_password
from django.db import connection
from django.test import override_settings
from django.urls import NoReverseMatch, reverse

from training_site.settings.base import PASSWORD_HASHERS as PRODUCTION_HASHERS
from training_site.settings.base import cache_from_env


@pytest.mark.django_db
def test_healthz_answers_200_with_the_database_up_and_no_login(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_fails(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise RuntimeError("database is gone")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["database"] == "unavailable"


def test_the_bench_view_exists_only_behind_its_flag():
    # The test settings leave SIMFONI_BENCH_VIEWS off: the URL is not there at all.
    with pytest.raises(NoReverseMatch):
        reverse("bench_minimal")


def test_new_hashes_are_argon2id_at_owasp_minimum():
    with override_settings(PASSWORD_HASHERS=PRODUCTION_HASHERS):
        encoded = make_password("kata-sandi-panjang")
        assert encoded.startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")
        assert check_password("kata-sandi-panjang", encoded)
        assert not check_password("salah", encoded)


@pytest.mark.django_db
def test_an_old_pbkdf2_hash_still_logs_in_and_is_upgraded_to_argon2id(client, django_user_model):
    with override_settings(PASSWORD_HASHERS=PRODUCTION_HASHERS):
        old = make_password("pw-lama-12345", hasher="pbkdf2_sha256")
        user = django_user_model.objects.create(username="lama", password=old)
        assert identify_hasher(user.password).algorithm == "pbkdf2_sha256"
        response = client.post(reverse("login"), {"username": "lama", "password": "pw-lama-12345"})
        assert response.status_code == 302
        user.refresh_from_db()
        assert user.password.startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")
        # The upgraded hash still checks the same password (and the old one is gone).
        assert check_password("pw-lama-12345", user.password)
        assert user.password != old


@pytest.mark.django_db
def test_an_argon2_hash_with_weaker_parameters_is_upgraded_on_login(client, django_user_model):
    from django.contrib.auth.hashers import Argon2PasswordHasher

    weak = Argon2PasswordHasher()
    weak.memory_cost, weak.time_cost, weak.parallelism = 1024, 1, 1
    with override_settings(PASSWORD_HASHERS=PRODUCTION_HASHERS):
        user = django_user_model.objects.create(username="lemah", password=weak.encode("pw-lemah-123", weak.salt()))
        assert client.post(reverse("login"), {"username": "lemah", "password": "pw-lemah-123"}).status_code == 302
        user.refresh_from_db()
        assert "m=19456,t=2,p=1" in user.password


def test_cache_is_the_database_table_without_redis_url(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    assert cache_from_env() == {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "simfoni_cache"}


def test_redis_url_selects_redis_or_says_the_package_is_missing(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/1")
    try:
        import redis  # noqa: F401
    except ImportError:
        with pytest.raises(ImproperlyConfigured, match="redis"):
            cache_from_env()
    else:
        assert cache_from_env()["BACKEND"] == "django.core.cache.backends.redis.RedisCache"


@pytest.mark.django_db
def test_migrate_made_the_cache_table_and_the_cache_works():
    from django.core.cache import cache

    assert "simfoni_cache" in connection.introspection.table_names()
    cache.set("simfoni-probe", {"n": 1}, 30)
    assert cache.get("simfoni-probe") == {"n": 1}
