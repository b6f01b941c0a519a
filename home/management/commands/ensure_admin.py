"""Make sure an admin account exists, without ever using a fixed default password."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the admin account if no superuser exists. The password is taken from "
        "DJANGO_ADMIN_PASSWORD, or generated at random and printed once."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write("An admin account already exists; its password is unchanged.")
            return
        username = os.environ.get("DJANGO_ADMIN_USERNAME", "admin")
        email = os.environ.get("DJANGO_ADMIN_EMAIL", "admin@localhost")
        password = os.environ.get("DJANGO_ADMIN_PASSWORD")
        if password:
            User.objects.create_superuser(username=username, email=email, password=password)
            self.stdout.write(f"Created admin account '{username}' with DJANGO_ADMIN_PASSWORD.")
            return
        password = secrets.token_urlsafe(16)
        User.objects.create_superuser(username=username, email=email, password=password)
        self.stdout.write(
            self.style.WARNING(
                f"Created admin account '{username}' with password: {password}\n"
                "It is shown only this once; change it in the admin."
            )
        )
