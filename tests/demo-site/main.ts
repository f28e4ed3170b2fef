/**
 * CLI: `npx tsx tests/demo-site/main.ts [--port 4321] [--host localhost] [--test-hooks]`
 * Starts the demo site and prints its URL; Ctrl+C stops it.
 */
import { parseArgs } from 'node:util';
import { startDemoSite } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: 'localhost' },
    'test-hooks': { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got ${values.port}`);
  process.exit(2);
}

const site = await startDemoSite({ port, host: values.host, testHooks: values['test-hooks'] });
console.log(`Tessera Demo site: ${site.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void site.close().then(() => process.exit(0));
  });
}
