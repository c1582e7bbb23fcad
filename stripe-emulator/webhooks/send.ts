import http from "node:http";
import https from "node:https";

export interface SendResult {
  ok: boolean;
  status?: number;
  error?: string;
}

const TIMEOUT_MS = 10_000;

/**
 * One POST of a webhook payload. No keep-alive agent: a pooled socket would keep the receiver's
 * server (often a test's) from closing, and webhook traffic is too sparse to need pooling.
 */
export function postWebhook(url: string, payload: string, headers: Record<string, string>, signal: AbortSignal): Promise<SendResult> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve({ ok: false, error: `invalid webhook URL ${url}` });
      return;
    }
    const lib = target.protocol === "https:" ? https : http;
    const body = Buffer.from(payload, "utf8");
    const req = lib.request(
      target,
      {
        method: "POST",
        agent: false,
        timeout: TIMEOUT_MS,
        signal,
        headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Content-Length": String(body.length), Connection: "close" },
      },
      (res) => {
        res.resume(); // the body is irrelevant; drain it so the socket closes
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          resolve({ ok: status >= 200 && status < 300, status, ...(status >= 200 && status < 300 ? {} : { error: `HTTP ${status}` }) });
        });
        res.on("error", (err) => resolve({ ok: false, status: res.statusCode, error: err.message }));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timed out after ${TIMEOUT_MS} ms`)));
    req.on("error", (err) => resolve({ ok: false, error: err.message }));
    req.end(body);
  });
}
