import "server-only";
import { hash, verify } from "@node-rs/argon2";


// Verifying against a real hash when the account does not exist keeps the response time the same, so
// timing does not reveal which e-mail addresses have accounts.
let decoyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoyHash ??= hash("breachdesk-decoy-password");
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
