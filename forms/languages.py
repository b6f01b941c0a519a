"""The languages an expert can declare: Django's own list, whose names Django already translates.

Regional variants (``pt-br``, ``en-gb``...) are dropped: the roster asks which languages an expert
works in, not which variant; Chinese keeps its two scripts.
"""

from django.conf import global_settings
from django.utils.translation import gettext_lazy

LANGUAGE_CHOICES = [
    (code, gettext_lazy(name))
    for code, name in global_settings.LANGUAGES
    if "-" not in code or code in {"zh-hans", "zh-hant"}
]
