import { encode } from "next-auth/jwt";
import { serverEnv } from "@/lib/env";

/** The Cookie header of a session of `uid` that signed in at `signedInAt` (ms), as the sign-in would set it. */
export async function sessionCookie(uid: string, signedInAt: number): Promise<string> {
  const token = await encode({ token: { uid, signedInAt, sub: uid }, secret: serverEnv().NEXTAUTH_SECRET });
  return `next-auth.session-token=${token}`;
}
