// Configuration: defaults, the script tag's data-* attributes, an optional JSON
// element (written by serve.py), and options passed to LegPainChat.init().
// Everything from outside is checked here, so the rest of the code can trust it.

export const DEFAULTS = Object.freeze({
  serverUrl: "",
  socketPath: "/socket.io",
  title: "Leg pain helper",
  primaryColor: "#005eb8",
  container: null, // element or CSS selector: inline mode; none: floating launcher
  open: false, // floating mode: start with the panel open
  initPayload: "/greet", // sent silently when a new session starts; "" to send nothing
  persist: "session", // where the session id and history live: "session" | "local" | "none"
  notice: "I'm not a doctor and this isn't a diagnosis. In an emergency call 911 / 999 / 112.",
  replyTimeout: 30, // seconds to wait for a reply before saying so
  transports: ["websocket", "polling"],
});

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

// data-foo-bar attributes -> option names
const ATTRIBUTES = {
  serverUrl: "serverUrl",
  socketPath: "socketPath",
  title: "title",
  primaryColor: "primaryColor",
  container: "container",
  open: "open",
  initPayload: "initPayload",
  persist: "persist",
  notice: "notice",
  replyTimeout: "replyTimeout",
};

export function fromScriptTag(script) {
  if (!script || !script.dataset) return {};
  const options = {};
  const data = script.dataset;
  if (data.config) {
    const element = document.getElementById(data.config);
    if (element) {
      try {
        Object.assign(options, JSON.parse(element.textContent || "{}"));
      } catch (error) {
        console.error("LegPainChat: the config element #%s is not valid JSON", data.config);
      }
    }
  }
  for (const [key, option] of Object.entries(ATTRIBUTES)) {
    if (data[key] !== undefined) options[option] = data[key];
  }
  return options;
}

export function httpUrl(value) {
  if (typeof value !== "string" || !value) return null;
  try {
    const url = new URL(value, window.location.href);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch (error) {
    return null;
  }
}

function bool(value) {
  return value === true || value === "true" || value === "" || value === "1";
}

// Returns {config, problems}: config always usable, problems for the console.
export function resolve(options) {
  const given = Object.assign({}, options || {});
  const config = Object.assign({}, DEFAULTS);
  const problems = [];

  const server = httpUrl(given.serverUrl);
  if (server) {
    config.serverUrl = server.origin + server.pathname.replace(/\/+$/, "");
  } else {
    problems.push("serverUrl must be an http(s) URL of the Rasa server, e.g. http://localhost:5005");
  }
  if (typeof given.socketPath === "string" && /^\/[\w\-./]*$/.test(given.socketPath)) {
    config.socketPath = given.socketPath;
  }
  if (typeof given.title === "string" && given.title.trim()) config.title = given.title.trim().slice(0, 80);
  if (given.primaryColor !== undefined) {
    if (HEX_COLOR.test(String(given.primaryColor))) config.primaryColor = String(given.primaryColor);
    else problems.push("primaryColor must be a hex colour like #005eb8; using the default");
  }
  if (given.container) config.container = given.container;
  if (given.open !== undefined) config.open = bool(given.open);
  if (typeof given.initPayload === "string") config.initPayload = given.initPayload.trim();
  if (["session", "local", "none"].includes(given.persist)) config.persist = given.persist;
  if (typeof given.notice === "string") config.notice = given.notice.trim();
  const timeout = Number(given.replyTimeout);
  if (Number.isFinite(timeout) && timeout >= 1) config.replyTimeout = timeout;
  if (Array.isArray(given.transports) && given.transports.length) {
    const transports = given.transports.filter((t) => t === "websocket" || t === "polling");
    if (transports.length) config.transports = transports;
  }
  return { config, problems };
}

// --- colours: pick the text colour that reads best on the primary colour ---

function channel(value) {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

export function luminance(hex) {
  let h = hex.slice(1);
  if (h.length === 3) h = h.replace(/./g, "$&$&");
  const n = parseInt(h, 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const DARK_TEXT = "#212b32";

export function textColorOn(background) {
  return contrast(background, "#ffffff") >= contrast(background, DARK_TEXT) ? "#ffffff" : DARK_TEXT;
}
