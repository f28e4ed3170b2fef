/**
 * All of the demo site's state, in memory: one Store per running server, so
 * tests that start their own site never see each other's users.
 */
import { randomBytes } from 'node:crypto';
import type { WebAuthnCredential } from '@simplewebauthn/server';

export interface BackupCode {
  code: string;
  used: boolean;
}

export interface SecurityKey {
  name: string;
  credential: WebAuthnCredential;
  addedAt: Date;
}

export interface User {
  username: string;
  passwordHash: string;
  /** Base32 secret shown on the setup page but not yet confirmed with a code. */
  pendingTotpSecret: string | null;
  /** Secret of the decoy second QR in the `two` variant; never accepted by the site. */
  decoyTotpSecret: string | null;
  /** Confirmed secret: non-null means authenticator-app 2FA is on. */
  totpSecret: string | null;
  backupCodes: BackupCode[];
  securityKeys: SecurityKey[];
  /** Opaque WebAuthn user handle (never the username, per the spec's privacy advice). */
  webauthnUserId: Uint8Array<ArrayBuffer>;
}

export type OtpInputStyle = 'single' | 'split';

export interface Session {
  id: string;
  /** Fully signed in as this user (password and, if enabled, second factor). */
  username: string | null;
  /** Password accepted, second factor still owed. */
  pendingUsername: string | null;
  /** How the sign-in code is asked for; set from `?otp=` on /signin and kept for the flow. */
  otpInput: OtpInputStyle;
  /** Password re-confirmed until this time (ms): needed to set up or turn off 2FA. */
  sudoUntil: number;
  /** Anti-CSRF token, sent back in a hidden field or the x-csrf-token header. */
  csrf: string;
  /** The WebAuthn challenge in flight, with what it is for. */
  webauthnChallenge: { purpose: 'register' | 'authenticate'; challenge: string } | null;
  /** One-shot message for the next page (e.g. "Two-factor authentication is on"). */
  flash: string | null;
}

export class Store {
  private readonly users = new Map<string, User>();
  private readonly sessions = new Map<string, Session>();

  /** Usernames are unique regardless of case, as on most sites. */
  findUser(username: string): User | undefined {
    return this.users.get(username.toLowerCase());
  }

  addUser(user: User): void {
    this.users.set(user.username.toLowerCase(), user);
  }

  getSession(id: string | undefined): Session | undefined {
    return id === undefined ? undefined : this.sessions.get(id);
  }

  newSession(otpInput: OtpInputStyle = 'single'): Session {
    const session: Session = {
      id: randomBytes(24).toString('base64url'),
      username: null,
      pendingUsername: null,
      otpInput,
      sudoUntil: 0,
      csrf: randomBytes(24).toString('base64url'),
      webauthnChallenge: null,
      flash: null,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  dropSession(id: string): void {
    this.sessions.delete(id);
  }
}
