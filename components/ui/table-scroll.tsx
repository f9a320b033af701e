/**
 * A wide table's frame: on a narrow screen the table scrolls sideways inside a focusable,
 * labelled region, so keyboard users can scroll it too. The label must differ from the
 * enclosing section's name (landmark names must be unique on a page).
 */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <section aria-label={label} tabIndex={0} className="max-w-full overflow-x-auto focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ink">
      {children}
    </section>
  );
}
