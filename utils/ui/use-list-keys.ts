import { useEffect, useRef, useState, type MutableRef } from 'preact/hooks';
import type { RefObject } from 'preact';

export interface ListKeys {
  /** The row whose code button has the focus (and is scrolled to), or null while the filter box has it. */
  focusIndex: number | null;
  setFocusIndex: (index: number | null) => void;
  filterBox: RefObject<HTMLInputElement>;
  /** Row `index`'s code button, for focusing and for Enter's copy. */
  codeButtons: MutableRef<Map<number, HTMLButtonElement>>;
  codeButtonRef: (index: number) => (el: HTMLButtonElement | null) => void;
  /** Up and Down between rows; Up from the first row goes back to the filter box. */
  keyNavigate: (index: number) => (event: KeyboardEvent) => void;
  /** Down goes to the first row; Enter runs `onEnter` when there is a first row. */
  onFilterKey: (event: KeyboardEvent) => Promise<void>;
}

/** Keyboard movement between the popup's filter box and the code buttons of the `rows` it shows. */
export function useListKeys(rows: readonly unknown[], onEnter: () => Promise<void>): ListKeys {
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const codeButtons = useRef(new Map<number, HTMLButtonElement>());
  const filterBox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusIndex === null) return;
    requestAnimationFrame(() => codeButtons.current.get(focusIndex)?.focus());
  }, [focusIndex, rows]);

  return {
    focusIndex,
    setFocusIndex,
    filterBox,
    codeButtons,
    codeButtonRef: (index) => (el) => {
      if (el) codeButtons.current.set(index, el);
      else codeButtons.current.delete(index);
    },
    keyNavigate: (index) => (event) => {
      if (event.key === 'ArrowDown') setFocusIndex(Math.min(rows.length - 1, index + 1));
      else if (event.key === 'ArrowUp') {
        if (index === 0) filterBox.current?.focus();
        setFocusIndex(index === 0 ? null : index - 1);
      } else return;
      event.preventDefault();
    },
    onFilterKey: async (event) => {
      if (event.key === 'ArrowDown' && rows.length > 0) {
        event.preventDefault();
        setFocusIndex(0);
      } else if (event.key === 'Enter' && rows.length > 0) {
        event.preventDefault();
        await onEnter();
      }
    },
  };
}
