import { expect, test, type APIRequestContext } from "@playwright/test";
import http from "node:http";
import { MALFORMED_CORPUS } from "./fixtures/malformed-corpus";

/**
 * What a request may cost, against the production build: every finding of the hardening review
 * (issue 11) and the 1,000-case malformed corpus. Each is checked for its status, its message and
 * never a 5xx, and bounded in time as a RATIO to a plain GET /api/totals measured in the same run,
 * so the bound holds on a fast or a busy machine. Serial: ratios need one request at a time.
 */
test.describe.configure({ mode: "serial" });

type Timed = { status: number; ms: number; text: string; headers: Record<string, string> };

let totalsMs = 0;
let pageMs = 0;
let pageBytes = 0;

// A cookie besides the language makes the page cache step aside: the baseline page is rendered, as
// the page with 1,300 keys is (its address is too long to be cached), so the two costs compare.
const RENDER = { cookie: "duikou-e2e=render" };

async function timed(request: APIRequestContext, url: string, headers?: Record<string, string>): Promise<Timed> {
  const start = performance.now();
  const response = await request.get(url, { maxRedirects: 0, headers });
  const text = await response.text();
  return { status: response.status(), ms: performance.now() - start, text, headers: response.headers() };
}

/** The fastest of a few tries: the cost of the request itself, not of whatever else the machine was doing. */
async function fastest(request: APIRequestContext, url: string, tries = 3): Promise<Timed> {
  let best: Timed | undefined;
  for (let i = 0; i < tries; i++) {
    const t = await timed(request, url);
    if (!best || t.ms < best.ms) best = t;
  }
  return best!;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A raw HTTP request (bodies of any size, any headers), resolved with status, body and time. */
function raw(baseURL: string, options: { method: string; path: string; headers: Record<string, string | number>; body?: (req: http.ClientRequest) => void }) {
  const url = new URL(options.path, baseURL);
  return new Promise<{ status: number; text: string; ms: number }>((resolve, reject) => {
    const start = performance.now();
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: options.method, headers: options.headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - start }));
    });
    // The server may answer and close before a large body is sent: that is the point, not an error.
    req.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    if (options.body) options.body(req);
    else req.end();
  });
}

/** The fastest of a few raw requests (see `fastest`). */
async function fastestRaw(baseURL: string, options: Parameters<typeof raw>[1], tries = 3) {
  let best: Awaited<ReturnType<typeof raw>> | undefined;
  for (let i = 0; i < tries; i++) {
    const t = await raw(baseURL, options);
    if (!best || t.ms < best.ms) best = t;
  }
  return best!;
}

test.beforeAll(async ({ request }) => {
  for (let i = 0; i < 3; i++) await timed(request, "/api/totals"); // warm up
  const totals: number[] = [];
  for (let i = 0; i < 9; i++) totals.push((await timed(request, "/api/totals")).ms);
  totalsMs = median(totals);
  pageBytes = (await timed(request, "/", RENDER)).text.length;
  const pages: number[] = [];
  for (let i = 0; i < 5; i++) pages.push((await timed(request, "/", RENDER)).ms);
  pageMs = median(pages);
  console.log(`baseline: GET /api/totals ${totalsMs.toFixed(1)} ms; GET / ${pageMs.toFixed(1)} ms (${(pageMs / totalsMs).toFixed(1)}× totals)`);
});

/** The ratio bound: a refused request costs at most `times` a plain /api/totals (plus a 5 ms floor for timer noise). */
function expectWithin(t: { ms: number }, times: number, label: string) {
  const ratio = t.ms / totalsMs;
  expect(t.ms, `${label}: ${t.ms.toFixed(1)} ms = ${ratio.toFixed(1)}× /api/totals (bound ${times}×)`).toBeLessThanOrEqual(times * totalsMs + 5);
}

test("finding 1: the font route caps its body (413 before reading, or while reading) and wants JSON (415)", async ({ request, baseURL }) => {
  const big = 64 * 1024 * 1024;
  // The route's first call loads its module; the cost measured is the refusal's.
  expect((await request.post("/api/export/font", { data: { weight: 400, text: "万州" } })).status()).toBe(200);
  const declared = await fastestRaw(baseURL!, {
    method: "POST",
    path: "/api/export/font",
    headers: { "content-type": "application/json", "content-length": big },
    body: (req) => {
      // Send the first megabyte only; the answer must not wait for the rest.
      req.write(Buffer.alloc(1024 * 1024, 0x20));
    },
  });
  expect(declared.status).toBe(413);
  expect(JSON.parse(declared.text).error).toBe("请求内容过大（此地址的上限为 32768 字节）。");
  expectWithin(declared, 10, "64 MB declared body");

  // Sent without a length, in chunks: the handler counts while reading and stops at the cap.
  const chunked = await fastestRaw(baseURL!, {
    method: "POST",
    path: "/api/export/font",
    headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
    body: (req) => {
      for (let i = 0; i < 16; i++) req.write(Buffer.alloc(64 * 1024, 0x20));
    },
  });
  expect(chunked.status).toBe(413);
  expectWithin(chunked, 10, "1 MB body of undeclared length");

  const plain = await request.post("/api/export/font", { data: '{"weight":400,"text":"万州"}', headers: { "content-type": "text/plain" } });
  expect(plain.status()).toBe(415);
  expect((await plain.json()).error).toBe("请求内容必须是 JSON，并以 Content-Type: application/json 发送。");

  // A body over the cap but within what the proxy lets through is refused by the handler's own count.
  const over = await request.post("/api/export/font", { data: JSON.stringify({ weight: 400, text: "字".repeat(12_000) }), headers: { "content-type": "application/json" } });
  expect(over.status()).toBe(413);

  const array = await request.post("/api/export/font", { data: "[1,2]", headers: { "content-type": "application/json" } });
  expect(array.status()).toBe(400);
  const body = await array.json();
  expect(body.issues).toEqual([{ param: "body", code: "notObject", message: "请求内容必须是包含字段 weight, text 的 JSON 对象，不能是数组或单个值。" }]);
  expect(JSON.stringify(body)).not.toContain("undefined");
});

test("finding 2: thousands of repeated keys cost one short answer", async ({ request }) => {
  // 15 KB of `x&x&…`: over the server's 8 KB request-head cap (scripts/*.sh), refused by Node before Next.js runs.
  for (const path of ["/", "/api/totals"]) {
    const huge = await fastest(request, `${path}?${Array.from({ length: 7500 }, () => "x").join("&")}`);
    expect(huge.status).toBe(431);
    expect(huge.text.length).toBe(0);
    expectWithin(huge, 3, `15 KB query on ${path}`);
  }
  // Just under that cap: refused by proxy.ts (414, one sentence). Next.js itself walks repeated keys
  // in time quadratic in their number before proxy.ts runs (URLSearchParams.getAll per key): the
  // head cap bounds that upstream cost, it cannot remove it; hence the wider bound here.
  const long = await fastest(request, `/?${Array.from({ length: 3900 }, () => "x").join("&")}`);
  expect(long.status).toBe(414);
  expect(long.text).toMatch(/^地址过长（\d+ 个字符，上限 4096）。请减少筛选条件后重试。$/);
  expectWithin(long, 25, "7.8 KB query on /");
  const api = await fastest(request, `/api/totals?${"y=".repeat(2500)}`);
  expect(api.status).toBe(414);
  expect(JSON.parse(api.text).issues[0].code).toBe("query_too_long");
  expectWithin(api, 3, "5 KB query on /api/totals");

  // Under the address cap (Next.js counts `x` as `x=`), 1,300 keys are counted before any value is read: one notice.
  // Next.js walks repeated keys before any route code (quadratic, see above): 1,300 keys cost a few
  // times a plain answer by themselves, so the bound is wider than for a refusal before parsing.
  const many = await fastest(request, `/api/totals?${Array.from({ length: 1300 }, () => "x").join("&")}`, 5);
  expect(many.status).toBe(400);
  expect(JSON.parse(many.text).issues).toEqual([{ param: "", code: "too_many_params", message: "地址中有 1300 个参数，超过上限 64 个；这些参数均未使用。" }]);
  expectWithin(many, 8, "1,300 keys on /api/totals");
  // Five tries: a page render is the measurement most exposed to the other worker's load.
  const page = await fastest(request, `/?${Array.from({ length: 1300 }, () => "x").join("&")}`, 5);
  expect(page.status).toBe(200);
  // Once in the HTML and once in the React payload that hydrates it. The page grows only by the
  // address itself, which Next.js echoes in that payload (was: 1.2 MB of notices for 7,500 keys).
  expect(page.text.match(/地址中有 1300 个参数/g)).toHaveLength(2);
  expect(page.text.length).toBeLessThan(pageBytes + 32 * 1024);
  expect(page.ms, `1,300 keys on /: ${page.ms.toFixed(0)} ms vs plain / ${pageMs.toFixed(0)} ms`).toBeLessThanOrEqual(2 * pageMs + 5 * totalsMs);

  // 30 of one key: one notice, not 30; 57 bad codes: 20 listed and "and 37 more".
  const repeated = await fastest(request, `/api/totals?${Array.from({ length: 30 }, () => "x").join("&")}`);
  expect(JSON.parse(repeated.text).issues).toEqual([{ param: "x", code: "unknown_param", message: "未知参数“x”。" }]);
  const codes = Array.from({ length: 57 }, (_, i) => 100000 + i).join(",");
  const capped = JSON.parse((await fastest(request, `/api/totals?district=${codes}`)).text) as { issues: { code: string; message: string }[] };
  expect(capped.issues).toHaveLength(21);
  expect(capped.issues[20]).toEqual({ param: "", code: "more_issues", message: "……另有 37 个问题。" });
});

test("finding 3: security headers on pages, APIs, refusals, redirects and static files", async ({ request }) => {
  const page = await request.get("/districts/500101");
  const csp = page.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  expect(await page.text()).toContain(`nonce="${nonce}"`);
  const again = await request.get("/districts/500101");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);

  const chunk = /\/_next\/static\/[^"]+\.js/.exec(await page.text())![0];
  const responses = {
    page,
    api: await request.get("/api/totals"),
    refused: await request.get("/api/records"),
    export: await request.get("/api/records/export?metric=schools&format=csv"),
    redirect: await request.get("/districts/500234", { maxRedirects: 0 }),
    missing: await request.get("/no-such-page"),
    static: await request.get(chunk),
  };
  for (const [name, response] of Object.entries(responses)) {
    const h = response.headers();
    expect([name, h["x-content-type-options"], h["referrer-policy"], h["cross-origin-opener-policy"], h["x-frame-options"]]).toEqual([name, "nosniff", "strict-origin-when-cross-origin", "same-origin", "DENY"]);
    expect(h["permissions-policy"], name).toContain("camera=()");
    if (name !== "static") expect(h["content-security-policy"], name).toContain("frame-ancestors 'none'");
  }
  // A chart API revalidates on every use (ETag, 304) and, answering per session when reading needs one, is kept by no shared cache.
  expect(responses.api.headers()["cache-control"]).toBe("private, no-cache");
  expect(responses.refused.headers()["cache-control"]).toBe("no-store");
  expect(responses.export.headers()["cache-control"]).toBe("no-store");
  expect(responses.redirect.status()).toBe(308);
  expect(responses.api.headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("findings 4 and 5: NUL and U+FFFE in the search are refused, never cut short or written", async ({ request }) => {
  for (const q of ["%00", "%E4%B8%87%00", "%EF%BF%BE"]) {
    for (const route of ["/api/records?metric=funds", "/api/records/export?metric=funds&format=xlsx"]) {
      // The best of three: a refusal is a few ms, so one scheduler hiccup on a shared machine is a multiple of it.
      const t = await fastest(request, `${route}&q=${q}`, 3);
      expect(t.status, `${route} q=${q}`).toBe(400);
      const [issue] = JSON.parse(t.text).issues;
      expect(issue.code).toBe("invalid_characters");
      expect(issue.message).toMatch(/参数“q”的值“.*U\+(0000|FFFE)”含有控制字符或 Unicode 非字符/);
      expectWithin(t, 5, `${route} q=${q}`);
    }
  }
});

test("finding 6: one rule per parameter, checked before the query", async ({ request }) => {
  const issuesOf = async (url: string) => {
    const t = await fastest(request, url, 1);
    expect(t.status, url).toBe(400);
    return (JSON.parse(t.text) as { issues: { param: string; code: string; message: string }[] }).issues;
  };
  // A page past the end is refused whether the result is empty or not.
  expect(await issuesOf("/api/records?metric=funds&q=nothing-matches-this&page=2")).toEqual([{ param: "page", code: "page_out_of_range", message: "第 2 页超出末页（共 1 页）。" }]);
  const deep = await fastest(request, "/api/records?metric=funds&page=1000000&pageSize=1", 3);
  expect(deep.status).toBe(400);
  expect(JSON.parse(deep.text).issues[0].code).toBe("page_out_of_range");
  expectWithin(deep, 5, "page 1,000,000");

  for (const [query, param] of [["page=0x10", "page"], ["page=%201%20", "page"], ["pageSize=1e2", "pageSize"]] as const) {
    expect(await issuesOf(`/api/records?metric=funds&${query}`), query).toEqual([{ param, code: "invalid_integer", message: expect.stringContaining("只能使用数字") }]);
  }
  expect((await issuesOf("/api/totals?from=2.0e3"))[0]).toMatchObject({ param: "from", code: "invalid_year" });

  const missing = "缺少必填参数“metric”；可选：funds, projects, trained, schools, cadres。";
  for (const route of ["/api/records", "/api/records/export", "/api/series", "/api/flows", "/api/top-records", "/api/records?metric="]) {
    expect(await issuesOf(route), route).toContainEqual({ param: "metric", code: "missing_param", message: missing });
  }
  expect(await issuesOf("/api/breakdown?metric=funds")).toEqual([{ param: "by", code: "missing_param", message: "缺少必填参数“by”；可选：district, supporter。" }]);
  expect(await issuesOf("/api/breakdown?metric=funds&by=year")).toEqual([{ param: "by", code: "invalid_choice", message: "“year”不是“by”的可选值；可选：district, supporter。" }]);

  const notApplicable = [{ param: "sector", code: "sector_not_applicable", message: "行业筛选不适用于 cadres：只有 funds, projects 的记录带有行业。" }];
  expect(await issuesOf("/api/records?metric=cadres&sector=tourism")).toEqual(notApplicable);
  expect(await issuesOf("/api/records?metric=cadres&sector=tourism&format=csv")).toEqual(notApplicable);
  expect(await issuesOf("/api/records/export?metric=cadres&sector=tourism&format=xlsx")).toEqual(notApplicable);
});

test("the 1,000-case malformed corpus: status, message, no 5xx, bounded cost", async ({ request }) => {
  test.setTimeout(900_000);
  expect(MALFORMED_CORPUS).toHaveLength(1000);
  const slow: { url: string; ratio: number }[] = [];
  const statuses = new Map<number, number>();
  for (const c of MALFORMED_CORPUS) {
    const t = await timed(request, c.url);
    statuses.set(t.status, (statuses.get(t.status) ?? 0) + 1);
    expect(t.status, c.url).toBeLessThan(500);
    expect(t.text, c.url).not.toMatch(/node_modules|\n\s+at [\w.<>]+ \(|SqliteError/);
    // JSON may quote the value (served as JSON with nosniff); a page must never carry it as markup.
    if (c.kind === "page") expect(t.text, c.url).not.toContain("<script>alert");
    if (c.kind === "api") {
      expect([200, 400, 414], c.url).toContain(t.status);
      if (c.bad) expect([400, 414], c.url).toContain(t.status);
      if (t.status !== 200) {
        const body = JSON.parse(t.text) as { error: string; issues: { message: string }[] };
        expect(body.error.length, c.url).toBeGreaterThan(0);
        expect(body.issues.length, c.url).toBeGreaterThan(0);
        expect(body.issues.length, c.url).toBeLessThanOrEqual(21);
        for (const issue of body.issues) expect(issue.message, c.url).toMatch(/^[^{}]*[^\s{}][^{}]*$/);
        expect(t.text, c.url).not.toContain("undefined");
      }
    } else {
      expect([200, 414], c.url).toContain(t.status);
      // The overview reads every filter parameter: a bad one is a notice there (other view params belong to other pages).
      const filterParam = /^(district|supporter|sector|from|to)=/.test(c.payload);
      if (c.bad && filterParam && t.status === 200 && c.route === "/") expect(t.text.includes('data-testid="filter-notices"'), c.url).toBe(true);
    }
    // Refusals and noticed pages are bounded; a legal CSV export does real work and is not.
    const ratio = t.ms / (c.kind === "page" ? pageMs : totalsMs);
    if (t.status !== 200 || c.kind === "page") slow.push({ url: c.url, ratio });
  }
  console.log(`corpus statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
  // The slowest re-measured (a busy machine stalls any one request), then bounded: refusals ≤ 5× a
  // plain /api/totals, pages ≤ 3× a plain page (itself measured as a multiple of /api/totals).
  slow.sort((a, b) => b.ratio - a.ratio);
  for (const s of slow.slice(0, 15)) {
    const again = await fastest(request, s.url, 5);
    const kind = s.url.startsWith("/api/") ? "api" : "page";
    // +50 ms: Next.js parses and re-serialises the whole query before proxy.ts can refuse it (2,000
    // keys: ~40 ms here), a fixed cost while /api/totals now comes from the data cache in ~7 ms;
    // a refusal doing real work (hundreds of ms) still fails.
    const bound = kind === "api" ? 5 * totalsMs + 50 : 3 * pageMs;
    expect(again.ms, `${s.url}: ${again.ms.toFixed(0)} ms (bound ${bound.toFixed(0)} ms)`).toBeLessThanOrEqual(bound);
  }
});
