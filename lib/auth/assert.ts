import { can, refusalReason, type TAction, type TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";

/** Services call this too, so a use case is guarded whether it is reached by a route, a page or a script. */
export function assertCan(actor: TActor | null, action: TAction): asserts actor is TActor {
  if (!can(actor, action)) {
    throw actor ? AppError.forbidden(refusalReason(actor, action)) : AppError.unauthenticated();
  }
}
