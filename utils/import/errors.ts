export type ImportErrorCode = 'password-needed' | 'wrong-password' | 'corrupt' | 'unknown-format' | 'too-costly';

/** The only error readImportFile throws: the code says what the UI should offer (a password field, a retry…). */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown while reading one entry: caught by EntryList and reported as that entry's failure. */
export class EntryError extends Error {
  override name = 'EntryError';
}
