/**
 * Helpers that wrap a page's body in a realistic document (head, header/nav, footer, cookie banner) and the
 * inline scripts several pages share. Everything is inline: no remote images, fonts or scripts.
 */

export interface DocOptions {
  title: string;
  /** Brand shown in the header and footer. */
  brand: string;
  /** Main content. */
  body: string;
  /** `<html lang>`; 'en' by default. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Header links. */
  nav?: readonly string[];
  /** Footer links; English defaults. */
  footer?: readonly string[];
  /** Adds a site search box to the header (annotated data-expect="none"). */
  search?: string;
  /** Cookie banner text and button labels. */
  cookies?: { text: string; accept: string; reject: string };
  /** Brand colour. */
  accent?: string;
  css?: string;
  /** Inline script appended at the end of <body> (plain ES5-ish JS). */
  script?: string;
}

function logo(accent: string): string {
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' width='28' height='28' viewBox='0 0 28 28'>` +
    `<rect width='28' height='28' rx='7' fill='${accent}'/><circle cx='14' cy='14' r='6' fill='white'/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

const BASE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;background:#f6f8fa}
a{color:var(--accent)}
.site-header{display:flex;align-items:center;gap:18px;padding:10px 24px;background:#fff;border-bottom:1px solid #d0d7de}
.site-header .brand{display:flex;align-items:center;gap:8px;font-weight:600;color:#1f2328;text-decoration:none}
.site-header nav{display:flex;gap:14px;font-size:14px}
.site-header nav a{color:#57606a;text-decoration:none}
.site-header form{margin-left:auto}
.site-header input[type=search]{width:220px;padding:5px 9px;border:1px solid #d0d7de;border-radius:6px}
main{max-width:440px;margin:40px auto;padding:0 16px}
.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:24px}
h1{font-size:22px;font-weight:500;margin:0 0 12px}
label{display:block;font-weight:600;margin:14px 0 6px}
input[type=text],input[type=tel],input[type=number],input[type=password],input[type=email],input[type=search],input[type=date],input:not([type]){width:100%;padding:8px 10px;font-size:16px;border:1px solid #d0d7de;border-radius:6px;background:#fff}
button,.btn{display:inline-block;margin-top:16px;padding:8px 16px;font-size:15px;border:0;border-radius:6px;background:var(--accent);color:#fff;cursor:pointer}
button.link{background:none;color:var(--accent);padding:0;margin-top:10px}
.muted{color:#57606a;font-size:13px}
.row{display:flex;gap:12px}.row>div{flex:1}
.boxes{display:flex;gap:8px;align-items:center}
.boxes input{width:44px !important;height:52px;text-align:center;font-size:22px;padding:0 !important}
.site-footer{max-width:640px;margin:40px auto;text-align:center;font-size:12px;color:#57606a}
.site-footer a{color:#57606a;margin:0 6px}
.cookie{position:fixed;left:16px;right:16px;bottom:16px;background:#24292f;color:#fff;padding:12px 16px;border-radius:8px;font-size:13px;display:flex;gap:12px;align-items:center}
.cookie button{margin:0;background:#fff;color:#24292f}
`;

export function doc(o: DocOptions): string {
  const accent = o.accent ?? '#0969da';
  const nav = (o.nav ?? []).map((l) => `<a href="#">${l}</a>`).join('');
  const footer = (o.footer ?? ['Terms', 'Privacy', 'Security', 'Contact', 'Help']).map((l) => `<a href="#">${l}</a>`).join('');
  const search = o.search
    ? `<form role="search" action="/search"><input type="search" name="q" placeholder="${o.search}" aria-label="${o.search}" autocomplete="off" data-expect="none"></form>`
    : '';
  const cookies = o.cookies
    ? `<div class="cookie" role="dialog" aria-label="Cookies"><span>${o.cookies.text}</span><button type="button" onclick="this.parentNode.remove()">${o.cookies.accept}</button><button type="button" onclick="this.parentNode.remove()">${o.cookies.reject}</button></div>`
    : '';
  return `<!doctype html>
<html lang="${o.lang ?? 'en'}"${o.dir ? ` dir="${o.dir}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${o.brand}">
<meta name="robots" content="noindex">
<title>${o.title}</title>
<link rel="icon" href="${logo(accent)}">
<style>:root{--accent:${accent}}${BASE_CSS}${o.css ?? ''}</style>
</head>
<body>
<header class="site-header"><a class="brand" href="/"><img src="${logo(accent)}" alt="" width="28" height="28">${o.brand}</a><nav>${nav}</nav>${search}</header>
<main>
${o.body}
</main>
<footer class="site-footer">© 2025 ${o.brand} ${footer}</footer>
${cookies}
${o.script ? `<script>\n${o.script}\n</script>` : ''}
</body>
</html>
`;
}

/** A bare document for iframe content (auth widgets have no site chrome). */
export function frameDoc(o: { title: string; body: string; lang?: string; accent?: string; css?: string; script?: string }): string {
  const accent = o.accent ?? '#0969da';
  return `<!doctype html>
<html lang="${o.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<title>${o.title}</title>
<style>:root{--accent:${accent}}${BASE_CSS}body{background:#fff}main{margin:16px auto}${o.css ?? ''}</style>
</head>
<body>
<main>
${o.body}
</main>
${o.script ? `<script>\n${o.script}\n</script>` : ''}
</body>
</html>
`;
}

export interface BoxesOptions {
  count: number;
  /** Group sizes, e.g. [3, 3]; a separator is put between groups. */
  groups?: readonly number[];
  separator?: string;
  /** data-expect for every box; 'totp' boxes also get data-split-index. */
  expect?: 'totp' | 'sms-email';
  /** Extra attributes for box i (0-based). */
  attrs: (i: number) => string;
}

/** One-character boxes of a split code field. */
export function boxes(o: BoxesOptions): string {
  const expect = o.expect ?? 'totp';
  const groups = o.groups ?? [o.count];
  const out: string[] = [];
  let i = 0;
  groups.forEach((size, g) => {
    if (g > 0) out.push(o.separator ?? '<span class="sep" aria-hidden="true">–</span>');
    for (let k = 0; k < size; k++, i++) {
      const index = expect === 'totp' ? ` data-split-index="${i}"` : '';
      out.push(`<input ${o.attrs(i)} data-expect="${expect}"${index}>`);
    }
  });
  if (i !== o.count) throw new Error(`boxes: groups add up to ${i}, not ${o.count}`);
  return out.join('\n');
}

/**
 * React's controlled input, reduced to what matters for autofill. React keeps a "value tracker" on each input:
 * it redefines `value` on the instance so every `node.value = x` from script records x; when an input/change
 * event arrives, React compares the node's real value with the tracker and fires onChange only if they differ,
 * then re-renders the value from state. So `el.value = code; el.dispatchEvent(new Event('input'))` is ignored
 * (the tracker already holds the code, state stays empty, the field reverts), while setting the value with the
 * prototype setter (which bypasses the tracker) and dispatching a bubbling 'input' event updates state.
 *
 * Inputs carrying data-state-key are wired up; state lives in window.__corpusState[key]. Spaces are stripped and
 * the value is cut to maxlength, as sites' onChange handlers commonly do.
 */
export const REACT_CONTROLLED_SCRIPT = `
(function () {
  var state = window.__corpusState = window.__corpusState || {};
  var desc = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  function track(node) {
    if (node.__corpusTracker) return;
    var tracker = { value: desc.get.call(node) };
    Object.defineProperty(node, 'value', {
      configurable: true,
      get: function () { return desc.get.call(this); },
      set: function (v) { tracker.value = String(v); desc.set.call(this, v); }
    });
    node.__corpusTracker = tracker;
  }
  function render(node) {
    var key = node.getAttribute('data-state-key');
    var want = state[key] == null ? '' : String(state[key]);
    if (node.value !== want) node.value = want;
    var form = node.form;
    var submit = form && form.querySelector('[data-needs-complete]');
    if (submit) submit.disabled = want.length < (node.maxLength > 0 ? node.maxLength : 6);
  }
  function onEvent(event) {
    var node = event.target;
    if (!node || !node.__corpusTracker || !node.hasAttribute('data-state-key')) return;
    var current = desc.get.call(node);
    if (current !== node.__corpusTracker.value) {
      node.__corpusTracker.value = current;
      var next = current.replace(/\\s+/g, '');
      if (node.maxLength > 0) next = next.slice(0, node.maxLength);
      state[node.getAttribute('data-state-key')] = next;
    }
    render(node);
  }
  window.__corpusControl = function (root) {
    var nodes = (root || document).querySelectorAll('input[data-state-key]');
    for (var i = 0; i < nodes.length; i++) {
      var key = nodes[i].getAttribute('data-state-key');
      if (state[key] == null) state[key] = '';
      track(nodes[i]);
      render(nodes[i]);
    }
  };
  document.addEventListener('input', onEvent, false);
  document.addEventListener('change', onEvent, false);
  window.__corpusControl(document);
})();
`;

/**
 * A split field in the manner of react-otp-input v3: one state string for the whole code, each box rendering
 * one character; the focused box index ("activeInput") is set on focus and decides which character an onChange
 * writes; after a character the next box is focused; Backspace clears and moves back; a paste, or a whole code
 * arriving in one box, is spread over the boxes. onChange goes through React's value tracker (see above), onInput
 * does not. As in the library, blur moves activeInput back by one, so a script that sets box values must focus
 * each box first (or fill in order, letting the page move focus). Boxes carry data-otp-box and data-state-key; the joined code is window.__corpusState[key].
 */
export const REACT_OTP_INPUT_SCRIPT = `
(function () {
  var state = window.__corpusState = window.__corpusState || {};
  var desc = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-otp-box]'));
  var n = boxes.length;
  var key = boxes[0].getAttribute('data-state-key');
  var active = 0;
  state[key] = '';
  function valid(v) { return typeof v === 'string' && v.trim().length === 1 && !isNaN(Number(v)); }
  function digits() { return state[key] ? state[key].split('') : []; }
  function setOtp(arr) { state[key] = arr.join(''); render(); }
  function render() {
    var d = digits();
    for (var i = 0; i < n; i++) {
      var want = d[i] == null ? '' : d[i];
      if (boxes[i].value !== want) boxes[i].value = want;
    }
    var submit = document.querySelector('[data-needs-complete]');
    if (submit) submit.disabled = state[key].length < n;
  }
  function focusBox(i) {
    var k = Math.max(Math.min(n - 1, i), 0);
    boxes[k].focus();
  }
  function changeAtFocus(v) { var d = digits(); d[active] = v.charAt(0); setOtp(d); }
  boxes.forEach(function (box, i) {
    var tracker = { value: desc.get.call(box) };
    Object.defineProperty(box, 'value', {
      configurable: true,
      get: function () { return desc.get.call(this); },
      set: function (v) { tracker.value = String(v); desc.set.call(this, v); }
    });
    box.addEventListener('focus', function () { active = i; box.select(); });
    box.addEventListener('blur', function () { active = active - 1; });
    box.addEventListener('input', function () {
      var value = desc.get.call(box);
      // onInput (no tracker check)
      if (!valid(value)) {
        if (value.length === n && value.split('').every(valid)) {
          setOtp(value.split(''));
          focusBox(n - 1);
        }
        box.value = '';
      }
      // onChange (only when the tracker saw no script assignment of this value)
      var now = desc.get.call(box);
      if (now !== tracker.value) {
        tracker.value = now;
        if (valid(now)) { changeAtFocus(now); focusBox(active + 1); }
      }
      render();
    });
    box.addEventListener('keydown', function (event) {
      var d = digits();
      if (event.key === 'Backspace') { event.preventDefault(); changeAtFocus(''); focusBox(active - 1); }
      else if (event.key === 'Delete') { event.preventDefault(); changeAtFocus(''); }
      else if (event.key === 'ArrowLeft') { event.preventDefault(); focusBox(active - 1); }
      else if (event.key === 'ArrowRight') { event.preventDefault(); focusBox(active + 1); }
      else if (event.key === ' ' || event.key === 'Spacebar') { event.preventDefault(); }
      else if (event.key && event.key.length === 1 && event.key === d[active]) { event.preventDefault(); focusBox(active + 1); }
    });
    box.addEventListener('paste', function (event) {
      event.preventDefault();
      var d = digits();
      var text = (event.clipboardData ? event.clipboardData.getData('text/plain') : '').slice(0, n - active).split('');
      if (!text.every(valid)) return;
      var next = active;
      for (var p = 0; p < n; ++p) { if (p >= active && text.length > 0) { d[p] = text.shift(); next++; } }
      focusBox(next);
      setOtp(d);
    });
  });
  render();
})();
`;

/** Defines a custom element whose shadow root (mode 'open' or 'closed') is filled from a <template>. */
export function shadowElementScript(tag: string, templateId: string, mode: 'open' | 'closed'): string {
  const className = tag.replace(/(^|-)([a-z])/g, (_m: string, _d: string, c: string) => c.toUpperCase());
  return `
(function () {
  window.__corpusClosedRoots = window.__corpusClosedRoots || [];
  class ${className} extends HTMLElement {
    constructor() {
      super();
      var root = this.attachShadow({ mode: '${mode}' });
      root.appendChild(document.getElementById('${templateId}').content.cloneNode(true));
      ${mode === 'closed' ? 'window.__corpusClosedRoots.push(root);' : ''}
    }
  }
  customElements.define('${tag}', ${className});
})();
`;
}
