import { t } from '@/utils/i18n/t';

/** A line that reports what just happened, with Undo when it can be taken back. */
export function StatusNotice({ text, onUndo }: { text: string; onUndo?: (() => Promise<void>) | undefined }) {
  return (
    <p role="status" class="notice">
      {text}{' '}
      {onUndo && (
        <button type="button" class="link" onClick={onUndo}>
          {t('popup_undo')}
        </button>
      )}
    </p>
  );
}
