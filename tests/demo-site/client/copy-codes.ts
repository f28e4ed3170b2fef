/** "Copy" on the backup codes page: all unused codes, one per line. */
import { showStatus } from './api.js';

async function copy(): Promise<void> {
  const codes = [...document.querySelectorAll('.backup-code')].map((el) => el.textContent?.trim() ?? '');
  try {
    await navigator.clipboard.writeText(codes.join('\n'));
    showStatus('copy-status', 'Backup codes copied.');
  } catch {
    // Clipboard access can be refused (permissions, insecure context); say so instead of failing silently.
    showStatus('copy-status', 'Copying failed. Select the codes and copy them by hand, or use Download.');
  }
}

document.getElementById('copy-codes')?.addEventListener('click', () => void copy());
