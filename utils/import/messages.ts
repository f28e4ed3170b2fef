// Every user-facing string of the importers lives here, in English, so the whole set can move to i18n at once.

export const READABLE_FORMATS =
  'Aegis, 2FAS, andOTP, Bitwarden (JSON or CSV), Ente Auth, FreeOTP+, Proton Authenticator, Stratum, Steam (maFile), ' +
  'the Authenticator browser extension, Google Authenticator export links, and text files of otpauth:// links';

export const unknownFormat = `Tessera can't read this file. It reads exports from ${READABLE_FORMATS}.`;
export const emptyFile = `This file is empty. Tessera reads exports from ${READABLE_FORMATS}.`;
export const passwordNeeded = (format: string) => `This ${format} backup is encrypted. Enter its password to import it.`;
export const wrongPassword = (format: string) => `That password doesn't open this ${format} backup. Check it and try again.`;
export const corrupt = (format: string) => `This ${format} file is damaged or incomplete, so it can't be imported.`;
export const corruptJson = 'This file looks like JSON but is damaged or cut off, so it can\'t be imported.';
export const truncatedList = (format: string) => `This ${format} file seems cut off: its last line is incomplete.`;
export const unreadableFile = 'This file could not be read. It may be damaged.';
export const bitwardenEncrypted =
  'This Bitwarden export is encrypted. Export your vault again as unencrypted JSON or CSV, import it, then delete the file.';
export const stratumEncrypted = 'Encrypted Stratum backups are not supported yet. Export an unencrypted backup from Stratum instead.';
export const unsupportedKdf = (format: string) => `This ${format} backup uses encryption settings Tessera can't open.`;

// Reasons for single entries that could not be imported; the rest of the file still imports.
export const noSecret = 'It has no secret key.';
export const badSecret = (detail: string) => `Its secret key is not valid Base32 (${detail}).`;
export const unsupportedAlgorithm = (name: string) => `Its algorithm ${name} is not supported (only SHA-1, SHA-256 and SHA-512 are).`;
export const unsupportedType = (type: string) => `Its code type "${type}" is not supported (only TOTP, HOTP and Steam are).`;
export const badDigits = (digits: string) => `Its code length ${digits} is not supported (only 6, 7 or 8 digits are).`;
export const badPeriod = (period: string) => `Its period ${period} is not a whole number of seconds between 1 and 3600.`;
export const badCounter = (counter: string) => `Its counter ${counter} is not a whole number Tessera can use.`;
export const encryptedEntry = 'It is encrypted with the extension\'s own password. Remove the password in the extension, export again, then import.';
export const notALink = 'This line is not an otpauth:// link.';
export const notAnEntry = 'This entry has an unexpected shape.';
export const unreadableEntry = 'This entry could not be read.';
export const unnamedEntry = (index: number) => `Entry ${index + 1}`;
export const lineName = (index: number) => `Line ${index + 1}`;
