import { describe, expect, it } from 'vitest';
import { groupRows, type InputShape } from '@/utils/autofill/split-rows';

interface Box extends Partial<InputShape> {
  /** Inputs with the same container key share an ancestor within three levels. */
  row?: string;
  width?: number;
  height?: number;
}

const shape = (box: Box): InputShape => ({
  type: box.type || 'text',
  name: box.name ?? '',
  id: box.id ?? '',
  maxLength: box.maxLength ?? -1,
  autocomplete: box.autocomplete ?? '',
  className: box.className ?? '',
});

function group(boxes: Box[]): number[][] {
  return groupRows(boxes.map(shape), {
    sameRow: (i) => (boxes[i - 1]!.row ?? 'row') === (boxes[i]!.row ?? 'row'),
    size: (i) => ({ width: boxes[i]!.width ?? 200, height: boxes[i]!.height ?? 40 }),
  });
}

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const singles = (n: number) => times(n, (i) => [i]);
const row = (from: number, n: number) => [times(n, (i) => from + i)];

describe('groupRows: which neighbouring inputs are one split code field', () => {
  const cases: { name: string; boxes: Box[]; groups: number[][] }[] = [
    { name: 'six maxlength=1 boxes', boxes: times(6, () => ({ maxLength: 1 })), groups: row(0, 6) },
    {
      name: 'type=number boxes with an indexed name and one-time-code, no maxlength',
      boxes: times(6, (i) => ({ type: 'number', name: `code[${i}]`, autocomplete: 'one-time-code' })),
      groups: row(0, 6),
    },
    { name: 'otp-1 … otp-6 ids, no maxlength', boxes: times(6, (i) => ({ id: `otp-${i + 1}` })), groups: row(0, 6) },
    { name: 'digit1 … digit4 names', boxes: times(4, (i) => ({ type: 'tel', name: `digit${i + 1}` })), groups: row(0, 4) },
    { name: 'one repeated name (otp[])', boxes: times(8, () => ({ name: 'otp[]', type: 'tel' })), groups: row(0, 8) },
    { name: 'one-time-code on every box', boxes: times(5, () => ({ autocomplete: 'one-time-code' })), groups: row(0, 5) },
    {
      name: 'nameless boxes of one class, box-sized',
      boxes: times(6, () => ({ className: 'pin-box', width: 40, height: 48 })),
      groups: row(0, 6),
    },
    {
      name: '3 + 3 boxes in two containers of one row (the probe says they are together)',
      boxes: times(6, (i) => ({ name: `code_${i}`, type: 'tel' })),
      groups: row(0, 6),
    },
    {
      name: 'a split row after an e-mail field and before a name field',
      boxes: [{ name: 'email', type: 'email' }, ...times(6, (i) => ({ name: `otp${i}` })), { name: 'nickname' }],
      groups: [[0], ...row(1, 6), [7]],
    },
    {
      name: 'date of birth as day, month, year',
      boxes: [
        { name: 'day', maxLength: 2 },
        { name: 'month', maxLength: 2 },
        { name: 'year', maxLength: 4 },
      ],
      groups: singles(3),
    },
    {
      name: 'a phone number split in three (indexed, but only three parts)',
      boxes: times(3, (i) => ({ type: 'tel', name: `phone${i + 1}`, maxLength: i === 2 ? 4 : 3 })),
      groups: singles(3),
    },
    {
      name: 'a phone number in three indexed parts of one length',
      boxes: times(3, (i) => ({ type: 'tel', name: `phone${i + 1}`, maxLength: 3 })),
      groups: singles(3),
    },
    {
      name: 'unrelated inputs of one class (an address form), field-sized',
      boxes: ['first', 'last', 'street', 'city', 'zip'].map((id) => ({ id, className: 'form-control' })),
      groups: singles(5),
    },
    {
      name: 'nameless inputs of one class but wide, not boxes',
      boxes: times(6, () => ({ className: 'form-control', width: 300, height: 40 })),
      groups: singles(6),
    },
    {
      name: 'a table of 20 indexed cells is not a code row',
      boxes: times(20, (i) => ({ name: `cell[${i}]` })),
      groups: singles(20),
    },
    { name: 'names without an index', boxes: ['a', 'b', 'c', 'd'].map((name) => ({ name })), groups: singles(4) },
    {
      name: 'boxes of different types',
      boxes: times(6, (i) => ({ name: `otp${i}`, type: i % 2 ? 'tel' : 'text' })),
      groups: singles(6),
    },
    {
      name: 'boxes in unrelated containers',
      boxes: times(6, (i) => ({ name: `otp${i}`, row: `r${i}` })),
      groups: singles(6),
    },
    {
      name: 'maxlength=1 boxes stay one group at any count (detection turns down 3 or 9)',
      boxes: times(3, () => ({ maxLength: 1 })),
      groups: row(0, 3),
    },
  ];
  for (const { name, boxes, groups } of cases) it(name, () => expect(group(boxes)).toEqual(groups));

  it('reads the size of inputs only for rows that nothing but their look ties together', () => {
    const read: number[] = [];
    const boxes = [...times(6, (i) => ({ name: `code[${i}]` })), ...times(300, (i) => ({ name: `cell[${i}]` }))];
    groupRows(boxes.map(shape), {
      sameRow: () => true,
      size: (i) => (read.push(i), { width: 40, height: 40 }),
    });
    expect(read).toEqual([]);
  });
});
