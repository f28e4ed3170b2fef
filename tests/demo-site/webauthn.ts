/**
 * Security keys via @simplewebauthn/server. The relying party is the site's own
 * host (`localhost` by default: browsers treat it as a secure context, so
 * WebAuthn works over plain http there) and the origin is the site URL.
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { ISSUER } from './totp';
import type { SecurityKey, Session, User } from './store';

export interface RelyingParty {
  rpID: string;
  origin: string;
}

export async function registrationOptions(rp: RelyingParty, user: User, session: Session): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const options = await generateRegistrationOptions({
    rpName: ISSUER,
    rpID: rp.rpID,
    userName: user.username,
    userID: user.webauthnUserId,
    attestationType: 'none',
    // The same key twice would only confuse the key list.
    excludeCredentials: user.securityKeys.map((k) => ({
      id: k.credential.id,
      ...(k.credential.transports ? { transports: k.credential.transports } : {}),
    })),
    authenticatorSelection: { residentKey: 'discouraged', userVerification: 'preferred' },
  });
  session.webauthnChallenge = { purpose: 'register', challenge: options.challenge };
  return options;
}

/** Verifies and stores the new key; returns its display name, or null if the response doesn't check out. */
export async function finishRegistration(
  rp: RelyingParty,
  user: User,
  session: Session,
  response: RegistrationResponseJSON,
): Promise<string | null> {
  const pending = session.webauthnChallenge;
  // A challenge is good for one attempt only.
  session.webauthnChallenge = null;
  if (pending?.purpose !== 'register') return null;
  const result = await verifyRegistrationResponse({
    response,
    expectedChallenge: pending.challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    requireUserVerification: false,
  });
  if (!result.verified) return null;
  const key: SecurityKey = {
    name: `Security key ${user.securityKeys.length + 1}`,
    credential: {
      ...result.registrationInfo.credential,
      ...(response.response.transports ? { transports: response.response.transports } : {}),
    },
    addedAt: new Date(),
  };
  user.securityKeys.push(key);
  return key.name;
}

export async function authenticationOptions(
  rp: RelyingParty,
  user: User,
  session: Session,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await generateAuthenticationOptions({
    rpID: rp.rpID,
    allowCredentials: user.securityKeys.map((k) => ({
      id: k.credential.id,
      ...(k.credential.transports ? { transports: k.credential.transports } : {}),
    })),
    userVerification: 'preferred',
  });
  session.webauthnChallenge = { purpose: 'authenticate', challenge: options.challenge };
  return options;
}

export async function finishAuthentication(
  rp: RelyingParty,
  user: User,
  session: Session,
  response: AuthenticationResponseJSON,
): Promise<boolean> {
  const pending = session.webauthnChallenge;
  session.webauthnChallenge = null;
  if (pending?.purpose !== 'authenticate') return false;
  const key = user.securityKeys.find((k) => k.credential.id === response.id);
  if (!key) return false;
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge: pending.challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    credential: key.credential,
    requireUserVerification: false,
  });
  if (!result.verified) return false;
  // The signature counter lets the server notice cloned keys; keep it current.
  key.credential.counter = result.authenticationInfo.newCounter;
  return true;
}
