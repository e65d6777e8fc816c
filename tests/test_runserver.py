"""The demo server answers raw UTF-8 URLs as curl sends them."""
import socket
import threading

from articles.management.commands.runserver import Utf8WSGIServer


def test_raw_utf8_request_line_reaches_the_app_decoded():
    seen = {}

    def app(environ, start_response):
        seen["query"] = environ["QUERY_STRING"]
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"ok"]

    server = Utf8WSGIServer(("127.0.0.1", 0), None)
    server.set_app(app)
    thread = threading.Thread(target=server.handle_request, daemon=True)
    thread.start()
    with socket.create_connection(server.server_address, timeout=10) as conn:
        conn.sendall("GET /api/articles/?search=党代会 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        reply = conn.recv(4096)
    thread.join(10)
    server.server_close()
    assert reply.startswith(b"HTTP/1.1 200") or reply.startswith(b"HTTP/1.0 200")
    assert seen["query"] == "search=%E5%85%9A%E4%BB%A3%E4%BC%9A"
