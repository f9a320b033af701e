import { describeOutcome } from "@/lib/format";

const STYLES: Record<string, string> = {
  unanimous: "bg-[#cce2d8] text-[#005a30]",
  majority: "bg-[#cce2d8] text-[#005a30]",
  carried: "bg-[#cce2d8] text-[#005a30]",
  lost: "bg-[#f4cdc6] text-[#2a0b06]",
};

/** The outcome of a resolution in words, as a tag. */
export function OutcomeTag({ outcome }: { outcome: string | null }) {
  return (
    <strong className={`inline-block px-2 py-0.5 text-sm font-bold ${outcome ? STYLES[outcome] ?? "bg-panel" : "border border-ink bg-white text-ink"}`}>
      {describeOutcome(outcome)}
    </strong>
  );
}
