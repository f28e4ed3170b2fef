import { describe, expect, it } from 'vitest';
import { fieldFacts } from '@/tests/unit/field-facts';
import { decideField, type FieldFacts, type FieldKind } from '@/utils/autofill/classify';

const field = fieldFacts;

type Level = 'auto' | 'offer' | 'none';

const levelOf = (kind: FieldKind, automatic: boolean): Level => (kind !== 'totp' ? 'none' : automatic ? 'auto' : 'offer');

/** Sent-code steps in each detection language: the field says only "code"; the step says it was sent. */
const SENT_STEPS: [string, string, string][] = [
  ['en', 'You should be receiving a six digit security code at j***@example.com', 'Resend code'],
  ['de', 'Wir haben Ihnen einen Code an ***-**12 geschickt', 'Code erneut senden'],
  ['fr', 'Nous avons envoyé un code à j***@exemple.fr', 'Renvoyer le code'],
  ['es', 'Te enviamos un código al ***-***-12', 'Reenviar código'],
  ['pt', 'Enviamos um código para j***@exemplo.com.br', 'Reenviar código'],
  ['it', 'Abbiamo inviato un codice a ***-**12', 'Invia di nuovo'],
  ['nl', 'We hebben een code gestuurd naar ***-**12', 'Opnieuw versturen'],
  ['pl', 'Wysłaliśmy kod na numer ***-**12', 'Wyślij ponownie'],
  ['ru', 'Мы отправили код на номер ***-**12', 'Отправить повторно'],
  ['ka', 'კოდი გამოგზავნილია ნომერზე ***-**12', 'ხელახლა გაგზავნა'],
  ['ja', '***-**12 に確認コードを送信しました', 'コードを再送'],
  ['zh', '验证码已发送至 ***-**12', '重新发送'],
  ['ko', '***-**12 번호로 인증 코드를 발송했습니다', '재전송'],
];

describe('decideField: channel from the whole step', () => {
  it.each(SENT_STEPS)('%s: a generic code field in a sent-code step is sms-email', (_lang, text, resend) => {
    const decision = decideField(
      field({ attributes: 'code', label: 'Code', maxLength: 6, inputMode: 'numeric', context: `${text} ${resend}` }),
    );
    expect(decision.kind).toBe('sms-email');
    expect(decision.automatic).toBe(false);
  });

  it('a "security code" next to "Resend" is sent, unless the page names an authenticator app', () => {
    const sent = field({
      label: 'Security code',
      maxLength: 6,
      inputMode: 'numeric',
      context: 'Enter the security code Continue Resend',
    });
    expect(decideField(sent).kind).toBe('sms-email');
    expect(decideField({ ...sent, context: 'Enter the security code from your authenticator app Resend' }).kind).toBe('totp');
  });
});

describe('decideField: two levels of certainty', () => {
  it.each<[string, Partial<FieldFacts>, Level, string?]>([
    ['autocomplete=one-time-code', { autocomplete: 'one-time-code', label: 'Code', maxLength: 6 }, 'auto', 'autocomplete=one-time-code'],
    ['2FA words in the label', { label: 'Two-factor code', maxLength: 6 }, 'auto', 'own:two-factor'],
    [
      'heading only, maxlength 6',
      { maxLength: 6, heading: 'Two-Factor Authentication', context: 'Enter the code to continue.' },
      'auto',
      'heading:two-factor',
    ],
    [
      'authenticator app named in the step',
      { label: 'Enter passcode', context: 'Open Duo Mobile and enter the passcode it shows.' },
      'auto',
      'step:authenticator',
    ],
    [
      'split row of six number boxes',
      { type: 'number', autocomplete: 'one-time-code', attributes: 'otp-0', boxes: 6, heading: 'Two-step verification' },
      'auto',
    ],
    [
      'generic verification code, no 2FA words',
      { attributes: 'code', label: 'Verification code', maxLength: 6, inputMode: 'numeric' },
      'offer',
    ],
    [
      'code field in a sign-in form with a password',
      { attributes: 'access_code', label: 'Código de Acesso', otherFields: ['password'] },
      'offer',
      'form:password',
    ],
    ['e-mail code box named two-factor', { attributes: 'bypassTwoFactorEmailCode', label: 'email verification code' }, 'none', 'own:sent'],
    [
      'sign-up confirmation code',
      { attributes: 'confirmationCode', label: 'Confirmation code', maxLength: 6, otherFields: ['name', 'email', 'new-password'] },
      'none',
    ],
    [
      'change-password verification code',
      { attributes: 'verification_code', label: 'Verification code', maxLength: 6, otherFields: ['password', 'new-password'] },
      'none',
      'form:password+new-password',
    ],
    ['booking code', { attributes: 'pnrCode', label: 'Booking code', maxLength: 6, otherFields: ['name', 'email', 'date'] }, 'none'],
    [
      'one-time code in a sign-up form still counts',
      { autocomplete: 'one-time-code', label: 'Two-factor code', otherFields: ['name', 'email'] },
      'offer',
    ],
    [
      'image captcha beside the field',
      { attributes: 'verifyCode', label: 'Verification code', maxLength: 5, imageBeside: true },
      'none',
      'image-captcha',
    ],
    [
      'captcha words in the step',
      { attributes: 'vcode', label: 'Verification code', maxLength: 4, context: 'Enter the characters in the image' },
      'none',
      'image-captcha',
    ],
    ['product code of 8 characters', { attributes: 'code', label: 'Product code', maxLength: 8 }, 'none', 'not-a-code'],
    [
      'token lifetime setting',
      {
        type: 'number',
        attributes: 'accessTokenLifespan',
        label: 'Access token lifetime (minutes)',
        heading: 'Two-factor authentication policy',
      },
      'none',
      'setting',
    ],
    ['code length setting', { type: 'number', attributes: 'otpPolicyDigits', label: 'Number of digits' }, 'none', 'setting'],
    [
      'number input bounded like a setting',
      { type: 'number', attributes: 'otp_window', label: 'OTP window', range: true },
      'none',
      'setting',
    ],
    ['number code input bounded 0–999999', { type: 'number', attributes: 'totp', label: 'Authenticator code', range: false }, 'auto'],
    [
      'name field with a verification class',
      { attributes: 'customerName ap_customer_name', classes: 'auth-contact-verification-request-info', label: 'Your name', maxLength: 50 },
      'none',
    ],
    [
      'password labelled Password, named passcode',
      { type: 'password', attributes: 'passcode', label: 'Password', heading: 'Enter password' },
      'none',
      'password-field',
    ],
    [
      'generic OTP boxes beside a phone field',
      { attributes: 'otp1', label: 'Enter OTP', boxes: 6, maxLength: 1, otherFields: ['phone'] },
      'none',
      'step:contact-field',
    ],
  ])('%s → %s', (_name, facts, level, signal) => {
    const decision = decideField(field(facts));
    expect(levelOf(decision.kind, decision.automatic)).toBe(level);
    if (signal) expect(decision.signals).toContain(signal);
  });
});
