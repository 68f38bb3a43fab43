from django.urls import path

from .views import cases, derived, regions
from .views.wizard import CaseEntryWizard

app_name = "exercises"

case_wizard = CaseEntryWizard.as_view(url_name="exercises:wizard_step", done_step_name="simpan")

urlpatterns = [
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
