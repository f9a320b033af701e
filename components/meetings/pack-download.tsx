import type { PackInfo } from "@/lib/queries/meetings";

/** A link to the agenda pack's text as imported, with its size and the licence it is published under. */
export function PackDownload({ pack }: { pack: PackInfo }) {
  return (
    <div className="space-y-2">
      <p>
        <a href={pack.href} download className="font-bold">Download the agenda pack as text</a>{" "}
        <span className="text-muted">(plain text, {formatSize(pack.sizeBytes)}, {pack.lineCount.toLocaleString("en-GB")} lines)</span>
      </p>
      <p className="text-sm text-muted">
        The text extracted from the council&rsquo;s published PDF, as imported.{" "}
        {pack.attribution ?? "Contains public sector information licensed under the Open Government Licence v3.0."}
      </p>
    </div>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
