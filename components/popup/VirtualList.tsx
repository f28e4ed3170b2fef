import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props<T> {
  items: T[];
  rowHeight: number;
  /** Row to bring into view (keyboard navigation). */
  scrollToIndex: number | null;
  label: string;
  /** One row: an <li> that must carry the given style (its place in the list). */
  render: (item: T, index: number, style: Record<string, string>) => ComponentChildren;
}

const OVERSCAN = 4;

/** Renders only the rows in view, so a list of 1,000 accounts stays as light as a list of ten. */
export function VirtualList<T>({ items, rowHeight, scrollToIndex, label, render }: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(440);

  useEffect(() => {
    if (box.current) setHeight(box.current.clientHeight || 440);
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el || scrollToIndex === null) return;
    const top = scrollToIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
    setScrollTop(el.scrollTop);
  }, [scrollToIndex, rowHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  return (
    <div class="virtual-list" ref={box} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ul class="accounts" aria-label={label} style={{ height: `${items.length * rowHeight}px` }}>
        {items.slice(first, last).map((item, offset) =>
          render(item, first + offset, {
            position: 'absolute',
            left: '0',
            right: '0',
            top: `${(first + offset) * rowHeight}px`,
            height: `${rowHeight - 6}px`,
          }),
        )}
      </ul>
    </div>
  );
}
