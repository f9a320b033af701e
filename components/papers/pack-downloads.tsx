import { cleanTextHref, originalHref } from "@/lib/papers/paths";

export interface PackDownloadsProps {
  meetingSlug: string;
  fileName: string;
  /** True when the council's PDF is held, not only its text. */
  isPdf: boolean;
  /** The item's first page, for a link straight to it in the PDF. */
  page?: number | null;
  attribution: string | null;
  sizeBytes?: number;
}

/**
 * The agenda pack in its original form (the council's PDF, or the text as received) and as clean
 * text. A PDF opens at the item's page: browsers' PDF viewers honour "#page=N".
 */
export function PackDownloads({ meetingSlug, fileName, isPdf, page, attribution, sizeBytes }: PackDownloadsProps) {
  const original = originalHref(meetingSlug);
  return (
    <div className="space-y-2">
      <ul className="space-y-2">
        {isPdf && page ? (
          <li><a href={`${original}#page=${page}`} className="font-bold">Open the original PDF at page {page}</a></li>
        ) : null}
        <li>
          <a href={original} className="font-bold">{isPdf ? "The whole agenda pack as published (PDF)" : "The whole agenda pack as received (text)"}</a>
          <span className="text-muted"> · {fileName}</span>
        </li>
        <li>
          <a href={cleanTextHref(meetingSlug)} className="font-bold">The whole agenda pack as clean text</a>
          <span className="text-muted"> · plain text{sizeBytes ? `, about ${formatSize(sizeBytes)}` : ""}, formatting debris removed</span>
        </li>
      </ul>
      <p className="text-sm text-muted">
        {isPdf ? "The PDF is the council’s own file." : "This pack reached us as text extracted from the council’s PDF."}{" "}
        {attribution ?? "Contains public sector information licensed under the Open Government Licence v3.0."}
      </p>
    </div>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
