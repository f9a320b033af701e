import Link from "next/link";

/** "All 154 …" under the latest rows a person's page shows, when the whole record has more. */
export function SeeAllLink({ href, total, shown, children }: { href: string; total: number; shown: number; children: React.ReactNode }) {
  if (total <= shown) return null;
  return (
    <p className="mt-4">
      <Link prefetch={false} href={href} className="font-bold">{children}</Link>{" "}
      <span className="text-muted">(the latest {shown} are above)</span>
    </p>
  );
}
