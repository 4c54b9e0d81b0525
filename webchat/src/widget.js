// The chat widget: builds its DOM inside a shadow root (so the host page's CSS
// and the widget's cannot disturb each other), renders messages from data
// (never from HTML), and keeps the conversation across reloads.

import { resolve, textColorOn } from "./config.js";
import { Store } from "./store.js";
import { Connection } from "./transport.js";
import { el, renderText, safeHref, srOnly } from "./text.js";

/* global __LPC_CSS__ */
const CSS = typeof __LPC_CSS__ === "string" ? __LPC_CSS__ : "";

const CARD_LABELS = {
  emergency: "Immediate action required",
  urgent: "Urgent advice",
  info: "Advice",
};

const STATUS = {
  connecting: ["Connecting to the helper\u2026", "info"],
  unreachable: [
    "Can\u2019t reach the helper right now. Trying again every few seconds. " +
      "In an emergency call 911 / 999 / 112.",
    "error",
  ],
  lost: ["Connection lost. Reconnecting\u2026", "warn"],
  lostWaiting: [
    "Connection lost before the helper replied. Reconnecting\u2026 You may need to send your last message again.",
    "warn",
  ],
  reconnected: ["Connected again. You can carry on.", "ok"],
  queued: ["Not connected: your message will be sent when the connection is back.", "warn"],
  timeout: ["No reply yet. The helper may be busy; please try sending your message again.", "warn"],
  restarted: ["New conversation started.", "ok"],
  misconfigured: ["The chat is not set up: it has no valid server address.", "error"],
};

let instances = 0;

function str(value, max) {
  return typeof value === "string" ? value.slice(0, max) : "";
}

// A bot_uttered payload -> a stored message, or null when there is nothing to show.
export function normalize(data) {
  if (typeof data === "string") data = { text: data };
  if (!data || typeof data !== "object") return null;
  const message = { from: "bot" };
  const text = str(data.text, 10000);
  if (text.trim()) message.text = text;
  const card = data.card;
  if (card && typeof card === "object" && (card.title || card.body)) {
    message.card = {
      level: card.level === "emergency" || card.level === "urgent" ? card.level : "info",
      title: str(card.title, 500),
      body: str(card.body, 5000),
    };
    // words after the card (e.g. "I can go on with a few questions"), shown as a message
    const followUp = str(card.follow_up, 5000);
    if (!message.text && followUp.trim()) message.text = followUp;
  }
  const buttons = Array.isArray(data.quick_replies) ? data.quick_replies : data.buttons;
  if (Array.isArray(buttons)) {
    const usable = buttons
      .filter((b) => b && typeof b.title === "string" && b.title.trim() && typeof b.payload === "string")
      .slice(0, 12)
      .map((b) => ({ title: b.title.slice(0, 200), payload: b.payload.slice(0, 1000) }));
    if (usable.length) message.buttons = usable;
  }
  const attachment = data.attachment;
  if (attachment && typeof attachment === "object" && attachment.type === "image" && attachment.payload) {
    const href = safeHref(String(attachment.payload.src || ""));
    if (href) message.image = href;
  }
  return message.text || message.card || message.buttons || message.image ? message : null;
}

export class ChatWidget {
  constructor(options) {
    const { config, problems } = resolve(options);
    for (const problem of problems) console.warn("LegPainChat: " + problem);
    this.config = config;
    this.usable = Boolean(config.serverUrl);
    this.id = `lpc${++instances}`;
    this.store = new Store(config.persist, config.serverUrl || "unset");
    this.waitTimer = null;
    this.statusTimer = null;
    this.connectingTimer = null;
    this.waiting = false;
    this.restarting = false;
    this.build();
    if (!this.usable) this.setStatus("misconfigured");
    // A closed launcher on someone's page opens no connection (and no Rasa
    // session) until it is opened, unless a conversation is already going on.
    else if (this.inline || this.store.state.open || this.store.state.sessionId) this.connect();
  }

  // --- DOM ------------------------------------------------------------------
  build() {
    const c = this.config;
    let container = c.container;
    if (typeof container === "string") container = document.querySelector(container);
    this.inline = Boolean(container && container.nodeType === 1);

    this.host = el("div", "legpain-chat");
    this.host.style.setProperty("--lpc-primary", c.primaryColor);
    this.host.style.setProperty("--lpc-on-primary", textColorOn(c.primaryColor));
    const root = this.host.attachShadow({ mode: "open" });
    this.root = root;
    if (CSS && "adoptedStyleSheets" in Document.prototype && typeof CSSStyleSheet === "function") {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      const link = el("link");
      link.rel = "stylesheet";
      link.href = scriptBase() + "widget.css";
      root.append(link);
    }

    const frame = el("div", `lpc lpc--${this.inline ? "inline" : "floating"}`);
    root.append(frame);

    const panel = el("section", "lpc-panel");
    panel.id = `${this.id}-panel`;
    panel.setAttribute("aria-labelledby", `${this.id}-title`);
    this.panel = panel;

    if (!this.inline) {
      this.launcher = el("button", "lpc-launcher");
      this.launcher.type = "button";
      this.launcher.setAttribute("aria-controls", panel.id);
      this.launcher.append(el("span", "lpc-launcher__icon"), el("span", null, c.title));
      this.launcher.querySelector(".lpc-launcher__icon").setAttribute("aria-hidden", "true");
      this.launcher.addEventListener("click", () => this.setOpen(!this.store.state.open));
      frame.append(this.launcher);
    }
    frame.append(panel);

    const header = el("header", "lpc-header");
    const title = el("h2", "lpc-title", c.title);
    title.id = `${this.id}-title`;
    this.restartButton = el("button", "lpc-restart", "Start over");
    this.restartButton.type = "button";
    this.restartButton.addEventListener("click", () => this.startOver());
    header.append(title, this.restartButton);
    if (!this.inline) {
      const close = el("button", "lpc-close");
      close.type = "button";
      close.setAttribute("aria-label", "Close chat");
      close.append(el("span", null, "\u00d7"));
      close.firstChild.setAttribute("aria-hidden", "true");
      close.addEventListener("click", () => this.setOpen(false));
      header.append(close);
    }
    panel.append(header);
    if (c.notice) panel.append(el("p", "lpc-notice", c.notice));

    this.log = el("div", "lpc-log");
    this.log.setAttribute("role", "log");
    this.log.setAttribute("aria-live", "polite");
    this.log.setAttribute("aria-relevant", "additions");
    this.log.setAttribute("aria-label", "Conversation");
    this.log.tabIndex = 0; // a scrollable region must be reachable by keyboard
    panel.append(this.log);

    this.typing = el("div", "lpc-typing");
    this.typing.hidden = true;
    this.typing.append(srOnly("The helper is typing"));
    const dots = el("span", "lpc-typing__dots");
    dots.setAttribute("aria-hidden", "true");
    dots.append(el("span"), el("span"), el("span"));
    this.typing.append(dots);
    panel.append(this.typing);

    this.status = el("div", "lpc-status");
    this.status.setAttribute("role", "status");
    this.statusText = el("span", "lpc-status__text");
    this.retryButton = el("button", "lpc-status__retry", "Try now");
    this.retryButton.type = "button";
    this.retryButton.hidden = true;
    this.retryButton.addEventListener("click", () => this.connection && this.connection.retryNow());
    this.status.append(this.statusText, this.retryButton);
    panel.append(this.status);

    const form = el("form", "lpc-form");
    form.noValidate = true;
    const label = el("label", "lpc-sr", "Your message");
    label.htmlFor = `${this.id}-input`;
    this.input = el("input", "lpc-input");
    this.input.id = `${this.id}-input`;
    this.input.type = "text";
    this.input.autocomplete = "off";
    this.input.maxLength = 1000;
    this.input.placeholder = "Type your message";
    this.input.setAttribute("enterkeyhint", "send");
    this.sendButton = el("button", "lpc-send", "Send");
    this.sendButton.type = "submit";
    form.append(label, this.input, this.sendButton);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.submit();
    });
    panel.append(form);

    // Render the saved history before the log is in the document, so screen
    // readers do not read the whole history out again after a reload.
    for (const message of this.store.state.messages) this.log.append(this.renderMessage(message));

    if (this.inline) {
      container.append(this.host);
    } else {
      frame.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && this.store.state.open) {
          event.stopPropagation();
          this.setOpen(false);
        }
      });
      document.body.append(this.host);
      this.setOpen(this.store.state.open || this.config.open, false);
    }
    this.scrollToEnd(false);
  }

  setOpen(open, moveFocus = true) {
    if (this.inline) return;
    this.store.state.open = open;
    this.store.save();
    this.panel.hidden = !open;
    this.launcher.setAttribute("aria-expanded", String(open));
    this.launcher.hidden = open;
    if (open && this.usable && !this.connection) this.connect();
    if (moveFocus) (open ? this.input : this.launcher).focus();
    if (open) this.scrollToEnd(false);
  }

  renderMessage(message) {
    const item = el("div", `lpc-msg lpc-msg--${message.from === "user" ? "user" : "bot"}`);
    if (message.from === "user") {
      item.append(srOnly("You said: "), el("div", "lpc-bubble", message.text));
      return item;
    }
    item.append(srOnly("The helper said: "));
    if (message.card) item.append(this.renderCard(message.card));
    if (message.text) item.append(renderText(el("div", "lpc-bubble"), message.text));
    if (message.image) {
      const link = el("a", "lpc-link", "Open the image");
      link.href = message.image;
      link.target = "_blank";
      link.rel = "noopener noreferrer nofollow";
      item.append(link);
    }
    if (message.buttons) item.append(this.renderButtons(message));
    return item;
  }

  renderCard(card) {
    const box = el("div", `lpc-card lpc-card--${card.level}`);
    const heading = el("h3", "lpc-card__heading");
    heading.append(el("span", "lpc-card__label", CARD_LABELS[card.level]), srOnly(": "));
    if (card.title) heading.append(el("span", "lpc-card__title", card.title));
    box.append(heading);
    if (card.body) box.append(renderText(el("div", "lpc-card__body"), card.body));
    return box;
  }

  renderButtons(message) {
    const group = el("div", "lpc-replies");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Answer options");
    message.buttons.forEach((button, index) => {
      const b = el("button", "lpc-reply", button.title);
      b.type = "button";
      if (message.used) {
        b.disabled = true;
        if (message.chosen === index) {
          b.classList.add("lpc-reply--chosen");
          b.append(srOnly(" (your answer)"));
        }
      }
      b.addEventListener("click", () => this.choose(message, index, group));
      group.append(b);
    });
    return group;
  }

  // --- behaviour --------------------------------------------------------------
  connect() {
    if (this.connection) return;
    this.connection = new Connection({
      serverUrl: this.config.serverUrl,
      socketPath: this.config.socketPath,
      transports: this.config.transports,
      getSessionId: () => this.store.state.sessionId,
      onSession: (id) => this.sessionConfirmed(id),
      onMessage: (data) => this.receive(data),
      onState: (state) => this.connectionState(state),
    });
    this.connection.start();
  }

  sessionConfirmed(id) {
    const state = this.store.state;
    state.sessionId = id;
    this.store.save();
    if (!state.started) {
      state.started = true;
      this.store.save();
      if (this.config.initPayload) {
        this.connection.send(this.config.initPayload);
        this.startWaiting();
      }
    }
  }

  connectionState(state) {
    clearTimeout(this.connectingTimer);
    this.host.dataset.connection = state;
    if (state === "connecting") {
      this.connectingTimer = setTimeout(() => this.setStatus("connecting"), 3000);
    } else if (state === "ready" || state === "reconnected") {
      const flushed = this.connection.flushed;
      if (this.restarting) {
        this.restarting = false;
        this.setStatus("restarted", 4000);
      } else if (state === "reconnected" || this.statusKind === "queued" || this.statusKind === "unreachable") {
        this.setStatus("reconnected", 5000);
      } else {
        this.setStatus(null);
      }
      if (flushed) this.startWaiting();
    } else if (state === "lost") {
      this.setStatus(this.waiting ? "lostWaiting" : "lost");
      this.stopWaiting();
    } else if (state === "unreachable") {
      if (this.statusKind !== "lostWaiting") this.setStatus("unreachable");
      this.stopWaiting();
    }
  }

  setStatus(kind, clearAfter) {
    clearTimeout(this.statusTimer);
    this.statusKind = kind;
    const [text, tone] = kind ? STATUS[kind] : ["", ""];
    this.statusText.textContent = text;
    this.status.dataset.tone = tone;
    this.retryButton.hidden = kind !== "unreachable";
    if (clearAfter) this.statusTimer = setTimeout(() => this.setStatus(null), clearAfter);
  }

  startWaiting() {
    this.waiting = true;
    this.typing.hidden = false;
    clearTimeout(this.waitTimer);
    this.waitTimer = setTimeout(() => {
      this.stopWaiting();
      this.setStatus("timeout");
    }, this.config.replyTimeout * 1000);
    this.scrollToEnd(true);
  }

  stopWaiting() {
    this.waiting = false;
    this.typing.hidden = true;
    clearTimeout(this.waitTimer);
  }

  receive(data) {
    const message = normalize(data);
    if (!message) return;
    this.stopWaiting();
    if (this.statusKind === "timeout" || this.statusKind === "lostWaiting") this.setStatus(null);
    this.add(message);
  }

  add(message) {
    this.store.state.messages.push(message);
    this.store.save();
    this.log.append(this.renderMessage(message));
    this.scrollToEnd(true);
  }

  // Answer buttons are for the question they came with: once it is answered
  // (by a button or in words), they are spent.
  retireButtons() {
    let changed = false;
    for (const message of this.store.state.messages) {
      if (message.buttons && !message.used) {
        message.used = true;
        changed = true;
      }
    }
    if (changed) {
      for (const button of this.log.querySelectorAll(".lpc-reply")) button.disabled = true;
    }
  }

  choose(message, index, group) {
    if (message.used) return;
    const button = message.buttons[index];
    this.retireButtons();
    message.chosen = index;
    const chosen = group.children[index];
    chosen.classList.add("lpc-reply--chosen");
    chosen.append(srOnly(" (your answer)"));
    this.send(button.payload, button.title);
    this.input.focus();
  }

  submit() {
    const text = this.input.value.trim();
    if (!text) {
      this.input.focus();
      return;
    }
    this.input.value = "";
    this.retireButtons();
    this.send(text, text);
  }

  send(payload, shown) {
    this.add({ from: "user", text: shown });
    if (!this.usable) return;
    if (!this.connection) this.connect();
    if (this.connection.send(payload)) {
      if (this.statusKind === "timeout") this.setStatus(null);
      this.startWaiting();
    } else {
      this.setStatus("queued");
    }
  }

  startOver() {
    this.stopWaiting();
    this.store.clear();
    this.log.replaceChildren();
    this.restarting = true;
    this.setStatus(null);
    if (this.connection) this.connection.restart();
    this.input.value = "";
    this.input.focus();
  }

  scrollToEnd(smooth) {
    const reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const log = this.log;
    const go = () => log.scrollTo({ top: log.scrollHeight, behavior: smooth && !reduce ? "smooth" : "auto" });
    if (typeof log.scrollTo === "function") requestAnimationFrame(go);
  }

  destroy() {
    if (this.connection) this.connection.close();
    clearTimeout(this.waitTimer);
    clearTimeout(this.statusTimer);
    clearTimeout(this.connectingTimer);
    this.host.remove();
  }
}

let base = "";
export function rememberScriptBase(script) {
  if (script && script.src) base = script.src.replace(/[^/]*(?:[?#].*)?$/, "");
}
function scriptBase() {
  return base;
}
