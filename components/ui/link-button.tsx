import { IntentLink } from "@/components/ui/intent-link";
import type { ComponentProps } from "react";

export function LinkButton({ className = "", ...props }: ComponentProps<typeof IntentLink>) {
  return (
    <IntentLink
      className={`inline-flex min-h-10 items-center justify-center rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800 ${className}`}
      {...props}
    />
  );
}
