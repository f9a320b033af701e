import Link from "next/link";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.</p>
      <p>Meeting pages have addresses like <code>/meetings/2021-03-04-communities-and-partnership-committee</code>: the meeting date, then the committee.</p>
      <p><Link prefetch={false} href="/meetings">Browse all meetings</Link> or use the search box at the top of the page.</p>
    </div>
  );
}
