import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable } from "@/components/ui/data-table";

const render = (props: Partial<Omit<ComponentProps<typeof DataTable>, "children">> = {}) =>
  renderToStaticMarkup(
    createElement(
      DataTable as (props: Omit<ComponentProps<typeof DataTable>, "children">) => ReturnType<typeof DataTable>,
      { caption: "Data stores", columns: ["Store", { key: "actions", label: createElement("span", { className: "sr-only" }, "Actions") }], ...props },
      createElement("tr", null, createElement("th", { scope: "row" }, "exports-bucket"), createElement("td", null, "Remove")),
    ),
  );

/** The markup every data table keeps: a named, keyboard-scrollable box; a caption; column headers with scope. */
describe("DataTable", () => {
  it("names the table by its caption and its scroll box by the same caption, and the box takes the focus", () => {
    const html = render();
    const [, boxLabel] = /<div role="group" aria-labelledby="([^"]+)" tabindex="0" class="relative overflow-x-auto/.exec(html) ?? [];
    expect(boxLabel).toBeTruthy();
    expect(html).toContain(`<caption id="${boxLabel}" class="sr-only">Data stores</caption>`);
  });

  it("gives every column header a column scope and keeps the caller's rows", () => {
    const html = render();
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html).toContain('<span class="sr-only">Actions</span>');
    expect(html).toContain('<tbody class="divide-y divide-slate-200 border-t border-slate-200"><tr><th scope="row">exports-bucket</th><td>Remove</td></tr></tbody>');
  });

  it("shows the caption when asked, and adds a footer only when given", () => {
    expect(render({ captionVisible: true })).toMatch(/<caption id="[^"]+" class="px-3 py-2 text-left font-semibold text-slate-900">Data stores<\/caption>/);
    expect(render()).not.toContain("<tfoot");
    expect(render({ foot: createElement("tr", null, createElement("td", null, "Known total")) })).toContain("<tfoot");
  });
});
