/** "Add security key" on the Security page: options → browser ceremony → verify → reload to list it. */
import { postJson, showStatus, webauthnLib } from './api.js';

const STATUS = 'webauthn-status';

async function addKey(button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  showStatus(STATUS, 'Touch your security key…');
  try {
    const optionsJSON = await postJson('/webauthn/register/options');
    const credential = await webauthnLib().startRegistration({ optionsJSON });
    await postJson('/webauthn/register/verify', credential);
    showStatus(STATUS, 'Security key added.');
    location.reload();
  } catch (error) {
    showStatus(STATUS, `Could not add the security key: ${error instanceof Error ? error.message : String(error)}`);
    button.disabled = false;
  }
}

const button = document.getElementById('add-security-key');
if (button instanceof HTMLButtonElement) button.addEventListener('click', () => void addKey(button));
