import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { t } from '@/utils/i18n/t';
import { ImportError, readImportFile, type ImportPreview } from '@/utils/import';
import { sendRequest } from '@/utils/messaging/send';
import { useRunner } from '@/utils/ui/use-runner';

interface Row {
  index: number;
  name: string;
  duplicate: boolean;
}

/**
 * Reads another authenticator's export in this page, shows what it found (duplicates and unreadable entries
 * with their reason), and adds only what the person keeps selected.
 */
export function ImportAccounts() {
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const runner = useRunner();

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
    const duplicates = await sendRequest('accounts.findDuplicates', { secrets: result.entries.map((e) => e.secret) });
    const list = result.entries.map((entry, index) => ({
      index,
      name: [entry.issuer, entry.label].filter(Boolean).join(' · '),
      duplicate: duplicates[index] ?? false,
    }));
    setPreview(result);
    setRows(list);
    setSelected(new Set(list.filter((row) => !row.duplicate).map((row) => row.index)));
  };

  const add = async () => {
    if (!preview) return;
    const drafts = preview.entries.filter((_e, i) => selected.has(i)).map((entry) => ({ ...entry, domains: [] }));
    const result = await runner.run(() => sendRequest('accounts.import', { drafts }));
    if (!result) return;
    setMessage(t('import_done', result.added.length));
    setPreview(null);
  };

  const toggle = (index: number) => {
    const next = new Set(selected);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    setSelected(next);
  };

  return (
    <section class="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('import_title')}</h2>
      <label>
        {t('import_file')}
        <input type="file" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
      </label>
      <label>
        {t('import_password')}
        <input type="password" autoComplete="off" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </label>
      <button type="button" disabled={!file} onClick={() => void read()}>
        {t('import_read')}
      </button>
      {preview && (
        <div role="group" aria-label={t('import_title')}>
          <p>{t('import_preview', preview.format, preview.entries.length)}</p>
          <ul class="import-rows">
            {rows.map((row) => (
              <li key={row.index}>
                <label class="row">
                  <input type="checkbox" checked={selected.has(row.index)} onChange={() => toggle(row.index)} /> {row.name}
                  {row.duplicate && <span class="muted small"> ({t('import_duplicate')})</span>}
                </label>
              </li>
            ))}
          </ul>
          {preview.failures.length > 0 && (
            <ul class="error small">
              {preview.failures.map((failure) => (
                <li key={failure.name}>
                  {failure.name}: {failure.reason}
                </li>
              ))}
            </ul>
          )}
          <button type="button" class="primary" disabled={selected.size === 0} onClick={() => void add()}>
            {t('import_add_selected', selected.size)}
          </button>
        </div>
      )}
      <ErrorMessage message={runner.error} />
      {message && <p role="status">{message}</p>}
    </section>
  );
}
