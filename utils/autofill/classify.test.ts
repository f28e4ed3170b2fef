import { describe, expect, it } from 'vitest';
import { fieldFacts } from '@/tests/unit/field-facts';
import { classifyField, type FieldFacts, type FieldKind } from '@/utils/autofill/classify';

const field = fieldFacts;

describe('classifyField', () => {
  it.each<[string, Partial<FieldFacts>, FieldKind]>([
    [
      'GitHub app code',
      {
        attributes: 'app_totp app_totp form-control',
        autocomplete: 'one-time-code',
        label: 'Authentication code',
        context: 'Two-factor authentication Open your two-factor authenticator (TOTP) app',
      },
      'totp',
    ],
    [
      'Google 2-Step',
      {
        attributes: 'totpPin totpPin',
        type: 'tel',
        label: 'Enter code',
        context: '2-Step Verification Get a verification code from the Google Authenticator app',
      },
      'totp',
    ],
    [
      'GitLab',
      {
        attributes: 'user[otp_attempt] user_otp_attempt',
        label: 'Two-factor authentication code',
        context: 'Enter the code from the two-factor app on your mobile device.',
      },
      'totp',
    ],
    [
      'generic shape only',
      {
        attributes: 'code',
        inputMode: 'numeric',
        maxLength: 6,
        label: 'Verification code',
        context: 'Open your authenticator app and enter the code.',
      },
      'totp',
    ],
    [
      'placeholder only',
      { label: '123456', maxLength: 6, inputMode: 'numeric', context: 'Enter the 6-digit code from your authenticator app' },
      'totp',
    ],
    ['German', { attributes: 'otp', label: 'Bestätigungscode', context: 'Geben Sie den Code aus Ihrer Authenticator-App ein' }, 'totp'],
    [
      'French',
      { attributes: 'code', label: 'Code de vérification', context: "Saisissez le code affiché dans votre application d'authentification" },
      'totp',
    ],
    [
      'Spanish',
      {
        attributes: 'codigo',
        label: 'Código de verificación',
        context: 'Introduce el código de tu aplicación de autenticación',
        maxLength: 6,
      },
      'totp',
    ],
    [
      'Portuguese',
      { attributes: 'codigo', label: 'Código de verificação', context: 'Digite o código do aplicativo autenticador', maxLength: 6 },
      'totp',
    ],
    [
      'Italian',
      { attributes: 'codice', label: 'Codice di verifica', context: "Inserisci il codice dell'app di autenticazione", maxLength: 6 },
      'totp',
    ],
    ['Dutch', { attributes: 'code', label: 'Verificatiecode', context: 'Voer de code uit je authenticatie-app in', maxLength: 6 }, 'totp'],
    [
      'Polish',
      { attributes: 'kod', label: 'Kod weryfikacyjny', context: 'Wpisz kod z aplikacji uwierzytelniającej', maxLength: 6 },
      'totp',
    ],
    [
      'Russian',
      { attributes: 'code', label: 'Код подтверждения', context: 'Введите код из приложения-аутентификатора', maxLength: 6 },
      'totp',
    ],
    [
      'Georgian',
      { attributes: 'code', label: 'ვერიფიკაციის კოდი', context: 'შეიყვანეთ კოდი ავთენტიფიკატორის აპიდან', maxLength: 6 },
      'totp',
    ],
    [
      'Japanese',
      { attributes: 'code', label: '確認コード', context: '認証アプリに表示されているコードを入力してください', maxLength: 6 },
      'totp',
    ],
    ['Chinese', { attributes: 'code', label: '验证码', context: '请输入身份验证器应用中的验证码', maxLength: 6 }, 'totp'],
    ['Korean', { attributes: 'code', label: '인증 코드', context: '인증 앱에 표시된 코드를 입력하세요', maxLength: 6 }, 'totp'],
    [
      'six boxes',
      { attributes: 'digit', maxLength: 1, inputMode: 'numeric', boxes: 6, context: 'Enter the code from your authenticator app' },
      'totp',
    ],
    [
      'SMS code',
      {
        autocomplete: 'one-time-code',
        attributes: 'code',
        label: 'Enter code',
        context: 'We sent a code to +1 ••• ••• 12 34 by text message',
      },
      'sms-email',
    ],
    [
      'e-mail code',
      { attributes: 'email_code', label: 'Verification code', maxLength: 6, context: 'We emailed a 6-digit code to a•••@example.com' },
      'sms-email',
    ],
    ['recovery code', { attributes: 'recovery_code', label: 'Recovery code', context: 'Enter one of your recovery codes' }, 'recovery'],
    [
      'backup code in Spanish',
      { attributes: 'code', label: 'Código de respaldo', context: 'Usa uno de tus códigos de respaldo' },
      'recovery',
    ],
    [
      'authenticator beside an SMS fallback',
      {
        autocomplete: 'one-time-code',
        label: 'Code',
        context: 'Enter the code from your authenticator app. Lost your phone? We can send an SMS instead.',
      },
      'totp',
    ],
    ['card CVC', { attributes: 'cvc', autocomplete: 'cc-csc', label: 'Security code', maxLength: 4, inputMode: 'numeric' }, 'none'],
    [
      'card security code by context',
      { attributes: 'securityCode', label: 'Security code', maxLength: 4, context: 'Card number Expiry date Security code' },
      'none',
    ],
    ['postal code', { attributes: 'postal', autocomplete: 'postal-code', label: 'ZIP code', maxLength: 5, inputMode: 'numeric' }, 'none'],
    ['German postcode', { attributes: 'plz', label: 'Postleitzahl', maxLength: 5 }, 'none'],
    ['phone', { type: 'tel', attributes: 'phone', label: 'Mobile number', autocomplete: 'tel' }, 'none'],
    ['promo code', { attributes: 'promo_code', label: 'Promo code', context: 'Have a code? Apply it at checkout' }, 'none'],
    ['gift card', { attributes: 'giftcard', label: 'Gift card code' }, 'none'],
    ['French promo', { attributes: 'code', label: 'Code promo (réduction)' }, 'none'],
    ['captcha', { attributes: 'captcha', label: 'Enter the characters you see', maxLength: 6 }, 'none'],
    ['search', { attributes: 'q', label: 'Search', type: 'text' }, 'none'],
    ['search type', { type: 'search', label: 'Find a code' }, 'none'],
    ['quantity', { type: 'number', attributes: 'qty', label: 'Quantity' }, 'none'],
    ['date', { attributes: 'dob', label: 'Date of birth', placeholder: 'DD/MM/YYYY' } as Partial<FieldFacts>, 'none'],
    ['PIN', { type: 'password', attributes: 'pin', label: 'Enter your 4-digit PIN', maxLength: 4, inputMode: 'numeric' }, 'none'],
    ['password', { type: 'password', attributes: 'password', label: 'Password', autocomplete: 'current-password' }, 'none'],
    ['username', { attributes: 'login', label: 'Username or email address', autocomplete: 'username' }, 'none'],
    ['plain text field', { attributes: 'first_name', label: 'First name', autocomplete: 'given-name' }, 'none'],
    ['nine boxes', { maxLength: 1, boxes: 9, context: 'Enter the code from your authenticator app' }, 'none'],
    ['checkbox', { type: 'checkbox', label: 'Remember this device', context: 'authenticator code' }, 'none'],
  ])('%s → %s', (_name, facts, kind) => {
    expect(classifyField(field(facts))).toBe(kind);
  });
});
