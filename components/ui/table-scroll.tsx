/** Tailwind needs literal class names: the widths at which a hint stops being shown. */
const HIDE_HINT_FROM = {
  "34rem": "min-[34rem]:hidden",
  "40rem": "min-[40rem]:hidden",
  sm: "sm:hidden",
} as const;

/**
 * A wide table's frame: on a narrow screen the table scrolls sideways inside a focusable,
 * labelled region, so keyboard users can scroll it too. A shadow at the edge shows there is more
 * to the side (CSS only, `.scroll-cue` in globals.css), and `hint` says so in words on screens
 * narrower than `hintUntil` (the table's own minimum width), where columns are off-screen.
 * The label must differ from the enclosing section's name (landmark names must be unique on a page).
 */
export function TableScroll({ label, children, hint, hintUntil = "sm" }: {
  label: string;
  children: React.ReactNode;
  hint?: string;
  hintUntil?: keyof typeof HIDE_HINT_FROM;
}) {
  return (
    <>
      {hint && (
        <p className={`mb-1 text-sm font-bold ${HIDE_HINT_FROM[hintUntil]}`}>
          {hint} <span aria-hidden="true">→</span>
        </p>
      )}
      <section aria-label={label} tabIndex={0} className="scroll-cue max-w-full overflow-x-auto focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ink">
        {children}
      </section>
    </>
  );
}
