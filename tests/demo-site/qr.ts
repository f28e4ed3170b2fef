/**
 * QR rendering for the setup page, in the several shapes real sites use: PNG
 * data URL, inline SVG, or a raw module matrix that client JS paints on a canvas.
 */
import QRCode from 'qrcode';
import { escapeHtml, trustedHtml, type SafeHtml } from './views/html';

/** Quiet zone in modules; the QR spec asks for 4. */
const QUIET_ZONE = 4;

export interface QrStyle {
  /** Pixels per module. */
  scale: number;
  /** Colour of dark modules and of the background, as #rrggbb. */
  dark: string;
  light: string;
}

export const DEFAULT_QR_STYLE: QrStyle = { scale: 5, dark: '#000000', light: '#ffffff' };

/** Rows of booleans, true = dark module, without quiet zone (the renderer adds it). */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rows: boolean[][] = [];
  for (let r = 0; r < modules.size; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < modules.size; c++) row.push(modules.get(r, c) === 1);
    rows.push(row);
  }
  return rows;
}

/** Side length in pixels, quiet zone included. */
export function qrPixelSize(text: string, scale: number): number {
  return (QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size + 2 * QUIET_ZONE) * scale;
}

export async function qrPngDataUrl(text: string, style: QrStyle = DEFAULT_QR_STYLE): Promise<string> {
  return QRCode.toDataURL(text, {
    errorCorrectionLevel: 'M',
    margin: QUIET_ZONE,
    scale: style.scale,
    color: { dark: style.dark, light: style.light },
  });
}

/** Inline SVG: one path of unit squares, crisp at any zoom (shape-rendering), with the quiet zone drawn. */
export function qrSvg(text: string, label: string, style: QrStyle = DEFAULT_QR_STYLE): SafeHtml {
  const matrix = qrMatrix(text);
  const size = matrix.length + 2 * QUIET_ZONE;
  let path = '';
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) path += `M${c + QUIET_ZONE} ${r + QUIET_ZONE}h1v1h-1z`;
    }),
  );
  const px = size * style.scale;
  return trustedHtml(
    `<svg class="qr" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(label)}" width="${px}" height="${px}" ` +
      `viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
      `<rect width="${size}" height="${size}" fill="${style.light}"/><path d="${path}" fill="${style.dark}"/></svg>`,
  );
}
