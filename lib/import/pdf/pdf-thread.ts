import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { ENCRYPTED_MESSAGE, PdfReadError, TOO_SLOW_MESSAGE, UNREADABLE_MESSAGE } from "./pdf-read-error";
import { PDF_THREAD_SOURCE } from "./pdf-thread-source";

/** A text item as pdf.js gives it, placed on the page: [text, a, b, c, d, e, f, width]. */
export type RawItem = [string, number, number, number, number, number, number, number];
export interface RawPage {
  width: number;
  items: RawItem[];
}
export interface RawPdf {
  pageCount: number;
  /** Empty when the document has more pages than were asked for. */
  pages: RawPage[];
}

interface Job {
  resolve: (pdf: RawPdf) => void;
  /** The file cannot be read. */
  reject: (err: PdfReadError) => void;
  /** The reader itself is broken (a deployment fault, not the file's). */
  fault: (err: Error) => void;
}

type Reply = { id: number; ok: true; pageCount: number; pages: RawPage[] } | { id: number; ok: false; name: string; message: string };

/** A damaged file that makes pdf.js balloon kills the thread, not the server. */
const THREAD_HEAP_MB = 1024;
/** A dense printed page has a few thousand text items; more is a damaged or hostile file. */
const MAX_ITEMS_PER_PAGE = 20_000;

let thread: { worker: Worker; jobs: Map<number, Job> } | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Read a PDF's text items in a separate thread running pdf.js. The thread is kept for the
 * next document; one that overruns `timeLimitMs` (even in a loop that never yields) is
 * terminated and a fresh one started. Documents are read one at a time.
 */
export function readPdfInThread(bytes: Uint8Array, maxPages: number, timeLimitMs: number): Promise<RawPdf> {
  const run = queue.then(() => runJob(bytes, maxPages, timeLimitMs));
  queue = run.catch(() => undefined);
  return run;
}

function runJob(bytes: Uint8Array, maxPages: number, timeLimitMs: number): Promise<RawPdf> {
  const t = thread ?? startThread();
  const id = nextId++;
  // The thread takes ownership of what it is sent: it gets a copy.
  const copy = new Uint8Array(bytes);
  return new Promise<RawPdf>((resolve, reject) => {
    const timer = setTimeout(() => {
      t.jobs.delete(id);
      stopThread(t);
      reject(new PdfReadError("too-slow", TOO_SLOW_MESSAGE));
    }, timeLimitMs);
    const settle = () => {
      clearTimeout(timer);
      t.jobs.delete(id);
      if (t.jobs.size === 0) t.worker.unref();
    };
    t.jobs.set(id, {
      resolve: (pdf) => { settle(); resolve(pdf); },
      reject: (err) => { settle(); reject(err); },
      fault: (err) => { settle(); reject(err); },
    });
    t.worker.ref();
    t.worker.postMessage({ id, bytes: copy, maxPages }, [copy.buffer]);
  });
}

function startThread(): NonNullable<typeof thread> {
  // Resolved from the project root: the thread's code is a string, with no file of its own to resolve from.
  const fromRoot = createRequire(join(process.cwd(), "package.json"));
  const url = (m: string) => pathToFileURL(fromRoot.resolve(m)).href;
  const worker = new Worker(PDF_THREAD_SOURCE, {
    eval: true,
    // Plain Node in the thread: no TypeScript loader (tsx) transforming pdf.js on every start.
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
    // The minified builds: the same code without source maps to parse.
    workerData: {
      pdfjsUrl: url("pdfjs-dist/legacy/build/pdf.min.mjs"),
      pdfjsWorkerUrl: url("pdfjs-dist/legacy/build/pdf.worker.min.mjs"),
      maxItemsPerPage: MAX_ITEMS_PER_PAGE,
    },
  });
  const t = { worker, jobs: new Map<number, Job>() };
  worker.unref();
  worker.on("message", (reply: Reply) => {
    const job = t.jobs.get(reply.id);
    if (!job) return;
    if (reply.ok) job.resolve({ pageCount: reply.pageCount, pages: reply.pages });
    else if (reply.name === "ReaderUnavailable") job.fault(new Error(`The PDF reader could not start (is pdfjs-dist installed?): ${reply.message}`));
    else job.reject(pdfJsError(reply.name, reply.message));
  });
  const fail = (why: string) => {
    if (thread === t) thread = null;
    for (const job of t.jobs.values()) job.reject(new PdfReadError("unreadable", why));
  };
  worker.on("error", (err) => fail(`The PDF reader stopped on this file (${err.message.slice(0, 120)}); it may be damaged.`));
  worker.on("exit", () => fail("The PDF reader stopped on this file; it may be damaged."));
  thread = t;
  return t;
}

function stopThread(t: NonNullable<typeof thread>): void {
  if (thread === t) thread = null;
  void t.worker.terminate();
}

function pdfJsError(name: string, message: string): PdfReadError {
  if (name === "PasswordException") return new PdfReadError("encrypted", ENCRYPTED_MESSAGE);
  return new PdfReadError("unreadable", `${UNREADABLE_MESSAGE} (${message.slice(0, 120)})`);
}
