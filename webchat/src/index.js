// Entry point: window.LegPainChat.init(options), and auto-start from the
// script tag's data-* attributes:
//   <script src="https://chat.example.org/widget.js" data-server-url="https://bot.example.org"
//           data-title="Leg pain helper" data-primary-color="#005eb8" defer></script>

import { fromScriptTag } from "./config.js";
import { ChatWidget, rememberScriptBase } from "./widget.js";

const VERSION = "0.1.0";
const script = document.currentScript;
rememberScriptBase(script);

function init(options) {
  return new ChatWidget(options || {});
}

function whenReady(callback) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", callback, { once: true });
  else callback();
}

const api = { init, version: VERSION };
if (!window.LegPainChat) window.LegPainChat = api;

if (script && script.dataset && (script.dataset.serverUrl || script.dataset.config)) {
  const options = fromScriptTag(script);
  whenReady(() => {
    window.LegPainChat.instance = init(options);
  });
}
