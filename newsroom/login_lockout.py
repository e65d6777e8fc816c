"""The page django-axes answers (429) to a login from a user name and address that is locked out."""
from django.conf import settings
from django.shortcuts import render


def locked_out(request, original_response=None, credentials=None):
    from axes.helpers import get_client_username, get_cool_off
    from django.contrib import admin

    cool_off = get_cool_off(request)
    context = {
        **admin.site.each_context(request),  # the admin's header and title
        "is_nav_sidebar_enabled": False,
        "username": get_client_username(request, credentials) or "",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": round(cool_off.total_seconds() / 60) if cool_off else None,
    }
    return render(request, "newsroom/login_locked.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
