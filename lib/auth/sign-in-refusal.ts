/**
 * What a refused sign-in says, whatever the reason (wrong password, locked, deactivated or unknown account): one
 * sentence, so the answer does not tell which accounts exist. Shared by the server and the sign-in form.
 */
export const SIGN_IN_REFUSED =
  "The e-mail address or password is wrong. After repeated failures an account is locked for a few minutes: wait, then try again.";
