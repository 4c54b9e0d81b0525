// The link to Rasa's socketio channel (rasa/core/channels/socketio.py, 3.6):
//   client -> "session_request" {session_id}   server -> "session_confirm" <session id>
//   client -> "user_uttered" {message, session_id}
//   server -> "bot_uttered" {text} | {text, quick_replies} | {attachment} | <custom "data">
// With session_persistence the server puts the socket in a room named after
// the session id, so replies reach whichever socket holds that session, also
// after a reconnect. Messages typed while the link is down wait in a queue and
// go out once the session is confirmed again (socket.io's own buffer would
// send them before the session_request, and their replies could be lost).

import { io } from "socket.io-client";

export class Connection {
  constructor({ serverUrl, socketPath, transports, getSessionId, onSession, onMessage, onState }) {
    this.getSessionId = getSessionId;
    this.onSession = onSession;
    this.onMessage = onMessage;
    this.onState = onState;
    this.ready = false;
    this.everReady = false;
    this.queue = [];
    this.socket = io(serverUrl, {
      path: socketPath,
      transports,
      tryAllTransports: true, // websocket first; plain HTTP polling where a proxy blocks websockets
      autoConnect: false,
      reconnection: true,
      reconnectionAttempts: Infinity,
      reconnectionDelay: 1000,
      reconnectionDelayMax: 5000,
      timeout: 8000,
    });
    this.socket.on("connect", () => this.requestSession());
    this.socket.on("session_confirm", (data) => this.confirmSession(data));
    this.socket.on("bot_uttered", (data) => this.onMessage(data));
    this.socket.on("disconnect", (reason) => {
      this.ready = false;
      if (reason === "io client disconnect") return; // we closed it ourselves
      this.onState("lost", reason);
    });
    this.socket.on("connect_error", () => {
      this.ready = false;
      this.onState("unreachable");
    });
  }

  start() {
    this.onState("connecting");
    this.socket.connect();
  }

  requestSession() {
    this.ready = false;
    this.socket.emit("session_request", { session_id: this.getSessionId() || null });
  }

  confirmSession(data) {
    const id = typeof data === "string" ? data : data && data.session_id;
    if (!id) return;
    this.ready = true;
    this.sessionId = id;
    this.onSession(id);
    const waiting = this.queue.splice(0);
    for (const message of waiting) this.emit(message);
    this.flushed = waiting.length;
    this.onState(this.everReady ? "reconnected" : "ready");
    this.everReady = true;
  }

  emit(message) {
    this.socket.emit("user_uttered", { message, session_id: this.sessionId });
  }

  // True when sent now, false when queued until the link is back.
  send(message) {
    if (this.ready && this.socket.connected) {
      this.emit(message);
      return true;
    }
    this.queue.push(message);
    return false;
  }

  // A new socket (so the old session's room is left) asking for a new session.
  restart() {
    this.queue = [];
    this.ready = false;
    this.socket.disconnect();
    this.socket.connect();
  }

  retryNow() {
    if (!this.socket.connected) {
      this.socket.disconnect();
      this.socket.connect();
    }
  }

  close() {
    this.queue = [];
    this.socket.disconnect();
  }
}
