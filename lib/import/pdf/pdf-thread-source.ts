/**
 * The code of the thread that runs pdf.js, as a string (a Worker can run it with `eval`, so
 * no separate file has to be found at run time, under tsx, vitest or a bundler alike).
 *
 * It answers { id, bytes, maxPages } with the positioned text items of every page, or with
 * the error pdf.js gave. pdf.js leaves some rejected promises unhandled on damaged files (a
 * prefetched page-tree entry nobody awaits); in this thread they are dropped, where in the
 * main thread they would crash a CLI or fail a test run.
 */
export const PDF_THREAD_SOURCE = String.raw`
const { parentPort, workerData } = require("node:worker_threads");
process.on("unhandledRejection", () => {});

const ready = (async () => {
  const pdfjs = await import(workerData.pdfjsUrl);
  globalThis.pdfjsWorker = await import(workerData.pdfjsWorkerUrl);
  return pdfjs;
})();

function multiply(m, n) {
  return [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

async function read(pdfjs, bytes, maxPages) {
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false, disableFontFace: true, useSystemFonts: false, useWorkerFetch: false,
    disableAutoFetch: true, disableStream: true, disableRange: true, enableXfa: false,
    isOffscreenCanvasSupported: false, isImageDecoderSupported: false, stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > maxPages) return { pageCount: doc.numPages, pages: [] };
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = [];
      for (const item of content.items) {
        if (items.length >= workerData.maxItemsPerPage) break;
        if (typeof item.str !== "string" || item.str === "") continue;
        items.push([item.str, ...multiply(viewport.transform, item.transform), item.width]);
      }
      pages.push({ width: viewport.width, items });
      page.cleanup();
    }
    return { pageCount: doc.numPages, pages };
  } finally {
    await task.destroy().catch(() => {});
  }
}

parentPort.on("message", async ({ id, bytes, maxPages }) => {
  let pdfjs;
  try {
    pdfjs = await ready;
  } catch (err) {
    parentPort.postMessage({ id, ok: false, name: "ReaderUnavailable", message: String(err && err.message) });
    return;
  }
  try {
    parentPort.postMessage({ id, ok: true, ...(await read(pdfjs, bytes, maxPages)) });
  } catch (err) {
    parentPort.postMessage({ id, ok: false, name: String(err && err.name), message: String(err && err.message) });
  }
});
`;
