"use client";

import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal confirmation for an action that cannot be undone. The native modal <dialog> makes the page behind it inert
 * and turns Escape into a cancel; Tab is kept inside it (from the last control back to the first), the safe choice
 * (Cancel) has the focus when it opens, and the focus returns to whatever opened it when it closes.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Names the action ("Send to 1,200 people"), never just "OK". */
  confirmLabel: string;
  pending?: boolean;
  pendingLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      dialog.querySelector<HTMLButtonElement>("[data-cancel]")?.focus();
    } else if (!props.open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    }
  }, [props.open]);

  function trapTab(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== "Tab") return;
    const focusable = [...(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    if (focusable.length === 0) return;
    const first = focusable[0]!;
    const last = focusable.at(-1)!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onKeyDown={trapTab}
      onCancel={(event) => {
        // Escape: let React's state close it, so the focus goes back to the opener.
        event.preventDefault();
        if (!props.pending) props.onCancel();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="flex flex-col gap-4 p-5">
        <h2 id={titleId} className="text-lg font-bold">{props.title}</h2>
        <div id={bodyId} className="text-sm text-slate-800">{props.children}</div>
        <div className="flex flex-wrap justify-end gap-3">
          <Button data-cancel variant="secondary" onClick={props.onCancel} disabled={props.pending}>Cancel</Button>
          <Button variant="danger" onClick={props.onConfirm} disabled={props.pending}>{props.pending ? (props.pendingLabel ?? "Working…") : props.confirmLabel}</Button>
        </div>
      </div>
    </dialog>
  );
}
