"""Demo content for the learning site, created by ``seed_demo``."""

from __future__ import annotations

from wagtail.models import Page, Site

from .models import HomePage

HOME_TITLE = "SIMFONI Latih"
HOME_INTRO = (
    "<p>Tempat berlatih mencatat kasus kekerasan terhadap perempuan dan anak ke dalam "
    "SIMFONI-PPA, tanpa menyentuh data korban yang sebenarnya. Semua kasus di sini fiktif.</p>"
    "<p>Isi kasus latihan langkah demi langkah, seperti di SIMFONI-PPA: Registrasi, Pelapor, "
    "Korban, Pelaku, Kejadian dan Layanan.</p>"
)


def ensure_home_page() -> HomePage:
    """Makes a HomePage the root of the default site, replacing Wagtail's welcome page."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title=HOME_TITLE, slug="beranda", intro=HOME_INTRO))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=HOME_TITLE)
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = HOME_TITLE
        site.save()
        if old_root.specific_class is Page and not old_root.get_children().exists():
            old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" placeholder
    return home
