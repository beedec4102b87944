import NextAuth from "next-auth";
import { authOptions } from "@/lib/sign-in/auth-options";

// The sign-in endpoint itself: it authenticates the caller, so it cannot sit behind withRoute's
// permission check. tests/route-permissions.test.ts lists it as the one exception.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(request as never, context as never, authOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
