"""Throttles: writes per user, and failed token logins per client address (token guessing)."""
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed, Throttled
from rest_framework.permissions import SAFE_METHODS
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle, UserRateThrottle


class SettingsRate:
    """The rate is read from REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"] when used, not when imported."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class WriteThrottle(SettingsRate, UserRateThrottle):
    """POST, PUT, PATCH and DELETE per user (scope `writes`); reads are not counted."""

    scope = "writes"

    def allow_request(self, request, view):
        return request.method in SAFE_METHODS or super().allow_request(request, view)


class TokenFailureThrottle(SettingsRate, SimpleRateThrottle):
    """Failed token logins per client address (scope `token_failures`); past the rate, every token is refused."""

    scope = "token_failures"

    def get_cache_key(self, request, view=None):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def blocked(self, request) -> bool:
        if self.rate is None:
            return False
        self.key = self.get_cache_key(request)
        self.history, self.now = self.cache.get(self.key, []), self.timer()
        while self.history and self.history[-1] <= self.now - self.duration:
            self.history.pop()
        return len(self.history) >= self.num_requests

    def record_failure(self):
        self.history.insert(0, self.now)
        self.cache.set(self.key, self.history, self.duration)


class ThrottledTokenAuthentication(TokenAuthentication):
    """`Authorization: Token …`; after too many wrong tokens from one address, 429 until the window passes."""

    def authenticate(self, request):
        if request.META.get("HTTP_AUTHORIZATION", "").lower().split()[:1] != [self.keyword.lower()]:
            return None  # no token given: nothing to count
        throttle = TokenFailureThrottle()
        if throttle.blocked(request):
            raise Throttled(throttle.wait())
        try:
            return super().authenticate(request)
        except AuthenticationFailed:
            throttle.record_failure()
            raise
