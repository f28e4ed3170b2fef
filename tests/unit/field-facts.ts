import type { FieldFacts } from '@/utils/autofill/classify';

/** The facts of a plain text input with nothing around it, with the given ones set (for decision tables). */
export const fieldFacts = (facts: Partial<FieldFacts>): FieldFacts => ({
  type: 'text',
  autocomplete: '',
  attributes: '',
  classes: '',
  label: '',
  description: '',
  heading: '',
  context: '',
  otherFields: [],
  imageBeside: false,
  range: false,
  maxLength: -1,
  inputMode: '',
  pattern: '',
  boxes: 1,
  ...facts,
});
