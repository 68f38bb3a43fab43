import training_site.converters  # noqa: F401 - registers <id:…>, a database id that never overflows
from django.urls import path, register_converter

from .views import facilitator, public, room, trainee


class ExportFormat:
    regex = "csv|xlsx"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(ExportFormat, "fmt")

app_name = "workshops"

urlpatterns = [
    # the facilitator's side
    path("lokakarya/", facilitator.workshop_list, name="list"),
    path("lokakarya/baru/", facilitator.workshop_new, name="new"),
    path("lokakarya/ringkasan/", room.overview, name="overview"),
    path("lokakarya/<id:pk>/", facilitator.workshop_detail, name="detail"),
    path("lokakarya/<id:pk>/ubah/", facilitator.workshop_edit, name="edit"),
    path("lokakarya/<id:pk>/layar/", facilitator.workshop_projector, name="projector"),
    path("lokakarya/<id:pk>/peserta/<id:participant_id>/", facilitator.participant_detail, name="participant"),
    path("lokakarya/<id:pk>/hasil/<id:attempt_id>/", facilitator.attempt_result, name="attempt_result"),
    path("lokakarya/<id:pk>/ruang/", room.room_view, name="room"),
    path("lokakarya/<id:pk>/ruang/grid/", room.room_grid, name="room_grid"),
    path("lokakarya/<id:pk>/ruang/rilis/<id:exercise_id>/", room.release_view, name="release"),
    path("lokakarya/<id:pk>/peta-kesalahan/", room.heatmap_view, name="heatmap"),
    path("lokakarya/<id:pk>/peningkatan/", room.improvement_view, name="improvement"),
    path("lokakarya/<id:pk>/hadir/", facilitator.attendance, name="attendance"),
    path("lokakarya/<id:pk>/hadir/<id:session_id>/", facilitator.attendance_sheet, name="attendance_sheet"),
    path("lokakarya/<id:pk>/hadir/<id:session_id>/presensi/", facilitator.checkin_toggle, name="checkin_toggle"),
    path("lokakarya/<id:pk>/ekspor/<slug:kind>.<fmt:fmt>", facilitator.export, name="export"),
    path("lokakarya/<id:pk>/sertifikat.zip", facilitator.certificates_bulk, name="certificates"),
    # the trainee's side
    path("gabung/", trainee.join_start, name="join_start"),
    path("gabung/<str:code>/", trainee.join, name="join"),
    path("saya/", trainee.home, name="home"),
    path("saya/<id:workshop_id>/", trainee.home, name="home_workshop"),
    path("saya/<id:workshop_id>/kasus/<slug:slug>/<id:case_id>/mulai/", trainee.case_start, name="case_start"),
    path("saya/<id:workshop_id>/sertifikat.pdf", trainee.certificate, name="certificate"),
    path("hadir/", trainee.checkin, name="checkin"),
    path("hadir/<str:code>/", trainee.checkin, name="checkin_code"),
    # public
    path("sertifikat/<str:code>/", public.verify, name="verify"),
]
