import { getOriginalPack } from "@/lib/queries/papers";
import { listMeetingPackSlugs } from "@/lib/queries/meetings";
import { prerenderParams } from "@/lib/publishing/prerender-policy";

/** Each meeting's agenda pack as received: the council's PDF, or the text when it came as text. */
export async function generateStaticParams() {
  return prerenderParams(await listMeetingPackSlugs());
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const pack = await getOriginalPack((await params).slug);
  if (!pack) return new Response("No agenda pack for this meeting.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const name = pack.fileName.replace(/^.*[\\/]/, "").replace(/[^\w.\- ]+/g, "_");
  return new Response(Buffer.from(pack.bytes), {
    headers: {
      "Content-Type": pack.mediaType,
      // Inline, so a PDF opens in the browser's viewer (at "#page=N"); the file name is kept for saving.
      "Content-Disposition": `inline; filename="${name}"`,
    },
  });
}
