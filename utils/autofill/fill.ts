// The prototype's setter, not the instance's: frameworks such as React shadow `value` on the element to
// notice programmatic changes, and would otherwise ignore the fill.
const setNativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;

/** Types text into one input the way a keyboard would, so the page's own key and input handlers run. */
function type(input: HTMLInputElement, text: string): void {
  input.focus({ preventScroll: true });
  // keyCode too: older widgets decide from it whether a digit was typed and focus should move on (`which` follows it).
  const keyCode = text.length === 1 ? text.charCodeAt(0) : 0;
  const key = { key: text.length === 1 ? text : 'Unidentified', keyCode, bubbles: true, composed: true, cancelable: true };
  input.dispatchEvent(new KeyboardEvent('keydown', key));
  input.dispatchEvent(new KeyboardEvent('keypress', { ...key, charCode: keyCode }));
  const insert = { bubbles: true, composed: true, data: text, inputType: 'insertText' };
  input.dispatchEvent(new InputEvent('beforeinput', { ...insert, cancelable: true }));
  setNativeValue.call(input, text);
  input.dispatchEvent(new InputEvent('input', insert));
  input.dispatchEvent(new KeyboardEvent('keyup', key));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Puts a code into a field: one input, or a row of boxes filled one character each with the key events their
 * own scripts listen to. The code never goes whole into a box of a row: when the page's handlers move
 * characters on (focus hops, a first box that spreads what it gets), the row counts as filled only if its
 * boxes together read the code. Returns whether the field now holds the code.
 */
export function fillField(inputs: HTMLInputElement[], code: string): boolean {
  if (inputs.length === 1) {
    const input = inputs[0]!;
    // A box for fewer characters than the code is not where the code goes (the setter ignores maxlength).
    if (input.maxLength > 0 && input.maxLength < code.length) return false;
    type(input, code);
    return input.value === code;
  }
  if (inputs.length !== code.length) return false;
  inputs.forEach((input, i) => type(input, code[i]!));
  return inputs.map((input) => input.value).join('') === code;
}
