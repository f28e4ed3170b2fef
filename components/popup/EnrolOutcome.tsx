import { t } from '@/utils/i18n/t';
import type { EnrolResult } from '@/utils/messaging/protocol';

const nameOf = (a: { issuer: string; label: string }) => [a.issuer, a.label].filter(Boolean).join(' · ') || t('common_unnamed_account');

interface Props {
  result: EnrolResult;
  onUpdateExisting?: () => void;
}

/** Says what an enrolment did: added, updated, already there (with the choice to update), or skipped and why. */
export function EnrolOutcome({ result, onUpdateExisting }: Props) {
  const addedNames = result.added.map(nameOf).join(', ');
  const fillsOn = result.added[0]?.domains.join(', ');
  const storedAs = result.duplicates.map((d) => nameOf(d.existing)).join(', ');
  return (
    <div class="outcome" role="status">
      {result.added.length > 0 && <p>{fillsOn ? t('enrol_added_fills_on', addedNames, fillsOn) : t('enrol_added', addedNames)}</p>}
      {result.updated.length > 0 && <p>{t('enrol_updated', result.updated.map(nameOf).join(', '))}</p>}
      {result.duplicates.length > 0 && (
        <div class="notice">
          <p>
            {result.duplicates.length === 1
              ? t('enrol_duplicate_one', storedAs)
              : t('enrol_duplicate_many', result.duplicates.length, storedAs)}
          </p>
          {onUpdateExisting && (
            <button type="button" onClick={onUpdateExisting}>
              {result.duplicates.length > 1 ? t('enrol_update_many') : t('enrol_update_one')}
            </button>
          )}
        </div>
      )}
      {result.skipped.length > 0 && (
        <ul class="muted small">
          {result.skipped.map((s) => (
            <li key={s.name}>{t('enrol_skipped', s.name, s.reason)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
