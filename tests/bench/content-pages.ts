/** The page shapes the content-script bench loads: what the issue measured and what the README quotes. */

const filler = (blocks: number, from = 0) =>
  Array.from(
    { length: blocks },
    (_, i) => `<div class="item"><h3>Item ${from + i}</h3><p>Text <a href="#${from + i}">link</a> <span>${from + i}</span></p></div>`,
  ).join('');

const CODE_FORM =
  '<form><h2>Two-factor authentication</h2><p>Enter the code from your authenticator app.</p><label>Code <input autocomplete="one-time-code" inputmode="numeric" maxlength="6"></label></form>';

/** A page of `count` elements: nested sections with text, links and images, and optionally a code form. */
export function plainPage(count: number, withCodeField: boolean): string {
  return `<!doctype html><html><body><main>${withCodeField ? CODE_FORM : ''}${filler(count / 5)}</main></body></html>`;
}

// What ordinary forms ask for: names, addresses, accounts, searches, quantities, messages.
const ORDINARY_INPUTS = [
  (i: number) => `<label>First name <input name="first_name_${i}" autocomplete="given-name"></label>`,
  (i: number) => `<label>Email <input type="email" name="email_${i}"></label>`,
  (i: number) => `<label>Password <input type="password" name="password" autocomplete="current-password"></label><!--${i}-->`,
  (i: number) => `<label for="street-${i}">Street address</label><input id="street-${i}" name="street" autocomplete="street-address">`,
  (i: number) => `<label for="city-${i}">City</label><input id="city-${i}" name="city">`,
  (i: number) => `<label>Search <input type="search" name="q" id="search-${i}"></label>`,
  (i: number) => `<label>Quantity <input type="number" name="qty" id="qty-${i}" min="1" value="1"></label>`,
  (i: number) => `<label>Comment <input name="comment" id="comment-${i}"></label>`,
  (i: number) => `<label>Username <input name="username" id="user-${i}" autocomplete="username"></label>`,
];

/**
 * The page: 10,000 elements holding 300 forms with 900 ordinary inputs (three each) and no code field.
 * Each form is 10 elements (form, h2, p, three labelled inputs, button); the rest is article filler.
 */
export function formsPage(): string {
  const parts: string[] = [];
  for (let f = 0; f < 300; f++) {
    const inputs = [0, 1, 2].map((k) => ORDINARY_INPUTS[(f * 3 + k) % ORDINARY_INPUTS.length]!(f * 3 + k)).join('');
    parts.push(`<form action="/f${f}"><h2>Form ${f}</h2><p>Tell us about yourself.</p>${inputs}<button>Send</button></form>`);
    parts.push(filler(4, f * 4));
  }
  return `<!doctype html><html><body><main>${parts.join('')}${filler(200, 2000)}</main></body></html>`;
}

/** One form of 1,000 ordinary inputs (a spreadsheet-like admin page). */
export function bigFormPage(): string {
  const rows = Array.from(
    { length: 1000 },
    (_, i) => `<div class="row"><label for="cell-${i}">Cell ${i}</label><input id="cell-${i}" name="cell[${i}]" class="cell"></div>`,
  );
  return `<!doctype html><html><body><main><form><h2>Price list</h2>${rows.join('')}<button>Save</button></form></main></body></html>`;
}

/** A long article (about 10,000 elements of text) with one code field at its end. */
export function articleWithCodePage(): string {
  const paragraphs = Array.from(
    { length: 2500 },
    (_, i) => `<p>Paragraph ${i} of a long read, with <em>emphasis</em>, <a href="#n${i}">a note</a> and more words.</p><div></div>`,
  );
  return `<!doctype html><html><body><main><article><h1>A long read</h1>${paragraphs.join('')}</article>${CODE_FORM}</main></body></html>`;
}
