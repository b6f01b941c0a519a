"""Answer a data subject's request about one email address: list, export as JSON, or erase.

    manage.py personal_data someone@example.org                     # list what is held
    manage.py personal_data someone@example.org --export data.json  # write it all as JSON
    manage.py personal_data someone@example.org --erase --user admin

The erasure deletes the submissions and their files and notes; each deletion leaves a
"Personal data erased" log entry (Reports → Site history) naming the reference and the user.
"""

import json

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from forms import data_protection


class Command(BaseCommand):
    help = "Find, export (JSON) or erase everything held about one email address."

    def add_arguments(self, parser):
        parser.add_argument("email")
        action = parser.add_mutually_exclusive_group()
        action.add_argument("--export", metavar="FILE", help="Write the data as JSON to FILE.")
        action.add_argument("--erase", action="store_true", help="Delete it all.")
        parser.add_argument(
            "--user", help="Username of the staff member handling the request (logged)."
        )

    def handle(self, email, export=None, erase=False, user=None, **options):
        actor = None
        if user:
            try:
                actor = get_user_model().objects.get_by_natural_key(user)
            except get_user_model().DoesNotExist:
                raise CommandError(f"No user {user!r}.") from None
        if export:
            with open(export, "w", encoding="utf-8") as handle:
                json.dump(data_protection.export(email), handle, ensure_ascii=False, indent=2)
            self.stdout.write(f"Wrote {export}.")
            return
        if erase:
            references = data_protection.erase(email, user=actor)
            self.stdout.write(
                self.style.SUCCESS(f"Erased {len(references)} submission(s)")
                + (f": {', '.join(references)}" if references else ".")
            )
            return
        submissions = data_protection.find(email)
        for submission in submissions:
            self.stdout.write(
                f"{submission.reference}\t{submission._meta.verbose_name}\t"
                f"{submission.get_status_display()}\t{submission.created_at:%Y-%m-%d}"
            )
        self.stdout.write(f"{len(submissions)} submission(s) held for {email}.")
