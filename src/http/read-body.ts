import type http from "node:http";

/** Why a request body was refused, with the HTTP status to answer. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** Twilio's SMS webhooks are a few kilobytes at most (a 1,600-character body plus metadata). */
export const MAX_FORM_BYTES = 64 * 1024;
/** The console's actions are a few fields. */
export const MAX_JSON_BYTES = 16 * 1024;

function contentType(req: http.IncomingMessage): string {
  return (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * The whole body. Refuses, without reading further, one over `limit` bytes (413): by its
 * Content-Length at once, or as soon as what arrives passes the limit. The caller answers
 * and closes the connection.
 */
async function readRaw(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  if (Number(req.headers["content-length"] ?? 0) > limit) throw new BodyError(413, "body too large");
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off("data", onData);
      req.pause();
      reject(new BodyError(413, "body too large"));
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", reject);
  });
}

/**
 * Reads an application/x-www-form-urlencoded body into fields (a provider's webhook). Refuses
 * another content type (415), a body over the limit (413), and a repeated field, bytes that
 * are not UTF-8 or a broken escape (400), since a body a provider signed never has them.
 */
export async function readFormBody(req: http.IncomingMessage, limit = MAX_FORM_BYTES): Promise<Record<string, string>> {
  if (contentType(req) !== "application/x-www-form-urlencoded") throw new BodyError(415, "expected a form-encoded body");
  return parseForm(await readRaw(req, limit));
}

/**
 * Reads a small JSON value. Only `application/json` is taken (415 otherwise): a page on
 * another site cannot send that content type without the browser asking this server first.
 */
export async function readJsonBody(req: http.IncomingMessage, limit = MAX_JSON_BYTES): Promise<unknown> {
  if (contentType(req) !== "application/json") throw new BodyError(415, "send application/json");
  const body = await readRaw(req, limit);
  try {
    return JSON.parse(body.toString("utf8")) as unknown;
  } catch {
    throw new BodyError(400, "request body is not valid JSON");
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** One form-encoded name or value; most have nothing to decode. */
function decodeField(raw: string): string {
  return raw.includes("%") || raw.includes("+") ? decodeURIComponent(raw.replace(/\+/g, " ")) : raw;
}

/** Strict form decoding: every byte and every %-escape must be UTF-8, each field once. */
export function parseForm(body: Buffer): Record<string, string> {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new BodyError(400, "body is not UTF-8");
  }
  const fields: Record<string, string> = Object.create(null);
  if (text.length === 0) return fields;
  for (const pair of text.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const [rawKey, rawValue] = eq < 0 ? [pair, ""] : [pair.slice(0, eq), pair.slice(eq + 1)];
    let key: string;
    let value: string;
    try {
      key = decodeField(rawKey);
      value = decodeField(rawValue);
    } catch {
      throw new BodyError(400, "malformed escape in body");
    }
    if (Object.hasOwn(fields, key)) throw new BodyError(400, "repeated field in body");
    fields[key] = value;
  }
  return fields;
}
