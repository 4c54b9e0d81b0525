"""webchat/serve.py without a browser: what it serves, what it refuses, its
headers, the config it writes into the page. And the built widget's size and
the rule that its source never turns text into HTML. No servers needed."""
from __future__ import annotations

import importlib.util
import json
import re
import threading
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
WEBCHAT = ROOT / "webchat"
spec = importlib.util.spec_from_file_location("webchat_serve", WEBCHAT / "serve.py")
serve = importlib.util.module_from_spec(spec)
spec.loader.exec_module(serve)

RASA = "http://localhost:5005"


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    dist = tmp_path / "dist"
    (dist / "sub").mkdir(parents=True)
    (dist / "index.html").write_text(f"<!doctype html><title>t</title>{serve.CONFIG_SLOT}<script src=widget.js></script>")
    (dist / "widget.js").write_text("console.log(1)")
    (dist / "widget.css").write_text("a{}")
    (dist / "embed.html").write_text(f"<!doctype html><title>e</title>{serve.CONFIG_SLOT}")
    (dist / "sub" / "deep.css").write_text("b{}")
    (dist / ".hidden.js").write_text("secret")
    (dist / "notes.md").write_text("not a served type")
    (tmp_path / "outside.js").write_text("outside")
    return dist


@pytest.fixture
def server(site_dir: Path):
    httpd = serve.make_server("127.0.0.1", 0, serve.Site(site_dir, RASA))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_the_page_carries_the_rasa_url_and_a_strict_csp(server: str) -> None:
    reply = requests.get(server + "/", timeout=5)
    assert reply.status_code == 200
    assert reply.headers["Content-Type"] == "text/html; charset=utf-8"
    config = re.search(r'id="legpain-chat-config">(.*?)</script>', reply.text).group(1)
    assert json.loads(config) == {"serverUrl": RASA}
    csp = reply.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "connect-src 'self' http://localhost:5005 ws://localhost:5005" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert reply.headers["X-Content-Type-Options"] == "nosniff"
    assert reply.headers["Referrer-Policy"] == "no-referrer"
    assert reply.headers["Cache-Control"] == "no-store"
    assert "Python" not in reply.headers["Server"]


def test_every_page_with_the_slot_gets_the_config(server: str) -> None:
    reply = requests.get(server + "/embed.html", timeout=5)
    assert reply.status_code == 200 and reply.headers["Cache-Control"] == "no-store"
    assert '{"serverUrl":"http://localhost:5005"}' in reply.text


def test_widget_files_are_embeddable_by_other_sites(server: str) -> None:
    js = requests.get(server + "/widget.js", timeout=5)
    assert js.status_code == 200 and js.headers["Content-Type"].startswith("text/javascript")
    assert js.headers["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert requests.get(server + "/widget.css", timeout=5).headers["Content-Type"].startswith("text/css")
    assert requests.get(server + "/sub/deep.css", timeout=5).headers["Cross-Origin-Resource-Policy"] == "same-origin"


@pytest.mark.parametrize("path", [
    "/sub/", "/sub", "/../outside.js", "/%2e%2e/outside.js", "/sub/..%2f..%2foutside.js", "/.hidden.js",
    "/notes.md", "/nothing.js", "//etc/passwd", "/widget.js%00.css", "/sub\\..\\..\\outside.js",
])
def test_no_listing_no_way_out_no_hidden_files(server: str, path: str) -> None:
    reply = requests.get(server + path, timeout=5)
    assert reply.status_code == 404, path
    assert "outside" not in reply.text and "secret" not in reply.text


def test_only_get_and_head(server: str) -> None:
    assert requests.head(server + "/widget.js", timeout=5).status_code == 200
    for method in ("POST", "PUT", "DELETE", "OPTIONS"):
        reply = requests.request(method, server + "/", timeout=5)
        assert reply.status_code == 405 and reply.headers["Allow"] == "GET, HEAD"


def test_config_cannot_break_out_of_its_script_element() -> None:
    page = serve.render_index(serve.CONFIG_SLOT, {"title": "</script><script>alert(1)</script>&<!--"})
    assert "</script><script>" not in page and "<!--" not in page.replace(serve.CONFIG_SLOT, "")
    inner = re.search(r'config">(.*)</script>$', page).group(1)
    assert json.loads(inner)["title"] == "</script><script>alert(1)</script>&<!--"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://x", "localhost:5005", "http://", "http://a b",
                                 "http://x;script-src *"])
def test_rasa_url_must_be_a_plain_http_url(site_dir: Path, url: str) -> None:
    with pytest.raises(ValueError):
        serve.Site(site_dir, url)


def test_https_rasa_means_wss(site_dir: Path) -> None:
    assert "https://bot.example.org wss://bot.example.org" in serve.Site(site_dir, "https://bot.example.org/").csp


def test_missing_build_says_what_to_run(tmp_path: Path, capsys) -> None:
    assert serve.main(["--dist", str(tmp_path), "--port", "0"]) == 2
    assert "make install" in capsys.readouterr().err


# --- the built widget -------------------------------------------------------------

def test_the_widgets_own_code_is_within_60_kb_gzipped() -> None:
    sizes_file = WEBCHAT / "dist" / "sizes.json"
    assert sizes_file.exists(), "webchat/dist is not built: run `make install`"
    sizes = json.loads(sizes_file.read_text())
    assert sizes["own_code_gzip"] <= 60 * 1024, sizes
    assert sizes["widget_js_gzip"] > sizes["own_code_gzip"]  # socket.io-client is in the bundle


def test_the_widget_source_never_builds_html_from_strings() -> None:
    for source in (WEBCHAT / "src").glob("*.js"):
        code = source.read_text()
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                     "DOMParser", "createContextualFragment", "setAttribute(\"style\""):
            assert sink not in code, f"{source.name} uses {sink}"


def test_npm_dependencies_are_pinned_and_locked() -> None:
    package = json.loads((WEBCHAT / "package.json").read_text())
    lock = json.loads((WEBCHAT / "package-lock.json").read_text())
    deps = package["devDependencies"]
    assert set(deps) == {"socket.io-client", "esbuild", "axe-core"}
    assert all(re.fullmatch(r"\d+\.\d+\.\d+", v) for v in deps.values()), deps
    assert deps["socket.io-client"].startswith("4."), "Engine.IO v4 / Socket.IO v5 protocol, as python-socketio 5.9"
    for name, version in deps.items():
        assert lock["packages"][f"node_modules/{name}"]["version"] == version
