/**
 * Words that tell what a field is for, in the languages Tessera detects (English, German, French, Spanish,
 * Portuguese, Italian, Dutch, Polish, Russian, Georgian, Japanese, Chinese, Korean). Matched against
 * lower-cased text; kept as regular expressions because they are the smallest form for the content script.
 */

/** Two-factor words that name an authenticator's code (not bare "authentication", which every sign-in says). */
export const TWO_FACTOR =
  /two[- ]?(factor|step)|2[- ]?(fa|step|factor)|\bmfa\b|multi[- ]?factor|\btotp\b|authentication code|authenticator|zwei-?faktor|deux (facteurs|étapes)|double authentification|dos (pasos|factores)|duas etapas|dois fatores|due fattori|verifica in due|tweestaps|dwuetap|двухфакт|двухэтап|ორსაფეხურ|段階認証|两步验证|双重验证|兩步驟|2단계|이중 인증/;

/** Phrases that name a one-time / verification code (TWO_FACTOR's words among them). */
export const CODE_PHRASES =
  /two[- ]?(factor|step)|2[- ]?(fa|step|factor)|\bmfa\b|multi[- ]?factor|\btotp\b|authentication code|authenticator|zwei-?faktor|deux (facteurs|étapes)|double authentification|dos (pasos|factores)|duas etapas|dois fatores|due fattori|verifica in due|tweestaps|dwuetap|двухфакт|двухэтап|ორსაფეხურ|段階認証|两步验证|双重验证|兩步驟|2단계|이중 인증|one[- ]?time|\botp\b|verif|auth?entica|passcode|security code|\btoken\b|bestätigungs|sicherheitscode|einmal|prüfcode|code de (vérification|sécurité|connexion)|à usage unique|código de (seguridad|segurança|ac?ces?so)|codice di (sicurezza|accesso)|beveiligingscode|kod (weryfikac|uwierzyt|bezpiecz|jednorazow)|код (подтвержд|провер|безопасн|аутентиф|из)|одноразов|ვერიფიკაც|დადასტურ|ავთენტიფიკ|კოდი|確認コード|認証コード|ワンタイム|段階認証|セキュリティコード|验证码|驗證碼|动态码|安全码|인증\s?코드|확인\s?코드|보안\s?코드|일회용/;

/** The bare word "code" (and its translations): a weaker hint that needs support from the field's shape. */
export const CODE_WORD = /\bcodes?\b|c[oó]digo|codice|\bkod\b|код|コード|代码|代碼|码|코드|კოდ/;

/** Mentions of an authenticator app: the page wants a TOTP code, whatever else it mentions. */
export const AUTHENTICATOR =
  /authenticator|code generator|generator app|\bauthy\b|duo mobile|auth(entication)? app|authentifizierungs-?app|application d'authentification|ap(p|li)\w* (de )?autentica|app di autenticazione|authenticatie-app|aplikacj\w* uwierzytel|приложени\w* (для )?(аутентиф|проверки подлинности)|аутентификатор|ავთენტიფიკატორ|認証アプリ|身份验证器|验证器|驗證器|인증\s?앱|otp\s?앱/;

/**
 * The step says the code was sent by text message or e-mail: "we sent", "resend", a masked address (j***@x.com)
 * or phone (***-**12).
 */
export const SENT_CODE =
  /\bsms\b|text message|we('ve| have|'ll| will)? (sent|texted|send)|(sent|send) (a|an|the|you|it|your|to)|emailed|check your (email|inbox|phone)|re-?send|send again|didn.t (get|receive)|\w[*•·]{2,}\w*@|[*•·x]{2,}[ -]?[*•·x]*[ -]?\d{2,4}\b|gesendet|geschickt|erneut senden|envoy[ée]|renvoyer|enviamos|enviado|reenviar|inviato|invia di nuovo|reinvia|verzonden|gestuurd|opnieuw (ver)?(sturen|zenden)|wysła|wyślij|отправ|смс|выслали|გამოგზავნ|ხელახლა|送信しました|送りました|再送|发送|重发|短信|簡訊|발송|전송|문자/;

/** Settings (an admin page's token lifetime, code length, timeouts): numbers, not codes. */
export const SETTING =
  /lifetime|lifespan|timeout|\bttl\b|duration|interval|period|minutes|seconds|hours|\bdays\b|length|number of|\bmax(imum)?\b|\bmin(imum)?\b|limit|window|dauer|durée|duraci|срок|期限/;

/** An image captcha's words: read characters off a picture. */
export const IMAGE_CAPTCHA =
  /captcha|(enter|type) the (characters|letters)|characters (you see|shown|in the)|the (image|picture)|bild|imag|картин|画像|图片|이미지/;

/** Recovery (backup) codes. */
export const RECOVERY =
  /recovery|backup code|backup-code|wiederherstellung|code de (récupération|secours)|c[oó]digo de (recuperaci[oó]n|respaldo|backup|recupera[cç][aã]o)|codice di (recupero|backup)|herstelcode|kod\w* (zapasow|odzyskiw)|резервн|восстановлени|აღდგენ|リカバリー|バックアップコード|恢复代码|恢复码|备用|备份码|복구\s?코드|백업\s?코드/;

/** Fields that look like codes but are something else: payment, addresses, offers, bots, search, … */
export const NOT_A_CODE =
  /\bcvc|\bcvv|\bcsc\b|card|karte|carte|tarjeta|cart[aã]o|kaart|karty|карт|expir|ablauf|postal|post ?code|\bzip|\bplz\b|postleitzahl|kod pocztowy|индекс|郵便番号|邮编|邮政编码|우편번호|promo|coupon|voucher|gift|discount|gutschein|rabatt|réduction|cup[oó]n|cupom|descuento|desconto|sconto|korting|kupon|rabat|промокод|купон|скидк|クーポン|割引|优惠|折扣|쿠폰|할인|captcha|characters (you see|shown)|produ[ckt]|продукт|serial|seriennummer|licen[cs]e|lizenz|プロダクト|产品|제품|search|suche|recherche|buscar|pesquis|cerca|zoek|szukaj|поиск|検索|搜索|검색|\bdate\b|datum|quantit|\bqty\b|menge|cantidad|quantidade|aantal|ilość|количеств|数量|수량|\bpin\b|username|user name|benutzername|e-?mail address/;

/** Contact fields: excluded unless the field's own words name a code ("code sent to your phone"). */
export const CONTACT = /phone|mobile|telefon|t[ée]l[ée]phone|tel[ée]fono|telefone|telefoon|телефон|電話|电话|手机|전화|휴대폰/;

/** A payment form around the field: its "security code" is the card's CVC. */
export const PAYMENT_CONTEXT =
  /card number|cardholder|expir|\bcvc|\bcvv|kartennummer|numéro de carte|número de (tarjeta|cartão)|numero di carta|kaartnummer|numer karty|номер карты|カード番号|卡号|카드 번호/;

/** Words for a password, unless the phrase is "one-time password". */
export const PASSWORD =
  /password|passwort|mot de passe|contraseña|senha|parola d'ordine|wachtwoord|hasło|пароль|პაროლ|パスワード|密码|密碼|비밀번호/;

/** The field itself names a sent channel ("email code", "SMS code", "code sent to your phone"): CONTACT and SENT_CODE words too. */
export const SENT_CHANNEL =
  /e-?mail|courriel|correo|почт|メール|邮件|郵件|이메일|ელ\.? ?ფოსტ|\bsent\b|texted|phone|mobile|telefon|t[ée]l[ée]phone|tel[ée]fono|telefone|telefoon|телефон|電話|电话|手机|전화|휴대폰|\bsms\b|text message|we('ve| have|'ll| will)? (sent|texted|send)|(sent|send) (a|an|the|you|it|your|to)|emailed|check your (email|inbox|phone)|re-?send|send again|didn.t (get|receive)|\w[*•·]{2,}\w*@|[*•·x]{2,}[ -]?[*•·x]*[ -]?\d{2,4}\b|gesendet|geschickt|erneut senden|envoy[ée]|renvoyer|enviamos|enviado|reenviar|inviato|invia di nuovo|reinvia|verzonden|gestuurd|opnieuw (ver)?(sturen|zenden)|wysła|wyślij|отправ|смс|выслали|გამოგზავნ|ხელახლა|送信しました|送りました|再送|发送|重发|短信|簡訊|발송|전송|문자/;
