import { formatStatus } from "@/lib/format";

/** The latest status of an action as the newest action log printed it ("ACTION ONGOING" reads "Action ongoing"). */
export function ActionStatus({ status, isComplete }: { status: string | null; isComplete: boolean }) {
  const style = isComplete
    ? "bg-[#cce2d8] text-[#005a30]"
    : status
      ? "bg-[#d2e2f1] text-[#0c2d4a]"
      : "bg-panel text-ink";
  return (
    <strong className={`inline-block px-2 py-0.5 text-sm font-bold ${style}`}>
      {status ? formatStatus(status) : "No update reported yet"}
    </strong>
  );
}
