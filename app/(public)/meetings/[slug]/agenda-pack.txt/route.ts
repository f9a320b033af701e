import { formatDate } from "@/lib/format";
import { getMeetingPack, listMeetingPackSlugs } from "@/lib/queries/meetings";
import { siteConfig } from "@/lib/site-config";
import { OGL_URL } from "@/lib/structured-data/meeting-event";
import { prerenderParams } from "@/lib/publishing/prerender-policy";

/** Each meeting's agenda pack text as imported, generated at build time. */
export async function generateStaticParams() {
  return prerenderParams(await listMeetingPackSlugs());
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const pack = await getMeetingPack(slug);
  if (!pack) return new Response("No agenda pack for this meeting.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // The licence travels with the text: a short header above the pack, which follows unchanged.
  const header = [
    `${pack.committeeName}, ${formatDate(pack.meetingDate)}: agenda pack (text extracted from the published PDF)`,
    `Source: ${siteConfig.councilName} (${siteConfig.councilWebsite}), file ${pack.fileName}`,
    `${pack.attribution ?? siteConfig.dataAttribution} ${OGL_URL}`,
    `Published by ${siteConfig.name}: ${siteConfig.siteUrl}/meetings/${slug}`,
    "-".repeat(72),
    "",
  ].join("\n");
  return new Response(header + pack.content, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}-agenda-pack.txt"`,
    },
  });
}
