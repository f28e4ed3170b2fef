/**
 * Whether Tessera may put a code into an input: never into what the person cannot see or change (hidden,
 * zero-size, transparent, off-screen, disabled, read-only), which is where pages hide traps.
 */
export function isFillable(input: HTMLInputElement): boolean {
  if (input.disabled || input.readOnly || input.type === 'hidden') return false;
  const box = input.getBoundingClientRect();
  if (box.width < 2 || box.height < 2) return false;
  // Off the page entirely (e.g. left: -9999px), measured against the document, not the viewport.
  if (box.right + scrollX <= 0 || box.bottom + scrollY <= 0) return false;
  const check = (input as HTMLInputElement & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check) return check.call(input, { checkOpacity: true, checkVisibilityCSS: true });
  for (let el: Element | null = input; el; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return false;
  }
  return true;
}
