import type { EnrolResult } from '@/utils/messaging/protocol';

const nameOf = (a: { issuer: string; label: string }) => [a.issuer, a.label].filter(Boolean).join(' · ') || 'Unnamed account';

interface Props {
  result: EnrolResult;
  onUpdateExisting?: () => void;
}

/** Says what an enrolment did: added, updated, already there (with the choice to update), or skipped and why. */
export function EnrolOutcome({ result, onUpdateExisting }: Props) {
  return (
    <div class="outcome" role="status">
      {result.added.length > 0 && (
        <p>
          Added {result.added.map(nameOf).join(', ')}
          {result.added[0]?.domains.length ? ` (fills on ${result.added[0].domains.join(', ')})` : ''}.
        </p>
      )}
      {result.updated.length > 0 && <p>Updated {result.updated.map(nameOf).join(', ')}.</p>}
      {result.duplicates.length > 0 && (
        <div class="notice">
          <p>
            {result.duplicates.length === 1 ? 'This secret is' : `${result.duplicates.length} of these secrets are`} already stored
            as {result.duplicates.map((d) => nameOf(d.existing)).join(', ')}. Nothing was added twice.
          </p>
          {onUpdateExisting && (
            <button type="button" onClick={onUpdateExisting}>
              Update the stored account{result.duplicates.length > 1 ? 's' : ''}
            </button>
          )}
        </div>
      )}
      {result.skipped.length > 0 && (
        <ul class="muted small">
          {result.skipped.map((s) => (
            <li key={s.name}>
              Not added: {s.name}, because {s.reason}.
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
