from django.urls import path

from .views import bank, cases, derived, practice, regions
from .views.wizard import CaseEntryWizard

app_name = "exercises"

case_wizard = CaseEntryWizard.as_view(url_name="exercises:wizard_step", done_step_name="simpan")

urlpatterns = [
    path("", practice.exercise_list, name="exercise_list"),
    path("paket/<slug:slug>/", practice.exercise_detail, name="exercise_detail"),
    path("paket/<slug:slug>/kasus/<int:case_id>/mulai/", practice.case_start, name="case_start"),
    path("hasil/<int:pk>/", practice.attempt_result, name="attempt_result"),
    path("bank/<int:pk>/", bank.bank_case, name="bank_case"),
    path("bank/<int:pk>/kunci/", bank.bank_case_key, name="bank_case_key"),
    path("dokumen/<int:pk>/cetak/", bank.case_print, name="case_print"),
    path("kasus/", cases.case_list, name="case_list"),
    path("kasus/baru/", cases.case_new, name="case_new"),
    path("kasus/<int:pk>/", cases.case_detail, name="case_detail"),
    path("kasus/<int:pk>/ubah/", cases.case_edit, name="case_edit"),
    path("kasus/<int:pk>/hapus/", cases.case_delete, name="case_delete"),
    path("isi/<uuid:run>/", case_wizard, name="wizard"),
    path("isi/<uuid:run>/<slug:step>/", case_wizard, name="wizard_step"),
    path("wilayah/opsi/", regions.region_options, name="region_options"),
    path("turunan/", derived.derived_preview, name="derived_preview"),
]
