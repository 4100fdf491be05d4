from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


def signed_in_user(user_id):
    """The person with their council membership, in one query: every request checks both."""
    model = get_user_model()
    try:
        return model._default_manager.select_related("council_member").get(pk=user_id)
    except model.DoesNotExist:
        return None


class PasswordBackend(ModelBackend):
    """Django's ModelBackend, reading the signed-in person's council with them.

    Replaces ``django.contrib.auth.backends.ModelBackend`` in
    AUTHENTICATION_BACKENDS: sessions signed in under that name end once.
    """

    def get_user(self, user_id):
        user = signed_in_user(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None
