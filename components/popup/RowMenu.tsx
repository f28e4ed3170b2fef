import { useEffect, useId, useRef } from 'preact/hooks';

export interface RowMenuItem {
  label: string;
  /** A fuller name for screen readers, when the label alone is ambiguous in a list of rows. */
  ariaLabel?: string;
  danger?: boolean;
  onSelect: () => void;
}

interface Props {
  /** The ⋯ button's accessible name and title. */
  label: string;
  items: RowMenuItem[];
}

const GAP = 4;

/**
 * The ⋯ menu of a row, drawn in the browser's top layer (a popover) so the row's box and the rows below it
 * neither clip nor cover it. It opens below the button, or above it near the bottom of the popup; Escape and a
 * click outside close it (the popover's light dismiss); arrow keys move between its items.
 */
export function RowMenu({ label, items }: Props) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  // The top layer does not scroll with the list: the menu follows its button, and closes once the button has
  // left the list's view.
  useEffect(() => {
    const follow = (event: Event) => {
      const box = menu.current;
      if (!box?.matches(':popover-open') || box.contains(event.target as Node)) return;
      const anchor = button.current?.getBoundingClientRect();
      const view = button.current?.closest('.virtual-list')?.getBoundingClientRect();
      if (!anchor || (view && (anchor.bottom < view.top || anchor.top > view.bottom))) box.hidePopover();
      else place();
    };
    addEventListener('scroll', follow, true);
    return () => removeEventListener('scroll', follow, true);
  });

  const place = () => {
    const anchor = button.current?.getBoundingClientRect();
    const box = menu.current;
    if (!anchor || !box) return;
    const width = box.offsetWidth;
    const height = box.offsetHeight;
    const below = anchor.bottom + GAP;
    const top = below + height <= innerHeight || anchor.top - GAP - height < 0 ? below : anchor.top - GAP - height;
    const left = Math.max(GAP, Math.min(anchor.right - width, innerWidth - width - GAP));
    box.style.top = `${Math.max(GAP, top)}px`;
    box.style.left = `${left}px`;
  };

  const onToggle = (event: Event) => {
    const open = (event as ToggleEvent).newState === 'open';
    button.current?.setAttribute('aria-expanded', String(open));
    if (open) {
      place();
      menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    } else if (!document.activeElement || document.activeElement === document.body || menu.current?.contains(document.activeElement)) {
      button.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const all = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (next === undefined || all.length === 0) return;
    event.preventDefault();
    all[(next + all.length) % all.length]?.focus();
  };

  return (
    <>
      <button
        type="button"
        class="menu-button"
        ref={button}
        popovertarget={id}
        aria-haspopup="menu"
        aria-expanded={false}
        aria-label={label}
        title={label}
      >
        ⋯
      </button>
      <div id={id} ref={menu} popover="auto" role="menu" class="row-menu" onToggle={onToggle} onKeyDown={onKeyDown}>
        {items.map((item) => (
          <button
            key={item.label}
            type="button"
            role="menuitem"
            class={item.danger ? 'danger' : undefined}
            aria-label={item.ariaLabel}
            onClick={() => {
              menu.current?.hidePopover();
              item.onSelect();
            }}
          >
            {item.label}
          </button>
        ))}
      </div>
    </>
  );
}
