"use client";

import { useMutation, type UseMutationResult } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ApiError, fieldErrorsOf, type TFieldErrors } from "@/lib/client/api";

type TOptions<TData, TVariables> = {
  mutationFn: (variables: TVariables) => Promise<TData>;
  onSuccess?: (data: TData, variables: TVariables) => void;
  onError?: (error: Error) => void;
  /**
   * After a success the server components render again (pages read through the services, not a client cache).
   * False when the caller navigates away instead, or only shows the answer.
   */
  refresh?: boolean;
  /** A 409 (someone changed it first) also renders again, so the loser sees the winner's state at once. */
  refreshOnConflict?: boolean;
};

export type TApiMutation<TData, TVariables> = UseMutationResult<TData, Error, TVariables> & {
  /** The API's field errors (problem+json `invalid_params`), by field name; empty when there are none. */
  fieldErrors: TFieldErrors;
  /** A form's onSubmit: stops the browser's own submission and sends. */
  submit: (event?: { preventDefault: () => void }) => void;
};

/**
 * The one way a client component changes something through the API: the request, its pending state, the field
 * errors for the form and the general message (`error.message`), and a fresh render of the page after a success.
 */
export function useApiMutation<TData = unknown, TVariables = void>({
  mutationFn,
  onSuccess,
  onError,
  refresh = true,
  refreshOnConflict = false,
}: TOptions<TData, TVariables>): TApiMutation<TData, TVariables> {
  const router = useRouter();
  const mutation = useMutation<TData, Error, TVariables>({
    mutationFn,
    onSuccess: (data, variables) => {
      onSuccess?.(data, variables);
      if (refresh) router.refresh();
    },
    onError: (error) => {
      onError?.(error);
      if (refreshOnConflict && error instanceof ApiError && error.status === 409) router.refresh();
    },
  });
  return {
    ...mutation,
    fieldErrors: fieldErrorsOf(mutation.error),
    submit: (event) => {
      event?.preventDefault();
      mutation.mutate(undefined as TVariables);
    },
  };
}
