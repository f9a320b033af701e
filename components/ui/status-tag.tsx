const STYLES: Record<string, string> = {
  upcoming: "bg-[#d2e2f1] text-[#0c2d4a]",
  held: "bg-[#cce2d8] text-[#005a30]",
  cancelled: "bg-[#f4cdc6] text-[#2a0b06]",
};

const LABELS: Record<string, string> = { upcoming: "Upcoming", held: "Held", cancelled: "Cancelled" };

export function StatusTag({ status }: { status: string }) {
  return (
    <strong className={`inline-block px-2 py-0.5 text-sm font-bold uppercase tracking-wide ${STYLES[status] ?? "bg-panel"}`}>
      {LABELS[status] ?? status}
    </strong>
  );
}
