export type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js, loaded on first use so that importing text costs nothing. The minified builds are
 * the same code without multi-megabyte source maps, which Node otherwise parses on load
 * whenever source maps are on (tsx, vitest): seconds per process on a busy machine.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const pdfjs: PdfJs = await import("pdfjs-dist/legacy/build/pdf.min.mjs");
    // Node has no web workers: pdf.js runs its worker code in this thread, and takes the module
    // from here instead of importing it by a path relative to its own file.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.min.mjs");
    return pdfjs;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
