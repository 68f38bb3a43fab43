from django.urls import register_converter


class RowIdConverter:
    """A database id: digits that fit a 64-bit integer column.

    ``<int:…>`` accepts any length, and a huge id then overflows the database driver
    (a server error); here it simply matches no URL, which is a 404.
    """

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


# Registered once, when the first URL module imports this one: use it as ``<id:pk>``.
register_converter(RowIdConverter, "id")
