/** What the page reports about its QR-looking elements. Plain data: it crosses from the page to the popup. */
export interface LocatedCandidates {
  viewportWidth: number;
  viewportHeight: number;
  /** Visible QR-looking elements, in CSS pixels relative to the viewport. */
  inView: { x: number; y: number; width: number; height: number }[];
  /**
   * The visible ones' own pixels (for a CSS background, its image), as data: URLs, when every one of them could
   * be read (none cross-origin): enough to read them before the tab's capture is ready.
   */
  inViewPixels: string[];
  /** Pixels of QR-looking elements outside the viewport, as data: URLs (PNG, or SVG markup). */
  offscreen: string[];
}

/**
 * Runs inside the page through `scripting.executeScript`, so it must stay self-contained: no imports, no
 * closures. Finds roughly square <img>, <canvas> and <svg> elements large enough to be a QR code, and square
 * elements whose CSS background is an image, including inside open shadow roots.
 */
export async function locateQrCandidates(): Promise<LocatedCandidates> {
  const MIN_SIDE = 48;
  const MAX_OFFSCREEN = 6;
  const MAX_IN_VIEW_PIXELS = 6;
  const result: LocatedCandidates = {
    viewportWidth: innerWidth,
    viewportHeight: innerHeight,
    inView: [],
    inViewPixels: [],
    offscreen: [],
  };
  const elements: Element[] = [];
  const backgrounds = new Set<Element>();
  const collect = (root: Document | ShadowRoot) => {
    root.querySelectorAll('img, canvas, svg').forEach((el) => {
      if (!(el.parentElement instanceof SVGElement)) elements.push(el);
    });
    root.querySelectorAll('*').forEach((el) => {
      if (el.shadowRoot) collect(el.shadowRoot);
      // Only pixels in the capture can show a background; the size test below keeps icons and banners out.
      if (el instanceof HTMLElement && getComputedStyle(el).backgroundImage.includes('url(')) {
        backgrounds.add(el);
        elements.push(el);
      }
    });
  };
  collect(document);

  const drawn = (image: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    canvas.getContext('2d')?.drawImage(image, 0, 0);
    return canvas.toDataURL('image/png');
  };
  const pixelsOf = async (el: Element): Promise<string | null> => {
    try {
      if (backgrounds.has(el)) {
        const url = /url\(["']?([^"')]+)["']?\)/.exec(getComputedStyle(el).backgroundImage)?.[1];
        if (!url) return null;
        // The page's own data: URL is already the pixels; anything else is drawn, which a cross-origin image refuses.
        if (url.startsWith('data:image/')) return url;
        const image = new Image();
        image.src = new URL(url, document.baseURI).href;
        // Shown already, so normally cached; a slow one is left to the capture.
        const loaded = await Promise.race([image.decode().then(() => true), new Promise<false>((done) => setTimeout(done, 300, false))]);
        return loaded ? drawn(image) : null;
      }
      if (el instanceof HTMLCanvasElement) return el.toDataURL('image/png');
      if (el instanceof SVGSVGElement) {
        return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(el))}`;
      }
      if (el instanceof HTMLImageElement && el.complete && el.naturalWidth > 0) return drawn(el);
    } catch {
      // A cross-origin image taints the canvas; such an element can only be read once scrolled into view.
    }
    return null;
  };

  let allInViewReadable = true;
  for (const el of elements) {
    const box = el.getBoundingClientRect();
    if (box.width < MIN_SIDE || box.height < MIN_SIDE) continue;
    const ratio = box.width / box.height;
    if (ratio < 0.75 || ratio > 1.33) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) continue;
    const fullyInView = box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight;
    if (fullyInView) {
      result.inView.push({ x: box.left, y: box.top, width: box.width, height: box.height });
      const pixels = allInViewReadable && result.inViewPixels.length < MAX_IN_VIEW_PIXELS ? await pixelsOf(el) : null;
      if (pixels) result.inViewPixels.push(pixels);
      else allInViewReadable = false;
    } else if (result.offscreen.length < MAX_OFFSCREEN) {
      const pixels = await pixelsOf(el);
      if (pixels) result.offscreen.push(pixels);
    }
  }
  if (!allInViewReadable) result.inViewPixels = [];
  return result;
}
