import type { NextApiRequest, NextApiResponse } from "next";
import { HANDOFF_HEADER } from "@/lib/page-cache/handoff";
import { sendPage } from "@/lib/page-cache/send-page";

/**
 * Writes a stored dashboard page chosen by the proxy (lib/page-cache/handoff.ts says why this is a
 * Pages Router route). Reached through the rewrite in next.config.ts of a request to which the
 * proxy gave a one-time token; a direct request is refused by the proxy, and without a live token
 * this answers 404.
 */
export const config = { api: { bodyParser: false } };

export default function cachedPage(req: NextApiRequest, res: NextApiResponse): void {
  const sent = sendPage(req.method, req.headers[HANDOFF_HEADER], req.headers["accept-encoding"]);
  res.statusCode = sent.status;
  for (const [name, value] of Object.entries(sent.headers)) res.setHeader(name, value);
  res.setHeader("content-length", sent.body.length);
  res.end(sent.body);
}
