from django.urls import path

import training_site.converters  # noqa: F401 - registers <id:…>, a database id that never overflows

from . import views

app_name = "modules"

urlpatterns = [
    path("sesi/<id:page_id>/selesai/", views.session_done, name="session_done"),
    path("cari/", views.search, name="search"),
]
