import { readFileSync } from "node:fs";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { parsePack } from "@/lib/import/parse-pack";
import { cleanFileName, readUpload, UploadProblem } from "./read-upload";

/** A text PDF of the given lines (WinAnsi text only), 60 lines a page. */
async function pdfOf(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let start = 0; start < lines.length; start += 60) {
    const page = doc.addPage([595, 842]);
    lines.slice(start, start + 60).forEach((line, i) => {
      const text = line.replace(/[^\x20-\x7e£–’‘“”•]/g, " ").replace(/\t/g, "    ");
      if (text.trim()) page.drawText(text.slice(0, 110), { x: 40, y: 800 - i * 12.5, size: 8, font });
    });
  }
  return doc.save();
}

describe("readUpload", () => {
  it("reads UTF-8 text and drops a byte-order mark", async () => {
    const r = await readUpload(new TextEncoder().encode("\uFEFFCafé agenda"), "../../etc/pack.txt");
    expect(r).toMatchObject({ fileName: "pack.txt", mediaType: "text/plain", text: "Café agenda", original: null });
  });

  it("reads Windows-1252 text that is not UTF-8", async () => {
    const r = await readUpload(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35]), "old.txt");
    expect(r.text).toBe("Café €5");
  });

  it("refuses what it cannot read, with a message that says why", async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ["e.txt", new Uint8Array(), /empty/],
      ["x.pdf", new TextEncoder().encode("hello"), /not a PDF/],
      ["x.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04]), /Word/],
      ["x.bin", new Uint8Array([65, 0, 66]), /binary/],
      ["x.pdf", new TextEncoder().encode("%PDF-1.4\n%%EOF"), /PDF/],
    ];
    for (const [name, bytes, message] of cases) {
      const err = await readUpload(bytes, name).catch((e: unknown) => e);
      expect(err, name).toBeInstanceOf(UploadProblem);
      expect((err as Error).message, name).toMatch(message);
    }
  });

  it("reads a PDF by its magic bytes, whatever its name, keeping the original", async () => {
    const lines = readFileSync("tests/fixtures/packs/highways-2019-06-12.txt", "utf8").split("\n");
    const bytes = await pdfOf(lines);
    const r = await readUpload(bytes, "agenda pack (final).bin");
    expect(r.mediaType).toBe("application/pdf");
    expect(r.pageCount).toBe(Math.ceil(lines.length / 60));
    expect(r.original?.length).toBe(bytes.length);
    expect(r.text).toContain("HIGHWAYS AND TRANSPORT COMMITTEE");
    expect(parsePack(r.text, r.fileName).meeting).toMatchObject({ committee: "Highways and Transport Committee", date: "2019-06-12" });
  });

  it("keeps file names to a plain name", () => {
    expect(cleanFileName("C:\\Users\\clerk\\pack\u0007.txt")).toBe("pack.txt");
    expect(cleanFileName("")).toBe("upload.txt");
  });
});
