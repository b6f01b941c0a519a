"""Delete declined and spam submissions older than the retention periods (Settings → Intake).

Run it daily (cron, or a scheduled task); ``--dry-run`` lists what would go and deletes nothing.
"""

from django.core.management.base import BaseCommand

from forms.data_protection import purge


class Command(BaseCommand):
    help = "Delete declined and spam submissions (and their files) past their retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be deleted; delete nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        total = 0
        verb = "Would delete" if dry_run else "Deleted"
        for model, status, references in purge(dry_run=dry_run):
            total += len(references)
            self.stdout.write(
                f"{verb} {len(references)} {status} {model._meta.verbose_name_plural}"
                + (f": {', '.join(references)}" if references else "")
            )
        self.stdout.write(self.style.SUCCESS(f"{verb} {total} submission(s) in total."))
