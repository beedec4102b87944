"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";

export type TNavLink = { href: string; label: string };

const LINK = "block rounded-md px-3 py-2 text-sm font-semibold text-slate-100 hover:bg-slate-800 aria-[current=page]:bg-slate-700";

function isCurrent(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The administration pages, behind one button so the main navigation stays on one row on a desktop screen. */
function AdminMenu({ links, pathname }: { links: TNavLink[]; pathname: string }) {
  // Open "at" a page: moving to another page closes it without an effect.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  const menuId = useId();
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !ref.current?.contains(event.target as Node)) setOpenAt(null);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);
  const active = links.some((link) => isCurrent(pathname, link.href));
  return (
    <li ref={ref} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpenAt(open ? null : pathname)}
        className={`${LINK} w-full text-left ${active ? "bg-slate-700" : ""}`}
      >
        Admin <span aria-hidden="true">▾</span>
      </button>
      <ul id={menuId} hidden={!open} className="z-20 mt-1 flex flex-col gap-1 rounded-md bg-slate-900 p-1 md:absolute md:left-0 md:min-w-52 md:shadow-lg md:ring-1 md:ring-slate-700">
        {links.map((link) => (
          <li key={link.href}>
            <IntentLink href={link.href} className={LINK} aria-current={isCurrent(pathname, link.href) ? "page" : undefined}>
              {link.label}
            </IntentLink>
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * The console's main navigation: one row on a desktop, a "Menu" button on a phone. The current page is marked for
 * screen readers (aria-current) and by its background.
 */
export function MainNav({ primary, admin }: { primary: TNavLink[]; admin: TNavLink[] }) {
  const pathname = usePathname();
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  const listId = useId();
  return (
    <nav aria-label="Main" className="order-last w-full md:order-none md:w-auto md:flex-1">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpenAt(open ? null : pathname)}
        className="rounded-md border border-slate-600 px-3 py-2 text-sm font-semibold text-slate-100 md:hidden"
      >
        Menu <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      <ul id={listId} className={`${open ? "flex" : "hidden"} mt-2 flex-col gap-1 md:mt-0 md:flex md:flex-row md:flex-nowrap md:items-center`}>
        {primary.map((link) => (
          <li key={link.href}>
            <IntentLink href={link.href} className={LINK} aria-current={isCurrent(pathname, link.href) ? "page" : undefined}>
              {link.label}
            </IntentLink>
          </li>
        ))}
        {admin.length ? <AdminMenu links={admin} pathname={pathname} /> : null}
      </ul>
    </nav>
  );
}
