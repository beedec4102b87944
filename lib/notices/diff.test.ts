import { describe, expect, it } from "vitest";
import { textDiff } from "./diff";

describe("textDiff", () => {
  it("marks removed and added lines and keeps unchanged ones", () => {
    const parts = textDiff("a\nb\nc\n", "a\nB\nc\n");
    expect(parts).toEqual([
      { kind: "same", text: "a\n" },
      { kind: "removed", text: "b\n" },
      { kind: "added", text: "B\n" },
      { kind: "same", text: "c\n" },
    ]);
  });

  it("keeps markup as plain text", () => {
    expect(textDiff("", "<script>x</script>\n")).toEqual([{ kind: "added", text: "<script>x</script>\n" }]);
  });
});
