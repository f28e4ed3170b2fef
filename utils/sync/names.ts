/**
 * The file names a SyncBackend accepts: what every backend can store under its own name without escaping games.
 * Callers use random ids; a name outside these rules is a programming error, so it throws a plain Error.
 * No "/" or "\" (a WebDAV server would read a folder; Apache refuses an encoded slash), not "." or ".." (URL
 * parsers resolve them even percent-encoded), no control characters, at most 200 characters.
 */
export function assertValidName(name: string): void {
  // eslint-disable-next-line no-control-regex
  if (name.length === 0 || name.length > 200 || name === '.' || name === '..' || /[/\\\u0000-\u001f\u007f]/.test(name)) {
    throw new Error(`Not a sync file name: ${JSON.stringify(name)}`);
  }
}
