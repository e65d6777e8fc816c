"""runserver that accepts raw UTF-8 in the request line (`curl '…?search=党代会'`).

Python's http.server splits the request line on Unicode whitespace, and some UTF-8 bytes of
Chinese characters (0x85 in 党) count as such, so such requests got "400 Bad request syntax".
Non-ASCII bytes are percent-encoded first, as a browser would send them.
"""
import re

from django.contrib.staticfiles.management.commands.runserver import Command as StaticfilesRunserver
from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer

NON_ASCII = re.compile(rb"[\x80-\xff]")


class Utf8RequestHandler(WSGIRequestHandler):
    def parse_request(self):
        self.raw_requestline = NON_ASCII.sub(lambda m: b"%%%02X" % m.group()[0], self.raw_requestline)
        return super().parse_request()


class Utf8WSGIServer(WSGIServer):
    def __init__(self, server_address, handler_class, *args, **kwargs):
        super().__init__(server_address, Utf8RequestHandler, *args, **kwargs)


class Command(StaticfilesRunserver):
    server_cls = Utf8WSGIServer
