// The prototype's setter, not the instance's: frameworks such as React shadow `value` on the element to
// notice programmatic changes, and would otherwise ignore the fill.
const setNativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;

function type(input: HTMLInputElement, text: string): void {
  input.focus({ preventScroll: true });
  const key = { key: text.length === 1 ? text : 'Unidentified', bubbles: true, composed: true, cancelable: true };
  input.dispatchEvent(new KeyboardEvent('keydown', key));
  setNativeValue.call(input, text);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text, inputType: 'insertText' }));
  input.dispatchEvent(new KeyboardEvent('keyup', key));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Puts a code into a field: one input, or a row of one-character boxes filled box by box with the key events
 * their own scripts listen to. Returns whether the field now holds the code.
 */
export function fillField(inputs: HTMLInputElement[], code: string): boolean {
  if (inputs.length === 1) {
    type(inputs[0]!, code);
    return inputs[0]!.value === code;
  }
  if (inputs.length !== code.length) return false;
  inputs.forEach((input, i) => type(input, code[i]!));
  return inputs.every((input, i) => input.value === code[i]);
}

/** Submits the field's form the way the Enter key would, for people who turned auto-submit on. */
export function submitFieldForm(input: HTMLInputElement): void {
  input.form?.requestSubmit();
}
