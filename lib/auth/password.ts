import "server-only";
import { hash, verify } from "@node-rs/argon2";

// Verifying against a real hash when the account does not exist keeps the response time the same, so
// timing does not reveal which e-mail addresses have accounts.
let decoyHash: Promise<string> | undefined;

/** A running average of how long a verification takes here, for answers that must take as long without one. */
let averageVerifyMs = 50;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * The raw hash comparison. Only lib/auth/password-checks.ts calls it for a user's password: it counts and throttles
 * every attempt first (an ESLint rule keeps other code from importing this).
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoyHash ??= hash("breachdesk-decoy-password");
    const decoy = await decoyHash;
    await timed(() => verify(decoy, password).catch(() => false));
    return false;
  }
  return timed(() => verify(passwordHash, password).catch(() => false));
}

export function typicalVerifyMs(): number {
  return averageVerifyMs;
}

async function timed<T>(work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  averageVerifyMs = 0.8 * averageVerifyMs + 0.2 * (performance.now() - started);
  return result;
}
