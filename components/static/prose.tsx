/** Headings and paragraphs of the site's information pages (about, contact, accessibility), in one readable measure. */
export function Prose({ children }: { children: React.ReactNode }) {
  return (
    <div className="max-w-3xl space-y-4 [&_h2]:mt-10 [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:mt-6 [&_h3]:text-xl [&_h3]:font-bold [&_li]:mt-1 [&_ul]:list-disc [&_ul]:pl-6">
      {children}
    </div>
  );
}
