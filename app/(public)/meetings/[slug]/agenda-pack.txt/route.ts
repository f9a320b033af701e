import { formatDate } from "@/lib/format";
import { toPlainText } from "@/lib/papers/reader-text";
import { getMeetingPack, listMeetingPackSlugs } from "@/lib/queries/meetings";
import { siteConfig } from "@/lib/site-config";
import { OGL_URL } from "@/lib/structured-data/meeting-event";
import { prerenderParams } from "@/lib/publishing/prerender-policy";

/** Each meeting's agenda pack as clean text (extraction debris removed), generated at build time. */
export async function generateStaticParams() {
  return prerenderParams(await listMeetingPackSlugs());
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const pack = await getMeetingPack(slug);
  if (!pack) return new Response("No agenda pack for this meeting.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // The licence travels with the text: a short header above the pack. The address is printed only
  // when the site's public address is configured: never a development "localhost" in a download.
  const header = [
    `${pack.committeeName}, ${formatDate(pack.meetingDate)}: agenda pack as clean text`,
    `Source: ${siteConfig.councilName} (${siteConfig.councilWebsite}), file ${pack.fileName}`,
    `${pack.attribution ?? siteConfig.dataAttribution} ${OGL_URL}`,
    siteConfig.siteUrlConfigured ? `Published by ${siteConfig.name}: ${siteConfig.siteUrl}/meetings/${slug}` : `Published by ${siteConfig.name}`,
    "-".repeat(72),
    "",
  ].join("\n");
  return new Response(header + toPlainText(pack.content), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `inline; filename="${slug}-agenda-pack.txt"`,
    },
  });
}
