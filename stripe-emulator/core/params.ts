import { invalidRequest, missingParam } from "./errors";
import type { FormObject, FormValue } from "../http/form";

// Typed access to parsed form params. Stripe receives everything as strings and reports a bad
// value against its full bracketed name ("line_items[0][quantity]"), so each reader knows its path.

export class Params {
  constructor(
    readonly raw: FormObject,
    private readonly prefix = "",
  ) {}

  name(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  has(key: string): boolean {
    return this.raw[key] !== undefined;
  }

  private scalar(key: string): string | undefined {
    const v = this.raw[key];
    if (v === undefined) return undefined;
    if (typeof v !== "string") throw invalidRequest(`Invalid value for ${this.name(key)}: expected a string.`, { param: this.name(key) });
    return v;
  }

  string(key: string, opts: { required?: boolean; max?: number } = {}): string | undefined {
    const v = this.scalar(key);
    if (v === undefined) {
      if (opts.required) throw missingParam(this.name(key));
      return undefined;
    }
    if (v === "") {
      if (opts.required) throw emptyValue(this.name(key));
      return undefined;
    }
    if (opts.max !== undefined && v.length > opts.max) {
      throw invalidRequest(`Invalid ${this.name(key)}: must be at most ${opts.max} characters`, { param: this.name(key) });
    }
    return v;
  }

  /** Like string() but keeps "" so callers can tell "unset this" from "not sent". */
  nullableString(key: string, opts: { max?: number } = {}): string | null | undefined {
    const v = this.scalar(key);
    if (v === undefined) return undefined;
    if (v === "") return null;
    return this.string(key, opts);
  }

  int(key: string, opts: { required?: boolean; min?: number; max?: number } = {}): number | undefined {
    const v = this.scalar(key);
    if (v === undefined || v === "") {
      if (opts.required) throw v === "" ? emptyValue(this.name(key)) : missingParam(this.name(key));
      return undefined;
    }
    if (!/^-?\d+$/.test(v.trim())) {
      throw invalidRequest(`Invalid integer: ${v}`, { param: this.name(key), code: "parameter_invalid_integer" });
    }
    const n = Number(v.trim());
    if (!Number.isSafeInteger(n)) throw invalidRequest(`Invalid integer: ${v}`, { param: this.name(key), code: "parameter_invalid_integer" });
    if (opts.min !== undefined && n < opts.min) {
      throw invalidRequest(`Invalid ${this.name(key)}: must be greater than or equal to ${opts.min}`, { param: this.name(key) });
    }
    if (opts.max !== undefined && n > opts.max) {
      throw invalidRequest(`Invalid ${this.name(key)}: must be less than or equal to ${opts.max}`, { param: this.name(key) });
    }
    return n;
  }

  bool(key: string): boolean | undefined {
    const v = this.scalar(key);
    if (v === undefined || v === "") return undefined;
    if (v === "true") return true;
    if (v === "false") return false;
    throw invalidRequest(`Invalid boolean: ${v}`, { param: this.name(key) });
  }

  enum<T extends string>(key: string, values: readonly T[], opts: { required?: boolean } = {}): T | undefined {
    const v = this.string(key, opts);
    if (v === undefined) return undefined;
    if (!(values as readonly string[]).includes(v)) {
      throw invalidRequest(`Invalid ${this.name(key)}: must be one of ${joinOr(values)}`, { param: this.name(key) });
    }
    return v as T;
  }

  object(key: string): Params | undefined {
    const v = this.raw[key];
    if (v === undefined || v === "") return undefined;
    if (typeof v === "string" || Array.isArray(v)) {
      throw invalidRequest(`Invalid object: ${this.name(key)} must be a hash`, { param: this.name(key) });
    }
    return new Params(v, this.name(key));
  }

  /** Arrays of hashes, e.g. line_items. */
  objects(key: string): Params[] | undefined {
    const v = this.raw[key];
    if (v === undefined || v === "") return undefined;
    if (!Array.isArray(v)) throw invalidRequest(`Invalid array: ${this.name(key)} must be an array`, { param: this.name(key) });
    return v.map((item, i) => {
      if (typeof item === "string" || Array.isArray(item)) {
        throw invalidRequest(`Invalid object: ${this.name(key)}[${i}] must be a hash`, { param: `${this.name(key)}[${i}]` });
      }
      return new Params(item, `${this.name(key)}[${i}]`);
    });
  }

  strings(key: string): string[] | undefined {
    const v = this.raw[key];
    if (v === undefined || v === "") return undefined;
    const list = Array.isArray(v) ? v : [v];
    return list.map((item, i) => {
      if (typeof item !== "string") throw invalidRequest(`Invalid array: ${this.name(key)}[${i}] must be a string`, { param: this.name(key) });
      return item;
    });
  }

  /** `metadata`: a hash of strings, or "" to unset everything (Stripe's Emptyable). */
  metadata(key = "metadata"): Record<string, string> | "" | undefined {
    const v = this.raw[key];
    if (v === undefined) return undefined;
    if (v === "") return "";
    if (typeof v === "string" || Array.isArray(v)) throw invalidRequest(`Invalid object: ${this.name(key)} must be a hash`, { param: this.name(key) });
    const out: Record<string, string> = {};
    const entries = Object.entries(v);
    if (entries.length > 50) throw invalidRequest("You can specify up to 50 keys for metadata.", { param: this.name(key) });
    for (const [k, val] of entries) {
      if (typeof val !== "string") throw invalidRequest(`Invalid value type for ${this.name(key)}[${k}]: must be a string`, { param: `${this.name(key)}[${k}]` });
      if (k.length > 40) throw invalidRequest("Metadata keys can have up to 40 characters.", { param: `${this.name(key)}[${k}]` });
      if (val.length > 500) throw invalidRequest("Metadata values can have up to 500 characters.", { param: `${this.name(key)}[${k}]` });
      out[k] = val;
    }
    return out;
  }

  /** Rejects params Stripe itself does not know, as Stripe does ("Received unknown parameter"). */
  allowOnly(known: readonly string[]): this {
    for (const key of Object.keys(this.raw)) {
      if (!known.includes(key)) {
        throw invalidRequest(`Received unknown parameter: ${this.name(key)}`, { param: this.name(key), code: "parameter_unknown" });
      }
    }
    return this;
  }
}

export function expandList(raw: FormObject): string[] {
  const v: FormValue | undefined = raw.expand;
  if (v === undefined || v === "") return [];
  const list = Array.isArray(v) ? v : [v];
  return list.filter((x): x is string => typeof x === "string" && x.length > 0);
}

function emptyValue(param: string) {
  return invalidRequest(
    `You passed an empty string for '${param}'. We assume empty values are an attempt to unset a parameter; however '${param}' cannot be unset. You should remove '${param}' from your request or supply a non-empty value.`,
    { param, code: "parameter_invalid_empty" },
  );
}

function joinOr(values: readonly string[]): string {
  if (values.length <= 1) return values.join("");
  return `${values.slice(0, -1).join(", ")}, or ${values[values.length - 1]}`;
}

/** Stripe's metadata update: merge keys, "" deletes a key, metadata="" clears all. */
export function mergeMetadata(current: Record<string, string> | null | undefined, update: Record<string, string> | "" | undefined): Record<string, string> {
  const base = { ...(current ?? {}) };
  if (update === undefined) return base;
  if (update === "") return {};
  for (const [k, v] of Object.entries(update)) {
    if (v === "") delete base[k];
    else base[k] = v;
  }
  return base;
}
