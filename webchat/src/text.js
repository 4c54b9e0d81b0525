// Safe rendering of the bot's words. Text is never parsed as HTML: every piece
// becomes a DOM text node. A small, fixed set of plain-text conventions is
// shown as structure: blank-line paragraphs, line breaks, "- " list items,
// **bold**, and http(s) URLs as links. Nothing else becomes markup.

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'"\]]+$/;

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

export function srOnly(text) {
  return el("span", "lpc-sr", text);
}

// The link target if `candidate` is an http(s) URL, else null.
export function safeHref(candidate) {
  try {
    const url = new URL(candidate);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (url.username || url.password) return null;
    return url.href;
  } catch (error) {
    return null;
  }
}

function trimUrl(raw) {
  let url = raw.replace(TRAILING_PUNCTUATION, "");
  // keep a closing bracket only when the URL opened one, as in .../Thing_(x)
  while (url.endsWith(")") && (url.match(/\(/g) || []).length < (url.match(/\)/g) || []).length) {
    url = url.slice(0, -1).replace(TRAILING_PUNCTUATION, "");
  }
  return url;
}

function appendLinked(parent, text) {
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    const href = url && safeHref(url);
    if (!href) continue;
    if (match.index > last) parent.append(document.createTextNode(text.slice(last, match.index)));
    const link = el("a", "lpc-link", url);
    link.href = href;
    link.target = "_blank";
    link.rel = "noopener noreferrer nofollow";
    link.append(srOnly(" (opens in a new tab)"));
    parent.append(link);
    last = match.index + url.length;
  }
  if (last < text.length) parent.append(document.createTextNode(text.slice(last)));
}

function appendInline(parent, text) {
  const parts = text.split(/(\*\*[^*\n]+?\*\*)/);
  for (const part of parts) {
    if (!part) continue;
    if (part.length > 4 && part.startsWith("**") && part.endsWith("**")) {
      const strong = el("strong");
      appendLinked(strong, part.slice(2, -2));
      parent.append(strong);
    } else {
      appendLinked(parent, part);
    }
  }
}

// Fills `container` with the rendering of `text`; returns the container.
export function renderText(container, text) {
  const lines = String(text == null ? "" : text).split(/\r?\n/);
  let paragraph = null;
  let list = null;
  for (const line of lines) {
    const item = /^\s*[-*\u2022]\s+(.*)$/.exec(line);
    if (item) {
      if (!list) {
        list = el("ul", "lpc-list");
        container.append(list);
      }
      paragraph = null;
      const li = el("li");
      appendInline(li, item[1]);
      list.append(li);
      continue;
    }
    list = null;
    if (!line.trim()) {
      paragraph = null;
      continue;
    }
    if (paragraph) {
      paragraph.append(el("br"));
    } else {
      paragraph = el("p", "lpc-p");
      container.append(paragraph);
    }
    appendInline(paragraph, line);
  }
  return container;
}
