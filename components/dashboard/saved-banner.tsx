const MESSAGES: Record<string, string> = {
  updated: "Your changes have been saved.",
  created: "The record has been added. It is a draft until you publish it (when it can be published on its own).",
  published: "Published: it is now on the public site.",
  unpublished: "Unpublished: it is now a draft, hidden from the public site.",
  removed: "The record has been removed.",
  moved: "The order has been changed.",
  restored: "The earlier version has been restored.",
  merged: "The two records have been merged into this one.",
};

/** The confirmation after a save (GOV.UK notification banner), read from ?saved=. */
export function SavedBanner({ saved }: { saved?: string | string[] }) {
  const key = Array.isArray(saved) ? saved[0] : saved;
  const message = key ? MESSAGES[key] : undefined;
  if (!message) return null;
  return (
    <div role="status" className="mb-6 border-4 border-success p-4">
      <h2 className="text-lg font-bold text-success">Success</h2>
      <p className="font-bold">{message}</p>
    </div>
  );
}

export function PublicationTag({ publication }: { publication?: string }) {
  if (!publication) return null;
  return publication === "published"
    ? <strong className="inline-block bg-[#cce2d8] px-2 py-0.5 text-sm font-bold uppercase text-[#005a30]">Published</strong>
    : <strong className="inline-block bg-[#fff7bf] px-2 py-0.5 text-sm font-bold uppercase text-[#594d00]">Draft</strong>;
}
