from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import views

handler400 = "training_site.views.bad_request"
handler403 = "training_site.views.permission_denied"
handler404 = "training_site.views.page_not_found"
handler500 = "training_site.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("masuk/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("latihan/", include("exercises.urls")),
    path("belajar/", include("modules.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("django-admin/", admin.site.urls),
    path("cms/", include(wagtailadmin_urls)),
    path("dokumen/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

if settings.SIMFONI_BENCH_VIEWS:
    urlpatterns += [path("_bench/minimal/", views.bench_minimal, name="bench_minimal")]

# Wagtail serves every other path: the learning site's pages, with "/" as its home.
urlpatterns += [path("", include(wagtail_urls))]
