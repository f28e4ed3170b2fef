/** "Use a security key" on the sign-in challenge page. */
import { postJson, showStatus, webauthnLib } from './api.js';

const STATUS = 'webauthn-status';

async function useKey(button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  showStatus(STATUS, 'Touch your security key…');
  try {
    const optionsJSON = await postJson('/webauthn/authenticate/options');
    const assertion = await webauthnLib().startAuthentication({ optionsJSON });
    const result = await postJson('/webauthn/authenticate/verify', assertion);
    const target = typeof result === 'object' && result !== null && 'redirect' in result ? String(result.redirect) : '/';
    location.assign(target);
  } catch (error) {
    showStatus(STATUS, `Security key sign-in failed: ${error instanceof Error ? error.message : String(error)}`);
    button.disabled = false;
  }
}

const button = document.getElementById('use-security-key');
if (button instanceof HTMLButtonElement) button.addEventListener('click', () => void useKey(button));
