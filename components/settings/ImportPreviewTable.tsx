import type { OtpKind } from '@/utils/accounts/account';
import { t } from '@/utils/i18n/t';

export interface PreviewRow {
  index: number;
  name: string;
  kind: OtpKind;
  duplicate: boolean;
  selected: boolean;
  /** The sites it will be bound to, comma-separated as the person edits them; empty binds it on first use. */
  site: string;
}

const KIND_NAMES: Record<OtpKind, string> = { totp: 'TOTP', hotp: 'HOTP', steam: 'Steam' };

/** The import preview's rows: select (one by one or all), the code type, and the site each account is bound to. */
export function ImportPreviewTable({ rows, onChange }: { rows: PreviewRow[]; onChange: (rows: PreviewRow[]) => void }) {
  const change = (index: number, patch: Partial<PreviewRow>) =>
    onChange(rows.map((row) => (row.index === index ? { ...row, ...patch } : row)));
  const allSelected = rows.length > 0 && rows.every((row) => row.selected);
  return (
    <table class="import-rows">
      <thead>
        <tr>
          <th scope="col">
            <label class="row">
              <input
                type="checkbox"
                checked={allSelected}
                onChange={() => onChange(rows.map((row) => ({ ...row, selected: !allSelected })))}
              />{' '}
              {t('import_select_all')}
            </label>
          </th>
          <th scope="col">{t('import_column_type')}</th>
          <th scope="col">{t('import_column_site')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.index} data-import-row={row.index}>
            <td>
              <label class="row">
                <input type="checkbox" checked={row.selected} onChange={() => change(row.index, { selected: !row.selected })} /> {row.name}
                {row.duplicate && <span class="muted small"> ({t('import_duplicate')})</span>}
              </label>
            </td>
            <td>{KIND_NAMES[row.kind]}</td>
            <td>
              <span class="row">
                <input
                  type="text"
                  value={row.site}
                  placeholder={t('import_site_none')}
                  aria-label={t('import_site_for', row.name)}
                  onInput={(e) => change(row.index, { site: e.currentTarget.value })}
                />
                {row.site && (
                  <button type="button" aria-label={t('import_site_remove', row.name)} onClick={() => change(row.index, { site: '' })}>
                    ×
                  </button>
                )}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
