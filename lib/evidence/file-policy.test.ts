import { describe, expect, it } from "vitest";
import { refusedFileReason } from "./file-policy";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("evidence file policy", () => {
  it("accepts logs, screenshots, exports and archives", () => {
    expect(refusedFileReason("cloudtrail-2026-03-01.json.gz", new Uint8Array([0x1f, 0x8b, 8]))).toBeNull();
    expect(refusedFileReason("screenshot.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(refusedFileReason("access.log", bytes("2026-03-01T00:00:00Z GET /bucket/key 200"))).toBeNull();
    expect(refusedFileReason("sample.zip", new Uint8Array([0x50, 0x4b, 3, 4]))).toBeNull();
  });

  it("refuses executables and script-bearing pages by name, saying which and why", () => {
    expect(refusedFileReason("miner.EXE", new Uint8Array())).toMatch(/Windows executable \(\.exe\)/);
    expect(refusedFileReason("report.html", bytes("hello"))).toMatch(/HTML page \(\.html\)/);
    expect(refusedFileReason("logo.svg", bytes("<svg/>"))).toMatch(/SVG image/);
  });

  it("refuses executables and HTML by content whatever the name says", () => {
    expect(refusedFileReason("notes.txt", new Uint8Array([0x4d, 0x5a, 0x90, 0]))).toMatch(/MZ header/);
    expect(refusedFileReason("data.bin", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2]))).toMatch(/ELF/);
    expect(refusedFileReason("export.csv", bytes("\uFEFF  <!DOCTYPE html><script>alert(1)</script>"))).toMatch(/HTML or SVG page/);
  });
});
