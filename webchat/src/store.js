// Where the conversation lives in the browser between page loads: the Rasa
// session id and the messages shown (as data, never as HTML). sessionStorage
// by default, so a shared computer forgets the conversation when the tab closes.

const VERSION = 1;
const MAX_MESSAGES = 300;

function backend(kind) {
  try {
    const storage = kind === "local" ? window.localStorage : kind === "session" ? window.sessionStorage : null;
    if (!storage) return null;
    const probe = "__lpc_probe__";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch (error) {
    return null; // blocked (privacy mode, sandboxed iframe): keep it in memory
  }
}

export function emptyState() {
  return { v: VERSION, sessionId: null, started: false, messages: [], open: false };
}

export class Store {
  constructor(kind, serverUrl) {
    this.storage = backend(kind);
    this.key = `legpain-chat:${serverUrl}`;
    this.state = this.load();
  }

  load() {
    if (!this.storage) return emptyState();
    try {
      const saved = JSON.parse(this.storage.getItem(this.key) || "null");
      if (saved && saved.v === VERSION && Array.isArray(saved.messages)) {
        return Object.assign(emptyState(), saved);
      }
    } catch (error) {
      // unreadable: start afresh
    }
    return emptyState();
  }

  save() {
    if (this.state.messages.length > MAX_MESSAGES) {
      this.state.messages = this.state.messages.slice(-MAX_MESSAGES);
    }
    if (!this.storage) return;
    try {
      this.storage.setItem(this.key, JSON.stringify(this.state));
    } catch (error) {
      // full or blocked: the conversation still works, it just won't survive a reload
    }
  }

  clear() {
    const open = this.state.open;
    this.state = emptyState();
    this.state.open = open;
    this.save();
  }
}
