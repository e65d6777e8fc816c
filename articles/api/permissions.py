"""Anyone reads; writing takes a staff account with the model's permission (as in the admin); export needs a login."""
from rest_framework.authtoken.models import Token
from rest_framework.permissions import SAFE_METHODS, BasePermission, DjangoModelPermissions


class ModelPermissionsOrReadOnly(DjangoModelPermissions):
    """GET, HEAD and OPTIONS for anyone; POST needs `add`, PUT/PATCH `change`, DELETE `delete` on the model.

    The user must also be staff, like in the admin: a permission granted to a reader's account does not
    make it an editor's.
    """

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        return bool(request.user and request.user.is_staff and super().has_permission(request, view))


class StaffOrToken(BasePermission):
    """Staff users (session or token) and any user who authenticates with a token (researchers)."""

    def has_permission(self, request, view):
        user = request.user
        return bool(user and user.is_authenticated and (user.is_staff or isinstance(request.auth, Token)))
