/** Paints the setup QR into its <canvas> from the module matrix the server embeds as JSON. */

interface QrMatrix {
  modules: boolean[][];
  scale: number;
  quietZone: number;
}

function paint(canvas: HTMLCanvasElement, qr: QrMatrix): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000000';
  qr.modules.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) ctx.fillRect((c + qr.quietZone) * qr.scale, (r + qr.quietZone) * qr.scale, qr.scale, qr.scale);
    }),
  );
  canvas.dataset.painted = 'true';
}

const canvas = document.getElementById('qr-canvas');
const data = document.getElementById('qr-matrix')?.textContent;
if (canvas instanceof HTMLCanvasElement && data) paint(canvas, JSON.parse(data) as QrMatrix);
