import type { Page } from '@playwright/test';

/**
 * What a person with a mouse meets on a screen: every visible button, link and input inside `rootSelector`
 * (default: the whole document) must be the element at its own centre point (or contain it), after scrolling
 * it into view the way a person would; and no text may be cut off by a box with hidden overflow, except a
 * deliberate ellipsis whose full text is in a `title`. Returns one line per problem (empty when all is well).
 */
export async function checkReachable(page: Page, rootSelector = 'body'): Promise<string[]> {
  return page.evaluate(async (selector) => {
    const root = document.querySelector(selector);
    if (!root) return [`no element matches ${selector}`];
    const problems: string[] = [];
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const describe = (el: Element) => {
      const name = el.getAttribute('aria-label') || el.getAttribute('title') || (el.textContent ?? '').trim().slice(0, 40);
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(/\s+/).join('.')}` : '';
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${name}"`;
    };
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // checkVisibility also skips what a closed <details> holds.
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && el.checkVisibility({ visibilityProperty: true });
    };
    const clips = (value: string) => value === 'hidden' || value === 'clip';
    const scrolls = (value: string) => value === 'auto' || value === 'scroll';
    const outOfView = (el: Element) => {
      const box = el.getBoundingClientRect();
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      return cx < 0 || cy < 0 || cx > innerWidth || cy > innerHeight;
    };
    const visuallyHidden = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width <= 2 || box.height <= 2;
    };

    // 1. Controls: not clipped by a box that does not scroll, and on top where they are drawn.
    const controls = [...root.querySelectorAll('button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"]')];
    for (const control of controls) {
      if (!control.isConnected || !visible(control)) continue;
      // A visually hidden input (a styled file picker) is reached through its label.
      const target = visuallyHidden(control) ? ((control as HTMLInputElement).labels?.[0] ?? control.closest('label')) : control;
      if (!target || !visible(target)) continue;
      const box = target.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      let clipped: Element | null = null;
      for (let up: Element | null = target; up && up !== document.documentElement; up = up.parentElement) {
        const style = getComputedStyle(up);
        // The top layer (a popover) and fixed boxes escape the clipping of the boxes around them.
        if (style.position === 'fixed' || up.matches(':popover-open')) break;
        if (up === target) continue;
        if (!(clips(style.overflowX) || clips(style.overflowY))) continue;
        if (scrolls(style.overflowX) || scrolls(style.overflowY)) continue;
        const outer = up.getBoundingClientRect();
        if (x < outer.left || x > outer.right || y < outer.top || y > outer.bottom) {
          clipped = up;
          break;
        }
      }
      if (clipped) {
        problems.push(`${describe(target)} is clipped by ${describe(clipped)}`);
        continue;
      }
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) {
        // A section that finishes loading while we scroll moves the rest of the page; a person scrolls again.
        for (let tries = 0; tries < 5 && target.isConnected && outOfView(target); tries++) {
          target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
          await frame();
        }
        if (!target.isConnected) continue;
      } else {
        // Inside a scrolling list it may still be scrolled out of its box.
        for (let up = target.parentElement; up; up = up.parentElement) {
          const style = getComputedStyle(up);
          if (!scrolls(style.overflowY)) continue;
          const outer = up.getBoundingClientRect();
          if (y < outer.top || y > outer.bottom) {
            target.scrollIntoView({ block: 'nearest' });
            await frame();
          }
          break;
        }
        if (!target.isConnected) continue;
      }
      const now = target.getBoundingClientRect();
      const cx = now.left + now.width / 2;
      const cy = now.top + now.height / 2;
      const hit = document.elementFromPoint(cx, cy);
      // An open menu covers what lies under it; a click outside closes it, so only its own items must be on top.
      const coveredByOpenMenu = hit?.closest(':popover-open') && !target.closest(':popover-open');
      // A click on a control's label reaches the control (a styled file picker is drawn as its label).
      const onItsLabel = [...((target as HTMLInputElement).labels ?? [])].some((label) => hit && label.contains(hit));
      if (!hit || !(hit === target || target.contains(hit) || coveredByOpenMenu || onItsLabel)) {
        problems.push(`${describe(target)} at (${Math.round(cx)}, ${Math.round(cy)}) is covered by ${hit ? describe(hit) : 'nothing'}`);
      }
    }

    // 2. Text: nothing wider or taller than a box that hides its overflow, but for an ellipsis with a title.
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (!visible(el) || visuallyHidden(el)) continue;
      if (el.matches('input, textarea, select, meter, progress, svg, svg *, canvas, img')) continue;
      const style = getComputedStyle(el);
      const hidesX = clips(style.overflowX);
      const hidesY = clips(style.overflowY);
      if (!hidesX && !hidesY) continue;
      const wider = hidesX && el.scrollWidth > el.clientWidth + 1;
      const taller = hidesY && el.scrollHeight > el.clientHeight + 1;
      if (!wider && !taller) continue;
      const text = (el.textContent ?? '').trim();
      const titled = el.closest('[title]')?.getAttribute('title') ?? '';
      if (wider && !taller && style.textOverflow === 'ellipsis' && titled.includes(text)) continue;
      problems.push(
        `${describe(el)} cuts off its content (${wider ? `width ${el.scrollWidth} > ${el.clientWidth}` : ''}${
          taller ? ` height ${el.scrollHeight} > ${el.clientHeight}` : ''
        })`,
      );
    }
    return problems;
  }, rootSelector);
}
