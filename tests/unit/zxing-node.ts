import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule } from 'zxing-wasm/reader';

/** Loads zxing's reader in Node from the package's own .wasm file (its default would fetch from a CDN). */
export async function prepareZxingForNode(): Promise<void> {
  const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  const bytes = readFileSync(wasmPath);
  await prepareZXingModule({
    overrides: {
      wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmPath : prefix + path),
    },
    fireImmediately: true,
  });
}
