import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  articleFromSource,
  expandSources,
  parseFeed,
  readLines,
  readSources,
  type SourceItem,
  type SourceOptions,
  type SourceResult,
  sniffFeed,
} from "../src/ingest/index.js";

const FIXTURES = join(import.meta.dirname, "fixtures", "sources");
const fixture = (...parts: string[]) => join(FIXTURES, ...parts);

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const items = (inputs: string[], opts: SourceOptions = {}) => collect(expandSources(inputs, opts));
const results = (inputs: string[], opts: SourceOptions = {}) => collect(readSources(inputs, opts));

/** origin relative to the fixtures, and code or "ok". */
function summary(list: Array<SourceItem | SourceResult>, base = FIXTURES): string[] {
  return list.map((r) => {
    if ("type" in r) return `${relative(base, r.origin)} ${r.type === "problem" ? r.code : "document"}`;
    return r.ok ? `${relative(base, r.origin)} ok` : `${relative(base, r.problem.origin)} ${r.problem.code}`;
  });
}

describe("sniffFeed", () => {
  it.each([
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', "rss"],
    ['<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "atom"],
    ['<?xml version="1.0"?><!-- comment --><rdf:RDF xmlns:rdf="x"></rdf:RDF>', "rdf"],
    ["\uFEFF<atom:feed xmlns:atom='x'/>", "atom"],
    ["<html><body>feed</body></html>", null],
    ["<rssish/>", null],
    ["plain text that mentions <rss>", null],
    ["", null],
  ] as const)("%j → %s", (text, kind) => {
    expect(sniffFeed(text)).toBe(kind);
  });
});

describe("parseFeed", () => {
  it("reads RSS 2.0 items: content:encoded first, dates normalised, guid", () => {
    const feed = parseFeed(readFileSync(fixture("feeds", "wire.rss"), "utf8"), "wire.rss");
    expect(feed.kind).toBe("rss");
    expect(feed.title).toBe("Fixture Wire");
    expect(feed.link).toBe("https://wire.example.org/");
    expect(feed.items.map((i) => [i.index, i.title, i.link, i.published, i.guid])).toEqual([
      [1, "Ministers meet on water sharing", "https://wire.example.org/water", "2025-03-04", "wire-001"],
      [
        2,
        "Navy rescues fishermen",
        "https://wire.example.org/rescue",
        "2025-03-05",
        "https://wire.example.org/rescue",
      ],
      [3, "Link only", "https://wire.example.org/link-only", null, null],
    ]);
    expect(feed.items[0]?.html).toContain("<p>The water ministers of Iraq and Turkey");
    expect(feed.items[1]?.html).toContain("<b>Palawan</b>");
    expect(feed.items[2]?.html).toBeNull();
  });

  it("reads Atom entries: alternate link, published before updated, html and xhtml content", () => {
    const feed = parseFeed(readFileSync(fixture("feeds", "atom.xml"), "utf8"), "atom.xml");
    expect(feed.kind).toBe("atom");
    expect(feed.title).toBe("Fixture Atom Desk");
    expect(feed.items.map((i) => [i.link, i.published, i.guid])).toEqual([
      ["https://atom.example.org/pact", "2025-06-01", "tag:atom.example.org,2025:1"],
      ["https://atom.example.org/envoy", "2025-06-02", "tag:atom.example.org,2025:2"],
    ]);
    expect(feed.items[0]?.html).toBe(
      "<p>Finland's parliament voted on Sunday to ratify a defence cooperation pact with Sweden.</p>",
    );
    expect(feed.items[1]?.html).toContain("A United Nations envoy arrived in Khartoum");
  });

  it("reads RSS 1.0 (RDF) items with dc:date and rdf:about", () => {
    const feed = parseFeed(readFileSync(fixture("feeds", "rdf.xml"), "utf8"), "rdf.xml");
    expect(feed.kind).toBe("rdf");
    expect(feed.title).toBe("Fixture RDF Bulletin");
    expect(feed.items).toEqual([
      {
        index: 1,
        title: "Aid convoy reaches town",
        link: "https://rdf.example.org/item-1",
        published: "2025-01-16",
        html: "An aid convoy organised by the Red Cross reached the town of Goma on Thursday.",
        guid: "https://rdf.example.org/item-1",
      },
    ]);
  });

  it.each([
    [
      "malformed XML",
      readFileSync(fixture("feeds", "broken.xml"), "utf8"),
      /well-formed XML, found an error at line 2/,
    ],
    ["not a feed", "<catalogue/>", /expected a feed/],
    ["entity declarations", '<!DOCTYPE rss [<!ENTITY a "aaaa">]><rss><channel/></rss>', /DTD entity/],
  ])("rejects %s with bad_feed", (_, xml, message) => {
    expect(() => parseFeed(xml, "x.xml")).toThrow(message);
    try {
      parseFeed(xml, "x.xml");
    } catch (e) {
      expect((e as { code: string }).code).toBe("bad_feed");
      expect((e as Error).message.startsWith("x.xml: ")).toBe(true);
    }
  });
});

describe("expandSources: folders", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "secvar-sources-"));
    cpSync(fixture("tree"), join(root, "tree"), { recursive: true });
    const tree = join(root, "tree");
    mkdirSync(join(tree, ".hidden"));
    writeFileSync(join(tree, ".hidden", "secret.txt"), "A hidden note the walk must skip.");
    writeFileSync(join(tree, ".dotfile.txt"), "A dotfile the walk must skip.");
    mkdirSync(join(tree, "node_modules", "pkg"), { recursive: true });
    writeFileSync(join(tree, "node_modules", "pkg", "readme.txt"), "A package readme the walk must skip.");
    symlinkSync(tree, join(tree, "b", "loop"));
    symlinkSync(join(tree, "missing.txt"), join(tree, "dead-link.txt"));
    symlinkSync(join(tree, "a-note.txt"), join(tree, "z-link.txt"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("walks recursively in sorted order, skips dotfiles, node_modules and other types, reports loops", async () => {
    const found = await items([join(root, "tree")]);
    expect(summary(found, root)).toEqual([
      "tree/a-note.txt document",
      "tree/b/c-brief.md document",
      "tree/b/deeper/d-page.html document",
      "tree/b/e-story.article.json document",
      "tree/b/loop symlink_loop",
      "tree/dead-link.txt not_found",
      "tree/z-link.txt document",
    ]);
    const problem = found.find((i) => i.type === "problem" && i.code === "symlink_loop");
    expect(problem?.type === "problem" && problem.message).toMatch(
      /loop: expected a folder, found a symbolic link back into a parent folder$/,
    );
  });

  it("reads an article file's record and its metadata", async () => {
    const [item] = await items([fixture("tree", "b", "e-story.article.json")]);
    expect(item).toMatchObject({
      type: "document",
      content: { kind: "text" },
      meta: {
        id: "fixture_story",
        outlet: "secvar fixtures",
        title: "Ministers agree on grain corridor",
        published: "2025-04-02",
      },
    });
  });

  it("turns the folder into Articles with their metadata", async () => {
    const list = await results([fixture("tree")]);
    const articles = list.flatMap((r) => (r.ok ? [r.article] : []));
    expect(articles.map((a) => [relative(FIXTURES, a.origin), a.title, a.published])).toEqual([
      ["tree/a-note.txt", null, "2025-02-14"],
      ["tree/b/c-brief.md", null, null],
      ["tree/b/deeper/d-page.html", "Border crossing reopens", "2025-03-03"],
      ["tree/b/e-story.article.json", "Ministers agree on grain corridor", "2025-04-02"],
    ]);
  });

  it("is deterministic", async () => {
    expect(summary(await items([join(root, "tree")]), root)).toEqual(
      summary(await items([join(root, "tree")]), root),
    );
  });
});

describe("expandSources: globs, paths, stdin", () => {
  it("expands a glob, sorted, matching only what it names", async () => {
    const found = await items(["glob/*.txt"], { cwd: FIXTURES });
    expect(found.map((i) => i.origin)).toEqual(["glob/one.txt", "glob/two.txt"]);
  });

  it("expands an absolute recursive glob", async () => {
    const found = await items([`${FIXTURES}/**/*.md`]);
    expect(summary(found)).toEqual(["glob/three.md document", "tree/b/c-brief.md document"]);
  });

  it("reports a glob that matches nothing and a missing path, and goes on", async () => {
    const found = await items(["nothing/*.txt", "missing.txt", "glob/one.txt"], { cwd: FIXTURES });
    expect(found.map((i) => (i.type === "problem" ? `${i.code}: ${i.message}` : i.origin))).toEqual([
      "no_match: nothing/*.txt: expected the pattern to match files, found none",
      "not_found: missing.txt: expected a file, folder, glob or URL, found no such file or folder",
      "glob/one.txt",
    ]);
  });

  it("reads stdin as one document, or as a feed when it is one", async () => {
    const stdin = Readable.from([Buffer.from("Chad and Niger agreed on Monday to reopen their border.")]);
    const [doc] = await items(["-"], { stdin });
    expect(doc).toMatchObject({ type: "document", origin: "-", content: { kind: "bytes" } });
    const feed = Readable.from([readFileSync(fixture("feeds", "rdf.xml"))]);
    expect((await items(["-"], { stdin: feed })).map((i) => i.origin)).toEqual(["-#item 1"]);
  });

  it("refuses a file over the size limit", async () => {
    const [item] = await items([fixture("glob", "one.txt")], { maxBytes: 10 });
    expect(item).toMatchObject({ type: "problem", code: "too_large" });
  });
});

describe("expandSources: JSONL", () => {
  it("streams records with line origins; a bad line, an empty doc and a record without body are problems", async () => {
    const list = await results([fixture("batch.jsonl")]);
    expect(summary(list)).toEqual([
      "batch.jsonl:line 1 ok",
      "batch.jsonl:line 2 bad_jsonl_line",
      "batch.jsonl:line 3 empty",
      "batch.jsonl:line 5 ok",
      "batch.jsonl:line 6 bad_jsonl_line",
      "batch.jsonl:line 7 bad_date",
    ]);
    const first = list[0];
    expect(first?.ok && first.meta).toEqual({
      id: "j1",
      published: "2025-05-09",
      outlet: "Fixture Wire",
      title: "Drills planned",
      source: "Fixture Agency",
    });
    const html = list[3];
    expect(html?.ok && [html.article.published, html.article.url, html.meta.id]).toEqual([
      "2025-05-12",
      "https://example.org/fires",
      "4",
    ]);
    for (const r of list) if (!r.ok) expect(r.problem.message).not.toMatch(/\n/);
  });

  it("streams a large batch without reading it whole, in order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "secvar-jsonl-"));
    const path = join(dir, "big.jsonl");
    const line = (n: number) => JSON.stringify({ id: n, text: `Report ${n}: ministers met in Rome.` });
    writeFileSync(path, `${Array.from({ length: 20_000 }, (_, i) => line(i + 1)).join("\n")}\n`);
    let count = 0;
    let last = "";
    for await (const item of expandSources([path])) {
      count++;
      last = item.type === "document" ? (item.meta.id ?? "") : item.code;
    }
    rmSync(dir, { recursive: true, force: true });
    expect([count, last]).toEqual([20_000, "20000"]);
  });

  it("refuses a line over the size limit", async () => {
    const list = await items([fixture("batch.jsonl")], { maxBytes: 120 });
    expect(list.find((i) => i.origin.endsWith(":line 1"))).toMatchObject({
      type: "problem",
      code: "too_large",
    });
  });
});

describe("readLines", () => {
  const lines = async (chunks: Array<string | Buffer>, max = 1000) =>
    collect(readLines(Readable.from(chunks), max));

  it("splits LF and CRLF lines across chunk boundaries, multi-byte characters included", async () => {
    const euro = Buffer.from("€", "utf8");
    expect(
      await lines([
        "a\r\nb",
        "c\n",
        Buffer.from([0x64, euro[0] as number]),
        Buffer.from([euro[1] as number, euro[2] as number, 0x0a]),
        "last",
      ]),
    ).toEqual([
      { n: 1, text: "a" },
      { n: 2, text: "bc" },
      { n: 3, text: "d€" },
      { n: 4, text: "last" },
    ]);
  });

  it("drops an overlong line without holding it and keeps counting", async () => {
    const long = "x".repeat(50);
    expect(await lines(["ok\n", long.slice(0, 20), long.slice(20), "\nnext\n"], 30)).toEqual([
      { n: 1, text: "ok" },
      { n: 2, tooLarge: 50 },
      { n: 3, text: "next" },
    ]);
  });

  it("gives nothing for an empty stream and one empty line for a lone newline", async () => {
    expect(await lines([])).toEqual([]);
    expect(await lines(["\n"])).toEqual([{ n: 1, text: "" }]);
  });
});

describe("expandSources: unreadable JSONL", () => {
  // /proc/self/mem opens as a regular file but fails on read (EIO): a stand-in for a failing disk.
  it.skipIf(!existsSync("/proc/self/mem"))(
    "reports a JSONL file that fails while being read and goes on",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "secvar-jsonl-eio-"));
      symlinkSync("/proc/self/mem", join(dir, "failing.jsonl"));
      const list = await items([join(dir, "failing.jsonl"), fixture("glob", "one.txt")]);
      rmSync(dir, { recursive: true, force: true });
      expect(list.map((i) => (i.type === "problem" ? i.code : i.type))).toEqual(["not_found", "document"]);
      expect(list[0]?.type === "problem" && list[0].message).toMatch(
        /failing\.jsonl: expected a readable file, found E[A-Z]+$/,
      );
    },
  );
});

describe("expandSources: feed files", () => {
  it("reads every feed in a folder; malformed and non-feed XML are problems; sniffs feeds in .txt", async () => {
    const list = await results([fixture("feeds")]);
    expect(summary(list)).toEqual([
      "feeds/atom.xml#item 1 ok",
      "feeds/atom.xml#item 2 ok",
      "feeds/broken.xml bad_feed",
      "feeds/not-a-feed.xml bad_feed",
      "feeds/rdf.xml#item 1 ok",
      "feeds/sniffed-feed.txt#item 1 ok",
      "feeds/wire.rss#item 1 ok",
      "feeds/wire.rss#item 2 ok",
      "feeds/wire.rss#item 3 no_text",
    ]);
    const water = list.find((r) => r.ok && r.origin.endsWith("wire.rss#item 1"));
    expect(water?.ok && water.article).toMatchObject({
      title: "Ministers meet on water sharing",
      published: "2025-03-04",
      url: "https://wire.example.org/water",
      outlet: "Fixture Wire",
      text: "The water ministers of Iraq and Turkey met in Ankara on Monday to discuss the flow of the Tigris.\n\nThey agreed to set up a joint technical committee.",
    });
    expect(water?.ok && water.meta).toMatchObject({ id: "wire-001", source: fixture("feeds", "wire.rss") });
  });

  it("lets the caller's overrides win over feed metadata", () => {
    const article = articleFromSource(
      {
        type: "document",
        origin: "f#item 1",
        content: { kind: "html", html: "<p>Talks resumed in Doha on Monday.</p>" },
        meta: { title: "From the feed", outlet: "Feed", published: "2025-01-01" },
      },
      { overrides: { outlet: "User", published: "2025-02-02" } },
    );
    expect([article.title, article.outlet, article.published]).toEqual([
      "From the feed",
      "User",
      "2025-02-02",
    ]);
  });
});

describe("expandSources: URLs", () => {
  let server: Server;
  let base: string;
  const requests: string[] = [];
  const pages: Record<string, [number, string, string]> = {
    "/feed": [200, "application/rss+xml", ""],
    "/page/1": [
      200,
      "text/html; charset=utf-8",
      "<html><head><title>Page one</title></head><body><article><p>Senegal and Mauritania signed a gas agreement in Dakar on Friday, officials said.</p></article></body></html>",
    ],
    "/story.txt": [200, "text/plain", "Mexico's navy said on Monday it had seized a vessel off Veracruz."],
    "/batch.json": [
      200,
      "application/json",
      JSON.stringify([{ text: "Oman hosted talks on Sunday." }, { title: "x" }]),
    ],
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? "");
      const page = pages[req.url ?? ""];
      if (!page) {
        res.writeHead(404).end("missing");
        return;
      }
      res.writeHead(page[0], { "content-type": page[1] }).end(page[2]);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const item = (n: number, path: string, body: string) =>
      `<item><title>Item ${n}</title><link>${base}${path}</link><pubDate>2025-07-0${n}</pubDate>${body}</item>`;
    (pages["/feed"] as [number, string, string])[2] =
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Feed</title>${item(
        1,
        "/page/1",
        "<description>Summary of the gas agreement between Senegal and Mauritania.</description>",
      )}${item(2, "/gone", "<description>Summary of a page that is gone.</description>")}</channel></rss>`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("reads a feed URL's items from their summaries without fetching links", async () => {
    requests.length = 0;
    const list = await results([`${base}/feed`]);
    expect(list.map((r) => (r.ok ? [r.origin.replace(base, ""), r.article.text] : r.problem.code))).toEqual([
      ["/feed#item 1", "Summary of the gas agreement between Senegal and Mauritania."],
      ["/feed#item 2", "Summary of a page that is gone."],
    ]);
    expect(requests).toEqual(["/feed"]);
  });

  it("follows item links when asked, keeping the feed's title and date", async () => {
    const list = await results([`${base}/feed`], { followLinks: true });
    expect(
      list.map((r) => (r.ok ? [r.article.title, r.article.published, r.article.text] : r.problem.code)),
    ).toEqual([
      [
        "Item 1",
        "2025-07-01",
        "Senegal and Mauritania signed a gas agreement in Dakar on Friday, officials said.",
      ],
      "not_found",
    ]);
  });

  it("reads a plain page, a JSON batch, and reports a 404 and a refused connection", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const list = await results([
      `${base}/story.txt`,
      `${base}/batch.json`,
      `${base}/missing`,
      `http://127.0.0.1:${deadPort}/x`,
    ]);
    expect(
      list.map((r) =>
        r.ok ? `${r.origin.replace(base, "")} ok` : `${r.problem.origin.replace(base, "")} ${r.problem.code}`,
      ),
    ).toEqual([
      "/story.txt ok",
      "/batch.json#1 ok",
      "/batch.json#2 bad_json",
      "/missing not_found",
      `http://127.0.0.1:${deadPort}/x fetch_failed`,
    ]);
  });
});
