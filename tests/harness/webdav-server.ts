import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A real WebDAV server for tests: Debian's Apache httpd with mod_dav and basic auth, on 127.0.0.1 at a free port,
 * with a throwaway ServerRoot in a temp dir (its own httpd.conf, lock database, password file, logs). Its ETags
 * and its handling of If-Match / If-None-Match are Apache's own, so a precondition tested here is real.
 *
 * Faults for sync tests, all without touching the extension:
 * - `stop()` / `start()`: the server goes away (connection refused) and comes back on the same port with the same files;
 * - `failWith(status)` / `recover()`: every request under /dav/ answers that status (5xx, 423, …) until recovered —
 *   an `<If -f flag-file>` in the config, checked by Apache on each request, so no reload is needed;
 * - `hang()` / `resume()`: the server's processes are stopped (SIGSTOP): connections are accepted by the kernel and
 *   never answered, which is what a slow or stuck server looks like to a client with a timeout.
 */

export const APACHE_BINARY = '/usr/sbin/apache2';
const MODULES_DIR = '/usr/lib/apache2/modules';
const MODULES = [
  'mpm_event',
  'unixd',
  'authn_core',
  'authn_file',
  'authz_core',
  'authz_user',
  'auth_basic',
  'alias',
  'dav',
  'dav_fs',
  'headers',
];

export interface WebDavServerOptions {
  user?: string;
  password?: string;
}

export interface WebDavServer {
  /** http://127.0.0.1:<port>/dav/ — a DAV collection with basic auth; anything below it can be created. */
  readonly url: string;
  /** A folder under /dav/ that the server refuses (403) to everyone. */
  readonly forbiddenUrl: string;
  readonly user: string;
  readonly password: string;
  readonly port: number;
  /** The directory Apache serves as /dav/ (files written through WebDAV appear here). */
  readonly davDirectory: string;
  /** Milliseconds the last start took, until the server answered. */
  readonly startMs: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  failWith(status: number): void;
  recover(): void;
  hang(): Promise<void>;
  resume(): void;
  /** Stops the server and removes its directory. */
  close(): Promise<void>;
}

/** Throws with what to install when Apache is missing, so a test fails clearly instead of being skipped. */
export function assertApacheInstalled(): void {
  const missing = [APACHE_BINARY, path.join(MODULES_DIR, 'mod_dav_fs.so')].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `The WebDAV tests need Apache httpd with mod_dav (missing: ${missing.join(', ')}). ` +
        'Install it with `apt-get install -y apache2` (bash .ci/run does this).',
    );
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** An htpasswd line in Apache's {SHA} format, written here so apache2-utils is not needed. */
function htpasswdLine(user: string, password: string): string {
  return `${user}:{SHA}${createHash('sha1').update(password, 'utf8').digest('base64')}\n`;
}

/** Running as root, Apache's workers switch to a user that must own what they write. */
function workerAccount(): { user: string; group: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const passwd = readFileSync('/etc/passwd', 'utf8');
  for (const name of ['www-data', 'nobody']) {
    const line = passwd.split('\n').find((l) => l.startsWith(`${name}:`));
    if (!line) continue;
    const [, , uid, gid] = line.split(':');
    const group = readFileSync('/etc/group', 'utf8')
      .split('\n')
      .find((l) => l.split(':')[2] === gid)
      ?.split(':')[0];
    return { user: name, group: group ?? name, uid: Number(uid), gid: Number(gid) };
  }
  throw new Error('Running as root, but there is no www-data or nobody user for Apache to run as.');
}

function httpdConf(root: string, port: number, worker: ReturnType<typeof workerAccount>): string {
  const dav = path.join(root, 'dav');
  const flag = path.join(root, 'fail-status');
  return [
    `ServerRoot "${root}"`,
    `Listen 127.0.0.1:${port}`,
    'ServerName 127.0.0.1',
    // Debian builds some (unixd, so, …) into the binary; only the others are loaded.
    ...MODULES.filter((name) => existsSync(`${MODULES_DIR}/mod_${name}.so`)).map(
      (name) => `LoadModule ${name}_module ${MODULES_DIR}/mod_${name}.so`,
    ),
    ...(worker ? [`User ${worker.user}`, `Group ${worker.group}`] : []),
    `PidFile "${root}/run/httpd.pid"`,
    `DefaultRuntimeDir "${root}/run"`,
    `ErrorLog "${root}/logs/error.log"`,
    'LogLevel warn',
    // Small and quick: a handful of workers is plenty for tests, and a stop should not wait for idle ones.
    'StartServers 1',
    'ServerLimit 2',
    'ThreadsPerChild 16',
    'MaxRequestWorkers 32',
    'GracefulShutdownTimeout 1',
    'KeepAliveTimeout 2',
    `DocumentRoot "${root}/empty"`,
    `DavLockDB "${root}/lock/DavLock"`,
    `Alias /dav "${dav}"`,
    `<Directory "${dav}">`,
    '  Dav On',
    '  AuthType Basic',
    '  AuthName "Tessera test WebDAV"',
    `  AuthUserFile "${root}/htpasswd"`,
    '  Require valid-user',
    '  Options None',
    '  AllowOverride None',
    '</Directory>',
    `<Directory "${dav}/forbidden">`,
    '  Require all denied',
    '</Directory>',
    // The fault switch: Apache checks for the flag file on every request; `failWith` writes one per status.
    ...[423, 500, 502, 503, 504, 507].flatMap((status) => [
      `<If "-f '${flag}-${status}' && %{REQUEST_URI} =~ m#^/dav/#">`,
      `  Redirect ${status}`,
      '</If>',
    ]),
    '',
  ].join('\n');
}

export const FAULT_STATUSES = [423, 500, 502, 503, 504, 507] as const;

async function waitUntilAnswering(url: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  const onExit = (code: number | null) => (exited = code ?? -1);
  child.once('exit', onExit);
  try {
    while (Date.now() < deadline) {
      if (exited !== null) break;
      try {
        await fetch(url, { method: 'OPTIONS', signal: AbortSignal.timeout(1000) });
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
  } finally {
    child.off('exit', onExit);
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '(no error log)';
  throw new Error(`Apache did not start (${exited !== null ? `exited with ${exited}` : 'no answer'}) at ${url}:\n${log}`);
}

export async function startWebDavServer(options: WebDavServerOptions = {}): Promise<WebDavServer> {
  assertApacheInstalled();
  const user = options.user ?? 'tessera';
  const password = options.password ?? 'app-password-Ünïcode:1';
  const root = mkdtempSync(path.join(tmpdir(), 'tessera-webdav-'));
  chmodSync(root, 0o755);
  for (const dir of ['run', 'logs', 'lock', 'dav', 'dav/forbidden', 'empty']) mkdirSync(path.join(root, dir), { recursive: true });
  const worker = workerAccount();
  if (worker) for (const dir of ['lock', 'dav', 'dav/forbidden']) chownSync(path.join(root, dir), worker.uid, worker.gid);
  writeFileSync(path.join(root, 'htpasswd'), htpasswdLine(user, password));
  const port = await freePort();
  const confFile = path.join(root, 'httpd.conf');
  writeFileSync(confFile, httpdConf(root, port, worker));
  const base = `http://127.0.0.1:${port}`;
  const logFile = path.join(root, 'logs', 'error.log');
  const flag = (status: number) => path.join(root, `fail-status-${status}`);

  let child: ChildProcess | null = null;
  let startMs = 0;
  let hung = false;

  const signalGroup = (signal: NodeJS.Signals) => {
    if (child?.pid) process.kill(-child.pid, signal);
  };

  const server: WebDavServer = {
    url: `${base}/dav/`,
    forbiddenUrl: `${base}/dav/forbidden/`,
    user,
    password,
    port,
    davDirectory: path.join(root, 'dav'),
    get startMs() {
      return startMs;
    },
    async start() {
      if (child) return;
      const began = performance.now();
      // Detached: Apache and its workers form their own process group, so hang() can stop them all at once.
      const started = spawn(APACHE_BINARY, ['-f', confFile, '-DFOREGROUND'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      started.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child = started;
      // Detached children outlive their parent: a test process that ends without close() takes Apache with it.
      const killOnExit = () => {
        try {
          process.kill(-started.pid!, 'SIGKILL');
        } catch {
          // Already gone.
        }
      };
      process.once('exit', killOnExit);
      started.once('exit', () => {
        process.off('exit', killOnExit);
        if (child === started) child = null;
      });
      try {
        await waitUntilAnswering(`${base}/`, started, logFile, 15_000);
      } catch (error) {
        child = null;
        started.kill('SIGKILL');
        throw new Error(`${(error as Error).message}\n${stderr}`);
      }
      startMs = performance.now() - began;
    },
    async stop() {
      const running = child;
      if (!running) return;
      if (hung) server.resume();
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      signalGroup('SIGTERM');
      const killed = setTimeout(() => signalGroup('SIGKILL'), 5000);
      await exited;
      clearTimeout(killed);
      child = null;
      // Workers may outlive the parent briefly; the port must be free before a start().
      try {
        process.kill(-running.pid!, 'SIGKILL');
      } catch {
        // The group is already gone.
      }
    },
    failWith(status) {
      if (!(FAULT_STATUSES as readonly number[]).includes(status)) throw new Error(`failWith supports ${FAULT_STATUSES.join(', ')}`);
      server.recover();
      writeFileSync(flag(status), '');
    },
    recover() {
      for (const status of FAULT_STATUSES) if (existsSync(flag(status))) unlinkSync(flag(status));
    },
    async hang() {
      // Twice: a worker the parent was forking at the first signal is stopped by the second (the parent is stopped by then).
      signalGroup('SIGSTOP');
      hung = true;
      await new Promise((resolve) => setTimeout(resolve, 50));
      signalGroup('SIGSTOP');
    },
    resume() {
      signalGroup('SIGCONT');
      hung = false;
    },
    async close() {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
  // The temp dir goes with the test process even when a test never reaches close().
  const removeRoot = () => rmSync(root, { recursive: true, force: true });
  process.once('exit', removeRoot);
  try {
    await server.start();
  } catch (error) {
    process.off('exit', removeRoot);
    removeRoot();
    throw error;
  }
  return server;
}
