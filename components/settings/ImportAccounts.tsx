import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { ImportPreviewTable, type PreviewRow } from '@/components/settings/ImportPreviewTable';
import { suggestedSites } from '@/utils/accounts/known-sites';
import { t } from '@/utils/i18n/t';
import { ImportError, readImportFile, type ImportPreview } from '@/utils/import';
import { sendRequest } from '@/utils/messaging/send';
import { useRequest } from '@/utils/ui/use-request';

/**
 * Reads another authenticator's export in this page, shows what it found (duplicates and unreadable entries
 * with their reason) and the site each account will be bound to (its issuer's known site, which the person
 * may change or remove), and adds only what the person keeps selected, with those sites.
 */
export function ImportAccounts() {
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [rows, setRows] = useState<PreviewRow[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const runner = useRequest();

  const read = async () => {
    if (!file) return;
    setMessage(null);
    setPreview(null);
    const result = await runner.run(async () => {
      try {
        return await readImportFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, password || undefined);
      } catch (error) {
        throw error instanceof ImportError ? new Error(error.message) : error;
      }
    });
    if (!result) return;
    const duplicates = await runner.run(() => sendRequest('accounts.findDuplicates', { secrets: result.entries.map((e) => e.secret) }));
    if (!duplicates) return;
    setPreview(result);
    setRows(
      result.entries.map((entry, index) => ({
        index,
        name: [entry.issuer, entry.label].filter(Boolean).join(' · '),
        kind: entry.kind,
        duplicate: duplicates[index] ?? false,
        selected: !(duplicates[index] ?? false),
        site: suggestedSites(entry.issuer, entry.label).join(', '),
      })),
    );
  };

  const add = async () => {
    if (!preview) return;
    const drafts = rows
      .filter((row) => row.selected)
      .map((row) => ({
        ...preview.entries[row.index]!,
        domains: row.site
          .split(',')
          .map((site) => site.trim())
          .filter(Boolean),
      }));
    const result = await runner.run(() => sendRequest('accounts.import', { drafts }));
    if (!result) return;
    setMessage(t('import_done', result.added.length));
    setPreview(null);
  };

  const selectedCount = rows.filter((row) => row.selected).length;
  return (
    <section class="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('import_title')}</h2>
      <label>
        {t('import_file')}
        <input type="file" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
      </label>
      <label>
        {t('import_password')}
        <input
          type="password"
          autoComplete="off"

          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </label>
      <button type="button" disabled={!file} onClick={() => void read()}>
        {t('import_read')}
      </button>
      {preview && (
        <div role="group" aria-label={t('import_title')}>
          <p>{t('import_preview', preview.format, preview.entries.length)}</p>
          <p class="muted small">{t('import_sites_intro')}</p>
          <ImportPreviewTable rows={rows} onChange={setRows} />
          {preview.failures.length > 0 && (
            <ul class="error small">
              {preview.failures.map((failure) => (
                <li key={failure.name}>
                  {failure.name}: {failure.reason}
                </li>
              ))}
            </ul>
          )}
          <button type="button" class="primary" disabled={selectedCount === 0} onClick={() => void add()}>
            {t('import_add_selected', selectedCount)}
          </button>
        </div>
      )}
      <ErrorMessage message={runner.error} />
      {message && <p role="status">{message}</p>}
    </section>
  );
}
