import { doc } from '../html';
import type { CorpusPage } from '../types';

/** Authenticator-code pages in other languages: headings, labels, help text and some field names localised. */
export const LANGUAGES: CorpusPage[] = [
  {
    id: 'de-zwei-faktor',
    url: 'https://login.ionos.de/2fa?lang=de',
    description: 'German hosting login: "Zwei-Faktor-Authentifizierung", "Sicherheitscode aus Ihrer Authenticator-App".',
    bindings: ['ionos.de'],
    appears: 'load',
    html: doc({
      lang: 'de',
      title: 'Anmelden – Zwei-Faktor-Authentifizierung',
      brand: 'IONOS',
      accent: '#003d8f',
      nav: ['Produkte', 'Hilfe'],
      footer: ['Impressum', 'Datenschutz', 'AGB', 'Cookie-Einstellungen'],
      cookies: { text: 'Wir verwenden Cookies, um unsere Website für Sie zu optimieren.', accept: 'Alle akzeptieren', reject: 'Ablehnen' },
      body: `
<div class="card">
  <h1>Zwei-Faktor-Authentifizierung</h1>
  <p>Öffnen Sie Ihre Authenticator-App und geben Sie den 6-stelligen Sicherheitscode ein.</p>
  <form method="post" action="/2fa">
    <label for="totpcode">Sicherheitscode</label>
    <input type="text" id="totpcode" name="totp" inputmode="numeric" autocomplete="one-time-code" maxlength="6" placeholder="6-stelliger Code" data-expect="totp">
    <label style="font-weight:400"><input type="checkbox" name="trust"> Diesem Gerät 30 Tage vertrauen</label>
    <button type="submit">Bestätigen</button>
  </form>
  <p class="muted"><a href="#">Kein Zugriff auf die App?</a></p>
</div>`,
    }),
  },
  {
    id: 'fr-double-authentification',
    url: 'https://www.ovh.com/auth/?action=twoFactor&lang=fr_FR',
    description: 'French cloud provider: "Double authentification", "code généré par votre application d\'authentification".',
    bindings: ['ovh.com'],
    appears: 'load',
    html: doc({
      lang: 'fr',
      title: 'Connexion — Double authentification',
      brand: 'OVHcloud',
      accent: '#000e9c',
      footer: ['Mentions légales', 'Confidentialité', 'Gestion des cookies', 'Aide'],
      body: `
<div class="card">
  <h1>Double authentification</h1>
  <p>Saisissez le code à 6 chiffres généré par votre application d'authentification (Google Authenticator, FreeOTP…).</p>
  <form method="post">
    <label for="codeTotp">Code de vérification</label>
    <input type="text" id="codeTotp" name="code_verification" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="totp">
    <button type="submit">Valider</button>
  </form>
  <p class="muted"><a href="#">Utiliser un code de secours</a></p>
</div>`,
    }),
  },
  {
    id: 'es-verificacion-dos-pasos',
    url: 'https://www.mercadolibre.com.ar/jms/mla/lgz/login/2fa',
    description:
      'Spanish (AR) marketplace: "Verificación en dos pasos", "código de tu aplicación de autenticación" (registrable domain under com.ar).',
    bindings: ['mercadolibre.com.ar'],
    appears: 'load',
    html: doc({
      lang: 'es-AR',
      title: 'Mercado Libre - Verificación en dos pasos',
      brand: 'mercado libre',
      accent: '#3483fa',
      footer: ['Términos y condiciones', 'Privacidad', 'Ayuda'],
      body: `
<div class="card">
  <h1>Verificación en dos pasos</h1>
  <p>Ingresá el código de 6 dígitos que te muestra tu aplicación de autenticación.</p>
  <form>
    <label for="codigo">Código de verificación</label>
    <input type="tel" id="codigo" name="codigo" maxlength="6" autocomplete="one-time-code" class="andes-form-control__field" data-expect="totp">
    <button type="submit">Confirmar</button>
  </form>
  <p class="muted"><a href="#">Elegir otro método</a></p>
</div>`,
    }),
  },
  {
    id: 'pt-br-verificacao',
    url: 'https://conta.nuvemshop.com.br/login/autenticacao',
    description: 'Brazilian Portuguese e-commerce admin: "Verificação em duas etapas", "código gerado pelo seu aplicativo autenticador".',
    bindings: ['nuvemshop.com.br'],
    appears: 'load',
    html: doc({
      lang: 'pt-BR',
      title: 'Entrar — Verificação em duas etapas',
      brand: 'Nuvemshop',
      accent: '#0050c3',
      footer: ['Termos de uso', 'Política de privacidade', 'Central de ajuda'],
      body: `
<div class="card">
  <h1>Verificação em duas etapas</h1>
  <p>Digite o código de 6 dígitos gerado pelo seu aplicativo autenticador.</p>
  <form>
    <label for="codigo_autenticacao">Código de autenticação</label>
    <input type="text" id="codigo_autenticacao" name="codigo_autenticacao" inputmode="numeric" maxlength="6" autocomplete="one-time-code" data-expect="totp">
    <button type="submit">Verificar</button>
  </form>
  <p class="muted"><a href="#">Usar um código de recuperação</a></p>
</div>`,
    }),
  },
  {
    id: 'it-verifica-due-passaggi',
    url: 'https://login.aruba.it/verifica-otp',
    description: 'Italian hosting: "Verifica in due passaggi", "codice OTP generato dall\'app di autenticazione".',
    bindings: ['aruba.it'],
    appears: 'load',
    html: doc({
      lang: 'it',
      title: 'Accesso — Verifica in due passaggi',
      brand: 'Aruba',
      accent: '#f28c00',
      footer: ['Note legali', 'Privacy', 'Cookie policy', 'Assistenza'],
      body: `
<div class="card">
  <h1>Verifica in due passaggi</h1>
  <p>Inserisci il codice a 6 cifre generato dall'app di autenticazione sul tuo smartphone.</p>
  <form>
    <label for="codice_otp">Codice di verifica</label>
    <input type="text" id="codice_otp" name="codice_otp" inputmode="numeric" maxlength="6" autocomplete="one-time-code" data-expect="totp">
    <button type="submit">Verifica</button>
  </form>
</div>`,
    }),
  },
  {
    id: 'nl-tweestapsverificatie',
    url: 'https://mijn.transip.nl/login/tweestapsverificatie',
    description: 'Dutch hosting: "Tweestapsverificatie", "Voer de 6-cijferige code uit je authenticator-app in".',
    bindings: ['transip.nl'],
    appears: 'load',
    html: doc({
      lang: 'nl',
      title: 'Inloggen — Tweestapsverificatie',
      brand: 'TransIP',
      accent: '#1e73be',
      footer: ['Privacy', 'Voorwaarden', 'Cookies', 'Contact'],
      body: `
<div class="card">
  <h1>Tweestapsverificatie</h1>
  <p>Voer de 6-cijferige code uit je authenticator-app in.</p>
  <form>
    <label for="verificatiecode">Verificatiecode</label>
    <input type="text" id="verificatiecode" name="verificatiecode" inputmode="numeric" maxlength="6" autocomplete="one-time-code" data-expect="totp">
    <button type="submit">Inloggen</button>
  </form>
</div>`,
    }),
  },
  {
    id: 'pl-weryfikacja-dwuetapowa',
    url: 'https://allegro.pl/logowanie/weryfikacja',
    description: 'Polish marketplace: "Weryfikacja dwuetapowa", "kod z aplikacji uwierzytelniającej", field name "kod".',
    bindings: ['allegro.pl'],
    appears: 'load',
    html: doc({
      lang: 'pl',
      title: 'Logowanie — weryfikacja dwuetapowa',
      brand: 'allegro',
      accent: '#ff5a00',
      search: 'czego szukasz?',
      footer: ['Regulamin', 'Prywatność', 'Pomoc'],
      body: `
<div class="card">
  <h1>Weryfikacja dwuetapowa</h1>
  <p>Wpisz 6-cyfrowy kod z aplikacji uwierzytelniającej (np. Google Authenticator).</p>
  <form>
    <label for="kod">Kod weryfikacyjny</label>
    <input type="text" id="kod" name="kod" inputmode="numeric" maxlength="6" autocomplete="one-time-code" data-expect="totp">
    <button type="submit">Zaloguj się</button>
  </form>
</div>`,
    }),
  },
  {
    id: 'ru-dvuhfaktornaya',
    url: 'https://lk.selectel.ru/login/2fa',
    description: 'Russian cloud panel: "Двухфакторная аутентификация", "код из приложения-аутентификатора".',
    bindings: ['selectel.ru'],
    appears: 'load',
    html: doc({
      lang: 'ru',
      title: 'Вход — двухфакторная аутентификация',
      brand: 'Selectel',
      accent: '#d93b3b',
      footer: ['Политика конфиденциальности', 'Оферта', 'Поддержка'],
      body: `
<div class="card">
  <h1>Двухфакторная аутентификация</h1>
  <p>Введите 6-значный код из приложения-аутентификатора.</p>
  <form>
    <label for="otp-code">Код подтверждения</label>
    <input type="text" id="otp-code" name="code" inputmode="numeric" maxlength="6" autocomplete="one-time-code" data-expect="totp">
    <button type="submit">Войти</button>
  </form>
  <p class="muted"><a href="#">Нет доступа к приложению?</a></p>
</div>`,
    }),
  },
  {
    id: 'ka-orfaqtoriani',
    url: 'https://id.myhosting.ge/2fa',
    description: 'Georgian account login: "ორფაქტორიანი ავთენტიფიკაცია", code from the authenticator app.',
    bindings: ['myhosting.ge'],
    appears: 'load',
    html: doc({
      lang: 'ka',
      title: 'შესვლა — ორფაქტორიანი ავთენტიფიკაცია',
      brand: 'MyHosting',
      accent: '#b91c1c',
      footer: ['წესები და პირობები', 'კონფიდენციალურობა', 'დახმარება'],
      body: `
<div class="card">
  <h1>ორფაქტორიანი ავთენტიფიკაცია</h1>
  <p>შეიყვანეთ 6-ნიშნა კოდი ავთენტიფიკატორის აპლიკაციიდან.</p>
  <form>
    <label for="verification_code">დამადასტურებელი კოდი</label>
    <input type="text" id="verification_code" name="verification_code" inputmode="numeric" maxlength="6" autocomplete="one-time-code" data-expect="totp">
    <button type="submit">დადასტურება</button>
  </form>
</div>`,
    }),
  },
  {
    id: 'ja-nidankai-ninsho',
    url: 'https://login.account.rakuten.co.jp/sso/authorize/2fa',
    description: 'Japanese shopping account: "2段階認証", "認証アプリに表示されている6桁の確認コード" (registrable domain under co.jp).',
    bindings: ['rakuten.co.jp'],
    appears: 'load',
    html: doc({
      lang: 'ja',
      title: 'ログイン - 2段階認証',
      brand: '楽天',
      accent: '#bf0000',
      footer: ['個人情報保護方針', '利用規約', 'ヘルプ'],
      body: `
<div class="card">
  <h1>2段階認証</h1>
  <p>認証アプリに表示されている6桁の確認コードを入力してください。</p>
  <form>
    <label for="otp">確認コード</label>
    <input type="text" id="otp" name="otp" inputmode="numeric" maxlength="6" autocomplete="one-time-code" placeholder="6桁の数字" data-expect="totp">
    <button type="submit">認証する</button>
  </form>
</div>`,
    }),
  },
  {
    id: 'zh-cn-mfa',
    url: 'https://signin.aliyun.com/login.htm?redirect_url=https%3A%2F%2Fhomenew.console.aliyun.com%2F&step=mfa',
    description:
      'Chinese (simplified) cloud console: "安全验证", "虚拟MFA设备" 6-digit code. 验证码 is also the word for captcha and SMS codes.',
    bindings: ['aliyun.com'],
    appears: 'load',
    html: doc({
      lang: 'zh-CN',
      title: '阿里云 - 安全验证',
      brand: '阿里云',
      accent: '#ff6a00',
      footer: ['法律声明', '隐私政策', '帮助中心'],
      body: `
<div class="card">
  <h1>安全验证</h1>
  <p>请打开身份验证器应用（虚拟MFA设备），输入显示的6位动态验证码。</p>
  <form>
    <label for="mfaCode">MFA验证码</label>
    <input type="text" id="mfaCode" name="mfaCode" inputmode="numeric" maxlength="6" autocomplete="one-time-code" placeholder="请输入6位数字" data-expect="totp">
    <button type="submit">确定</button>
  </form>
</div>`,
    }),
  },
  {
    id: 'ko-2dangye-injeung',
    url: 'https://accounts.gabia.com/login/otp',
    description: 'Korean hosting login: "2단계 인증", "인증 앱(OTP)에 표시된 6자리 인증번호".',
    bindings: ['gabia.com'],
    appears: 'load',
    html: doc({
      lang: 'ko',
      title: '로그인 - 2단계 인증',
      brand: 'gabia',
      accent: '#1a5dd1',
      footer: ['이용약관', '개인정보처리방침', '고객센터'],
      body: `
<div class="card">
  <h1>2단계 인증</h1>
  <p>인증 앱(Google OTP 등)에 표시된 6자리 인증번호를 입력해 주세요.</p>
  <form>
    <label for="otp_no">OTP 인증번호</label>
    <input type="text" id="otp_no" name="otp_no" inputmode="numeric" maxlength="6" autocomplete="one-time-code" data-expect="totp">
    <button type="submit">확인</button>
  </form>
</div>`,
    }),
  },
  {
    id: 'ar-rtl-authenticator',
    url: 'https://accounts.souq-cloud.ae/ar/login/verify',
    description: 'Arabic right-to-left page: "التحقق بخطوتين", "رمز من تطبيق المصادقة".',
    bindings: ['souq-cloud.ae'],
    appears: 'load',
    html: doc({
      lang: 'ar',
      dir: 'rtl',
      title: 'تسجيل الدخول - التحقق بخطوتين',
      brand: 'سوق كلاود',
      accent: '#047857',
      footer: ['الشروط والأحكام', 'سياسة الخصوصية', 'المساعدة'],
      body: `
<div class="card">
  <h1>التحقق بخطوتين</h1>
  <p>أدخل الرمز المكوّن من 6 أرقام من تطبيق المصادقة.</p>
  <form>
    <label for="auth_code">رمز التحقق</label>
    <input type="text" id="auth_code" name="auth_code" dir="ltr" inputmode="numeric" maxlength="6" autocomplete="one-time-code" data-expect="totp">
    <button type="submit">تحقق</button>
  </form>
</div>`,
    }),
  },
];
