/**
 * Six one-digit boxes behaving as one field: typing advances, Backspace on an
 * empty box goes back, a pasted or autofilled code spreads over the boxes, and
 * the digits are joined into the hidden `code` field that the form posts.
 */

const boxes = [...document.querySelectorAll<HTMLInputElement>('input.otp-digit')];
const joined = document.getElementById('code-joined');

function sync(): void {
  if (joined instanceof HTMLInputElement) joined.value = boxes.map((b) => b.value).join('');
}

/** Puts digits into the boxes starting at `from`; returns the index after the last one filled. */
function spread(digits: string, from: number): number {
  let i = from;
  for (const d of digits) {
    const box = boxes[i];
    if (!box) break;
    box.value = d;
    i++;
  }
  sync();
  return i;
}

boxes.forEach((box, index) => {
  box.addEventListener('input', () => {
    const digits = box.value.replace(/\D/g, '');
    box.value = '';
    if (!digits) {
      sync();
      return;
    }
    // Several digits arrive at once when a code is autofilled into one box.
    boxes[Math.min(spread(digits, index), boxes.length - 1)]?.focus();
  });
  // Selecting on focus lets a typed digit replace the old one (maxlength=1 would otherwise block it).
  box.addEventListener('focus', () => box.select());
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Backspace' && box.value === '' && index > 0) {
      const prev = boxes[index - 1];
      if (prev) {
        prev.value = '';
        prev.focus();
        sync();
      }
      event.preventDefault();
    } else if (event.key === 'ArrowLeft') boxes[index - 1]?.focus();
    else if (event.key === 'ArrowRight') boxes[index + 1]?.focus();
  });
  box.addEventListener('paste', (event) => {
    const digits = (event.clipboardData?.getData('text') ?? '').replace(/\D/g, '');
    if (!digits) return;
    event.preventDefault();
    boxes[Math.min(spread(digits, index), boxes.length - 1)]?.focus();
  });
});

// Values set by script without input events (some autofill) still get joined before sending.
document.getElementById('otp-form')?.addEventListener('submit', sync);
