from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.views import SiteLogoutView

from . import views


handler400 = "training_site.views.bad_request"
handler403 = "training_site.views.permission_denied"
handler404 = "training_site.views.page_not_found"
handler500 = "training_site.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("masuk/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("keluar/", SiteLogoutView.as_view(), name="logout"),
    path("latihan/", include("exercises.urls")),
    path("belajar/", include("modules.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    # Vendor URLs that answer a server error: Wagtail's "failwhale" raises on purpose; its choosers'
    # "chosen" views raise on an id that is not a number; an id too long for a 64-bit column
    # overflows the database driver. They are 404s here.
    path("cms/failwhale/", views.not_found),
    re_path(r"^cms/(?:snippets/choose/[\w-]+/[\w-]+|documents/chooser|images/chooser)/chosen/(?![0-9]{1,18}/$)[^/]+/$",
            views.not_found),
    re_path(r"^cms/(?:.*/)?[0-9]{19,}(?:/.*)?$", views.not_found),
    path("", include("workshops.urls")),
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
