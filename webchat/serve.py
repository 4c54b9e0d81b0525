#!/usr/bin/env python3
"""Serve the web chat (webchat/dist) with the Rasa server's address written into its pages.

    python webchat/serve.py --port 8080 --rasa-url http://localhost:5005

Standard library only. Serves exactly the files in dist/ (no directory
listing, nothing outside it), GET and HEAD only, with a Content-Security-Policy
that lets the page talk to the Rasa server and nowhere else. widget.js and
widget.css may be loaded by other sites (that is how the widget is embedded).
"""
from __future__ import annotations

import argparse
import json
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Dict, Optional, Tuple
from urllib.parse import unquote, urlsplit

HERE = Path(__file__).resolve().parent
DEFAULT_DIST = HERE / "dist"
CONFIG_SLOT = '<script type="application/json" id="legpain-chat-config">{}</script>'

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
}
EMBEDDABLE = {"/widget.js", "/widget.css"}


def origins(rasa_url: str) -> Tuple[str, str]:
    """The HTTP and WebSocket origins of the Rasa server URL; ValueError if it is not http(s)."""
    parts = urlsplit(rasa_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {rasa_url!r}")
    if any(c in rasa_url for c in " ;,'\"\\\n\r"):
        raise ValueError(f"unexpected characters in URL: {rasa_url!r}")
    host = parts.netloc.rsplit("@", 1)[-1]
    ws = "wss" if parts.scheme == "https" else "ws"
    return f"{parts.scheme}://{host}", f"{ws}://{host}"


def content_security_policy(rasa_url: str) -> str:
    http_origin, ws_origin = origins(rasa_url)
    return "; ".join([
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        f"connect-src 'self' {http_origin} {ws_origin}",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ])


def page_config_json(config: Dict[str, str]) -> str:
    """JSON safe to place inside a <script> element (no '</script>', no '<!--')."""
    text = json.dumps(config, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_index(template: str, config: Dict[str, str]) -> str:
    if CONFIG_SLOT not in template:
        raise ValueError("index.html has no config slot; rebuild the widget (make install)")
    slot = CONFIG_SLOT.replace("{}", page_config_json(config))
    return template.replace(CONFIG_SLOT, slot, 1)


class Site:
    """What the handler serves: the files of dist/ and the page with its config."""

    def __init__(self, dist: Path, rasa_url: str, title: Optional[str] = None) -> None:
        self.dist = dist.resolve()
        index = self.dist / "index.html"
        if not index.is_file() or not (self.dist / "widget.js").is_file():
            raise FileNotFoundError(f"{self.dist} has no built widget: run `make install` (npm ci + node build.mjs)")
        self.rasa_url = rasa_url.rstrip("/")
        self.csp = content_security_policy(self.rasa_url)
        config = {"serverUrl": self.rasa_url}
        if title:
            config["title"] = title
        self.config = config
        render_index(index.read_text(encoding="utf-8"), config)  # fail now, not on the first request

    def page(self, path: Path) -> bytes:
        """An HTML page of dist/, with the config written in where it has the slot."""
        text = path.read_text(encoding="utf-8")
        if CONFIG_SLOT in text:
            text = render_index(text, self.config)
        return text.encode("utf-8")

    def file(self, url_path: str) -> Optional[Path]:
        """The file under dist/ for a URL path, or None. No directories, no dot files, no way out."""
        name = url_path.lstrip("/")
        if not name or name.endswith("/") or "\\" in name or "\x00" in name:
            return None
        parts = name.split("/")
        if any(part in ("", ".", "..") or part.startswith(".") for part in parts):
            return None
        path = (self.dist / name).resolve()
        try:
            path.relative_to(self.dist)
        except ValueError:
            return None
        if not path.is_file() or path.suffix not in CONTENT_TYPES:
            return None
        return path


class Handler(BaseHTTPRequestHandler):
    server_version = "legpain-webchat"
    site: Site  # set by make_server

    def version_string(self) -> str:
        return self.server_version  # no Python version in the Server header

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.respond(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self.respond(head=True)

    def refuse(self) -> None:
        self.send_error_page(HTTPStatus.METHOD_NOT_ALLOWED, extra={"Allow": "GET, HEAD"})

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = refuse  # noqa: N815

    def respond(self, head: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        file = self.site.file("/index.html" if path == "/" else path)
        if file is None:
            self.send_error_page(HTTPStatus.NOT_FOUND, head=head)
        elif file.suffix == ".html":
            self.send_body(self.site.page(file), CONTENT_TYPES[".html"], path, head, cache="no-store")
        else:
            self.send_body(file.read_bytes(), CONTENT_TYPES[file.suffix], path, head, cache="no-cache")

    def common_headers(self, path: str) -> None:
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cross-Origin-Resource-Policy", "cross-origin" if path in EMBEDDABLE else "same-origin")
        self.send_header("Content-Security-Policy", self.site.csp)
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")

    def send_body(self, body: bytes, content_type: str, path: str, head: bool, cache: str) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", cache)
        self.common_headers(path)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def send_error_page(self, status: HTTPStatus, head: bool = False, extra: Optional[Dict[str, str]] = None) -> None:
        body = f"{status.value} {status.phrase}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.common_headers("")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        sys.stderr.write("webchat: %s %s\n" % (self.address_string(), format % args))


def make_server(host: str, port: int, site: Site) -> ThreadingHTTPServer:
    handler = type("BoundHandler", (Handler,), {"site": site})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the leg-pain web chat.")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    parser.add_argument("--rasa-url", default="http://localhost:5005",
                        help="the Rasa server as the browser reaches it (default http://localhost:5005)")
    parser.add_argument("--title", default=None, help="title shown in the chat's header")
    parser.add_argument("--dist", type=Path, default=DEFAULT_DIST, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        site = Site(args.dist, args.rasa_url, args.title)
    except (ValueError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        server = make_server(args.host, args.port, site)
    except OSError as error:
        print(f"error: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 2
    shown_host = "localhost" if args.host in ("127.0.0.1", "0.0.0.0", "::") else args.host
    print(f"web chat: http://{shown_host}:{server.server_address[1]}/ (Rasa server: {site.rasa_url})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
