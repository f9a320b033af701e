import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { broadcastToPeers, peerUrls, REVALIDATE_PATH } from "@/lib/publishing/peers";
import { isValidSignature, SIGNATURE_HEADER } from "@/lib/publishing/signature";

describe("peerUrls", () => {
  it("reads comma-separated origins and drops what is not one", () => {
    expect(peerUrls(" http://127.0.0.1:3002/, https://b.example ,ftp://x, http://a/b, ,")).toEqual(["http://127.0.0.1:3002", "https://b.example"]);
    expect(peerUrls("")).toEqual([]);
  });
});

describe("broadcastToPeers", () => {
  const secret = "peer-test-secret";
  const received: { path: string; body: string; valid: boolean }[] = [];
  let server: Server;
  let peer = "";

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        const valid = isValidSignature(body, String(req.headers[SIGNATURE_HEADER] ?? ""), secret);
        received.push({ path: req.url ?? "", body, valid });
        res.writeHead(valid ? 200 : 401, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    peer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("sends the changes, signed and marked as relayed, to every peer", async () => {
    const failed = await broadcastToPeers([{ kind: "report", slug: "2021-03-04-x" }], { peers: [peer], secret });
    expect(failed).toEqual([]);
    const last = received.at(-1)!;
    expect(last.path).toBe(REVALIDATE_PATH);
    expect(last.valid).toBe(true);
    expect(JSON.parse(last.body)).toMatchObject({ relayed: true, changes: [{ kind: "report", slug: "2021-03-04-x" }] });
  });

  it("names the peers that refused or could not be reached, without throwing", async () => {
    const unreachable = "http://127.0.0.1:9";
    expect(await broadcastToPeers([{ kind: "meeting", slug: "m" }], { peers: [peer, unreachable], secret: "wrong-secret", timeoutMs: 1000 })).toEqual([peer, unreachable]);
  });

  it("sends nothing when there is no peer or no change", async () => {
    const before = received.length;
    expect(await broadcastToPeers([], { peers: [peer], secret })).toEqual([]);
    expect(await broadcastToPeers([{ kind: "meeting", slug: "m" }], { peers: [], secret })).toEqual([]);
    expect(received.length).toBe(before);
  });
});
