// Builds dist/: widget.js (the widget with socket.io-client bundled in, its
// CSS inside), widget.css (the same CSS, for pages that cannot use
// constructable style sheets), index.html + page.css (the stand-alone page),
// embed.html (an example page with the floating widget, as another site would have it),
// sizes.json (gzipped sizes: the widget's own code and socket.io-client).
// Run by `make install` (scripts/install.sh) after `npm ci`.
import * as esbuild from "esbuild";
import { gzipSync } from "node:zlib";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, "src");
const dist = join(here, "dist");
const OWN_BUDGET = 60 * 1024; // gzipped, socket.io-client aside

const target = ["es2020", "chrome88", "edge88", "firefox85", "safari15"];

const css = await esbuild.build({
  entryPoints: [join(src, "widget.css")],
  bundle: true,
  minify: true,
  write: false,
  target,
  logLevel: "warning",
});
const cssText = css.outputFiles[0].text;

const common = {
  entryPoints: [join(src, "index.js")],
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target,
  define: { __LPC_CSS__: JSON.stringify(cssText) },
  legalComments: "eof",
  logLevel: "warning",
  write: false,
};

const full = await esbuild.build(common);
// The same build without socket.io-client, only to measure the widget's own code.
const own = await esbuild.build({ ...common, external: ["socket.io-client"] });

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const widget = full.outputFiles[0].contents;
writeFileSync(join(dist, "widget.js"), widget);
writeFileSync(join(dist, "widget.css"), cssText);
copyFileSync(join(src, "index.html"), join(dist, "index.html"));
copyFileSync(join(src, "embed.html"), join(dist, "embed.html"));
copyFileSync(join(src, "page.css"), join(dist, "page.css"));

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const sizes = {
  widget_js_bytes: widget.length,
  widget_js_gzip: gz(widget),
  own_code_gzip: gz(own.outputFiles[0].contents),
  css_gzip: gz(Buffer.from(cssText)),
  own_budget_gzip: OWN_BUDGET,
};
sizes.socketio_client_gzip = sizes.widget_js_gzip - sizes.own_code_gzip;
writeFileSync(join(dist, "sizes.json"), JSON.stringify(sizes, null, 2) + "\n");

const kb = (n) => (n / 1024).toFixed(1) + " kB";
console.log(
  `web widget built: dist/widget.js ${kb(sizes.widget_js_gzip)} gzipped ` +
    `(own code ${kb(sizes.own_code_gzip)} incl. CSS, socket.io-client ~${kb(sizes.socketio_client_gzip)})`,
);
if (sizes.own_code_gzip > OWN_BUDGET) {
  console.error(`error: the widget's own code is ${kb(sizes.own_code_gzip)} gzipped, over its ${kb(OWN_BUDGET)} budget`);
  process.exit(1);
}
