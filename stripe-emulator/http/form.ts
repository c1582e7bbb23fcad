// Parses Stripe-style form bodies and query strings ("a[b][0][c]=x", "expand[]=y") into nested
// objects and arrays, the way Stripe's API reads them. Values stay strings: each endpoint
// coerces what it expects, so a bad integer is reported against the right param.

export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

const MAX_PAIRS = 2000;
const MAX_DEPTH = 8;
// Keys that would reach Object.prototype if we assigned them.
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

export class FormParseError extends Error {}

export function parseForm(input: string): FormObject {
  const root: FormObject = {};
  if (!input) return root;
  const pairs = input.split("&").filter((p) => p.length > 0);
  if (pairs.length > MAX_PAIRS) throw new FormParseError(`Too many parameters (more than ${MAX_PAIRS}).`);
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? "" : pair.slice(eq + 1);
    const key = decode(rawKey);
    const value = decode(rawValue);
    const path = splitKey(key);
    if (path.length === 0) continue;
    if (path.length > MAX_DEPTH) throw new FormParseError(`Parameter nested too deeply: ${key}`);
    if (path.some((seg) => FORBIDDEN.has(seg))) throw new FormParseError(`Invalid parameter name: ${key}`);
    assign(root, path, value, key);
  }
  return finalize(root as unknown as Building) as FormObject;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    throw new FormParseError(`Malformed percent-encoding in ${s.slice(0, 40)}`);
  }
}

// "a[b][]" -> ["a", "b", ""]; a key without brackets is one segment.
function splitKey(key: string): string[] {
  const open = key.indexOf("[");
  if (open === -1) return key ? [key] : [];
  const head = key.slice(0, open);
  const segments = [head];
  const re = /\[([^[\]]*)\]/g;
  const rest = key.slice(open);
  let consumed = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rest)) !== null) {
    if (m.index !== consumed) break;
    segments.push(m[1] ?? "");
    consumed = m.index + m[0].length;
  }
  if (consumed !== rest.length) throw new FormParseError(`Invalid parameter name: ${key}`);
  return head ? segments : [];
}

// Arrays are built as objects keyed by index ("" means append) and turned into arrays at the end.
type Building = { [key: string]: Building | string };
const APPEND = Symbol("append-counter");
type WithCounter = Building & { [APPEND]?: number };

function assign(root: FormObject, path: string[], value: string, fullKey: string): void {
  let node = root as unknown as WithCounter;
  for (let i = 0; i < path.length; i++) {
    let seg = path[i] as string;
    if (seg === "") {
      const n = node[APPEND] ?? 0;
      node[APPEND] = n + 1;
      seg = `\u0000${n}`; // sorts with indices, can't collide with a real key
    }
    const last = i === path.length - 1;
    if (last) {
      if (typeof node[seg] === "object") throw new FormParseError(`Conflicting values for ${fullKey}`);
      node[seg] = value;
    } else {
      const next = node[seg];
      if (typeof next === "string") throw new FormParseError(`Conflicting values for ${fullKey}`);
      if (next === undefined) node[seg] = {};
      node = node[seg] as WithCounter;
    }
  }
}

function finalize(node: Building | string): FormValue {
  if (typeof node === "string") return node;
  const keys = Object.keys(node);
  const isArray = keys.length > 0 && keys.every((k) => /^\d+$/.test(k) || k.startsWith("\u0000"));
  if (isArray) {
    const order = (k: string) => (k.startsWith("\u0000") ? Number(k.slice(1)) : Number(k));
    return keys
      .sort((a, b) => order(a) - order(b))
      .map((k) => finalize(node[k] as Building | string));
  }
  const out: FormObject = {};
  for (const k of keys) out[k] = finalize(node[k] as Building | string);
  return out;
}

/** Canonical string of parsed params, used to compare idempotent requests. */
export function canonicalParams(value: FormValue): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalParams).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalParams(value[k] as FormValue)}`).join(",")}}`;
}
