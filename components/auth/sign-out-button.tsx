"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/signin" })}
      className="rounded-md px-3 py-2 text-sm font-semibold text-slate-100 underline-offset-4 hover:underline"
    >
      Sign out
    </button>
  );
}
