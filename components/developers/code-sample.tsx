/** A command or response to copy: preformatted, scrolling sideways on narrow screens (focusable, so keyboards can too). */
export function CodeSample({ label, children }: { label: string; children: string }) {
  return (
    <pre role="group" aria-label={label} tabIndex={0} className="my-3 max-w-full overflow-x-auto rounded border border-rule bg-panel p-3 text-sm focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ink">
      <code>{children}</code>
    </pre>
  );
}
