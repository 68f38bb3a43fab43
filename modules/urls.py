from django.urls import path

from . import views

app_name = "modules"

urlpatterns = [
    path("sesi/<int:page_id>/selesai/", views.session_done, name="session_done"),
    path("cari/", views.search, name="search"),
]
