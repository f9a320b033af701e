import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { linesDown, makeImageOnlyPdf, makePdf } from "@/tests/support/synthetic-pdf";
import { PackFileError } from "./pack-file-error";
import { parseSource } from "./parse-source";
import { extractDocumentText, isPdf, readSourceFile } from "./read-source-file";

const dir = mkdtempSync(join(tmpdir(), "read-source-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readSourceFile / extractDocumentText", () => {
  it("reads a PDF by its magic bytes, whatever the file is called", async () => {
    const file = join(dir, "pack.txt");
    writeFileSync(file, await makePdf([linesDown(["Cabinet agenda front sheet"], 60, 700), linesDown(["Second page text"], 60, 700)]));
    const source = await readSourceFile(file);
    expect(source.mediaType).toBe("application/pdf");
    expect(source.pageCount).toBe(2);
    expect(source.text).toBe("Cabinet agenda front sheet\n\fSecond page text");
    expect(source.bytes.subarray(0, 5)).toEqual(new TextEncoder().encode("%PDF-"));
  });

  it("reads text called .pdf as text", async () => {
    const source = await extractDocumentText(new TextEncoder().encode("AGENDA\n\fPage two"), "pack.pdf");
    expect(source).toMatchObject({ mediaType: "text/plain", text: "AGENDA\n\fPage two", pageCount: 2 });
    expect((await extractDocumentText(new TextEncoder().encode("AGENDA"), "a.txt")).pageCount).toBeNull();
  });

  it("knows a PDF by `%PDF-` in its first kilobyte only", () => {
    expect(isPdf(new TextEncoder().encode("%PDF-1.7\n"))).toBe(true);
    expect(isPdf(new TextEncoder().encode("\n\n%PDF-1.4"))).toBe(true);
    expect(isPdf(new TextEncoder().encode("x".repeat(2000) + "%PDF-1.4"))).toBe(false);
    expect(isPdf(new TextEncoder().encode("PDF report"))).toBe(false);
  });

  it("names the file in every refusal", async () => {
    await expect(extractDocumentText(await makeImageOnlyPdf(), "scan.pdf")).rejects.toThrow(/^scan\.pdf: This PDF has no text layer: it looks like a scanned image\./);
    await expect(extractDocumentText(new TextEncoder().encode("%PDF-1.4 garbage"), "bad.pdf")).rejects.toThrow(/^bad\.pdf: This PDF is damaged or incomplete/);
    await expect(extractDocumentText(new Uint8Array([1, 0, 2]), "blob.bin")).rejects.toThrow(/^blob\.bin: the file is binary/);
    await expect(extractDocumentText(new Uint8Array(0), "empty.pdf")).rejects.toBeInstanceOf(PackFileError);
    await expect(readSourceFile(join(dir, "missing.pdf"))).rejects.toThrow(/missing\.pdf: file not found/);
  });

  it("parseSource gives the pack parsed from a PDF's text, and the source it came from", async () => {
    const bytes = await makePdf([linesDown(["Dear resident,", "", "Thank you for your letter."], 60, 700)]);
    await expect(parseSource(bytes, "letter.pdf")).rejects.toThrow(/no agenda front sheet, minutes or oth/);
  });
});
