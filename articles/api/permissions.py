"""Anyone reads; only staff write; bulk export for staff or a token."""
from rest_framework.authtoken.models import Token
from rest_framework.permissions import SAFE_METHODS, BasePermission


class StaffWriteOrReadOnly(BasePermission):
    def has_permission(self, request, view):
        return request.method in SAFE_METHODS or bool(request.user and request.user.is_staff)


class StaffOrToken(BasePermission):
    """Staff users (session or token) and any user who authenticates with a token (researchers)."""

    def has_permission(self, request, view):
        user = request.user
        return bool(user and user.is_authenticated and (user.is_staff or isinstance(request.auth, Token)))
