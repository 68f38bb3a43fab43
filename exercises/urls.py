from django.urls import path

import training_site.converters  # noqa: F401 - registers <id:…>, a database id that never overflows

from .views import bank, cases, derived, practice, regions
from .views.wizard import CaseEntryWizard

app_name = "exercises"

case_wizard = CaseEntryWizard.as_view(url_name="exercises:wizard_step", done_step_name="simpan")

urlpatterns = [
    path("", practice.exercise_list, name="exercise_list"),
    path("paket/<slug:slug>/", practice.exercise_detail, name="exercise_detail"),
    path("paket/<slug:slug>/kasus/<id:case_id>/mulai/", practice.case_start, name="case_start"),
    path("hasil/<id:pk>/", practice.attempt_result, name="attempt_result"),
    path("bank/<id:pk>/", bank.bank_case, name="bank_case"),
    path("bank/<id:pk>/kunci/", bank.bank_case_key, name="bank_case_key"),
    path("dokumen/<id:pk>/cetak/", bank.case_print, name="case_print"),
    path("kasus/", cases.case_list, name="case_list"),
    path("kasus/baru/", cases.case_new, name="case_new"),
    path("kasus/<id:pk>/", cases.case_detail, name="case_detail"),
    path("kasus/<id:pk>/ubah/", cases.case_edit, name="case_edit"),
    path("kasus/<id:pk>/hapus/", cases.case_delete, name="case_delete"),
    path("isi/<uuid:run>/", case_wizard, name="wizard"),
    path("isi/<uuid:run>/<slug:step>/", case_wizard, name="wizard_step"),
    path("wilayah/opsi/", regions.region_options, name="region_options"),
    path("turunan/", derived.derived_preview, name="derived_preview"),
]
