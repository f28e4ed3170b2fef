import { t } from '@/utils/i18n/t';

// Every user-facing string of the importers, through browser.i18n; functions, so the language in force at
// the time of the import is used.

export const READABLE_FORMATS = () => t('import_formats');

export const unknownFormat = () => t('import_unknown_format', READABLE_FORMATS());
export const emptyFile = () => t('import_empty_file', READABLE_FORMATS());
export const passwordNeeded = (format: string) => t('import_password_needed', format);
export const wrongPassword = (format: string) => t('import_wrong_password', format);
export const corrupt = (format: string) => t('import_corrupt', format);
export const corruptJson = () => t('import_corrupt_json');
export const truncatedList = (format: string) => t('import_truncated_list', format);
export const unreadableFile = () => t('import_unreadable_file');
export const bitwardenEncrypted = () => t('import_bitwarden_encrypted');
export const unsupportedKdf = (format: string) => t('import_unsupported_kdf', format);
export const tooCostly = (detail: string) => t('kdf_too_costly', detail);
export const andOtpWrongOrTooCostly = (detail: string) => t('import_andotp_wrong_or_costly', detail);

// Reasons for single entries that could not be imported; the rest of the file still imports.
export const noSecret = () => t('import_no_secret');
export const badSecret = (detail: string) => t('import_bad_secret', detail);
export const unsupportedAlgorithm = (name: string) => t('import_unsupported_algorithm', name);
export const unsupportedType = (type: string) => t('import_unsupported_type', type);
export const badDigits = (digits: string) => t('import_bad_digits', digits);
export const badPeriod = (period: string) => t('import_bad_period', period);
export const badCounter = (counter: string) => t('import_bad_counter', counter);
export const encryptedEntry = () => t('import_encrypted_entry');
export const notALink = () => t('import_not_a_link');
export const notAnEntry = () => t('import_not_an_entry');
export const unreadableEntry = () => t('import_unreadable_entry');
export const unnamedEntry = (index: number) => t('import_entry_name', index + 1);
export const lineName = (index: number) => t('import_line_name', index + 1);
