"use client";

import { Button } from "@/components/ui/button";

/** Prints the page with the print stylesheet (app/globals.css, @media print): A4 and Letter, no navigation. */
export function PrintButton() {
  return (
    <Button variant="secondary" onClick={() => window.print()} className="print:hidden">
      Print
    </Button>
  );
}
