import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FRONT_REFRESH_HEADER, frontUrl, refreshFrontCache } from "@/lib/publishing/front-refresh";

describe("frontUrl", () => {
  it("reads one origin and nothing else", () => {
    expect(frontUrl(" http://127.0.0.1:8080/ ")).toBe("http://127.0.0.1:8080");
    expect(frontUrl("")).toBeNull();
    expect(frontUrl("http://a/b")).toBeNull();
  });
});

describe("refreshFrontCache (a stand-in front that records what it is asked)", () => {
  const asked: { path: string; refresh: string | undefined; encoding: string | undefined }[] = [];
  let server: Server;
  let front = "";
  beforeAll(async () => {
    server = createServer((req, res) => {
      asked.push({ path: req.url ?? "", refresh: req.headers[FRONT_REFRESH_HEADER] as string | undefined, encoding: req.headers["accept-encoding"] });
      res.writeHead(req.url === "/broken" ? 502 : req.url === "/draft" ? 404 : 200).end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    front = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("asks for each changed page with the refresh header, compressed and not (the front's two copies)", async () => {
    expect(await refreshFrontCache(["/reports/a", "/meetings/m", "/draft"], front)).toEqual([]);
    expect(asked.map((a) => `${a.path} ${a.encoding}`).sort()).toEqual([
      "/draft gzip", "/draft identity", "/meetings/m gzip", "/meetings/m identity", "/reports/a gzip", "/reports/a identity",
    ]);
    expect(asked.every((a) => a.refresh === "1")).toBe(true);
  });

  it("names the pages the front failed, without throwing, and does nothing without a front", async () => {
    expect(await refreshFrontCache(["/broken", "/reports/a"], front)).toEqual(["/broken"]);
    expect(await refreshFrontCache(["/reports/a"], "http://127.0.0.1:9", 1000)).toEqual(["/reports/a"]);
    const before = asked.length;
    expect(await refreshFrontCache(["/reports/a"], null)).toEqual([]);
    expect(asked.length).toBe(before);
  });
});
