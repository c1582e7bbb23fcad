import { describe, expect, it } from "vitest";
import { FormParseError, canonicalParams, parseForm } from "../http/form";

describe("form parser", () => {
  it("builds nested objects and arrays from bracket notation", () => {
    const parsed = parseForm(
      "mode=payment&metadata[booking_id]=bk_1&line_items[0][price_data][currency]=gbp&line_items[0][price_data][unit_amount]=2000&line_items[0][quantity]=1&line_items[1][quantity]=2&expand[]=payment_intent&expand[]=setup_intent",
    );
    expect(parsed).toEqual({
      mode: "payment",
      metadata: { booking_id: "bk_1" },
      line_items: [{ price_data: { currency: "gbp", unit_amount: "2000" }, quantity: "1" }, { quantity: "2" }],
      expand: ["payment_intent", "setup_intent"],
    });
  });

  it("decodes percent-encoding and + as space, and keeps empty values", () => {
    expect(parseForm("name=Ana+B%C3%A9&email=a%2Bb%40x.com&metadata=")).toEqual({ name: "Ana Bé", email: "a+b@x.com", metadata: "" });
    expect(parseForm("a%5Bb%5D=1")).toEqual({ a: { b: "1" } });
  });

  it("orders indexed arrays by index", () => {
    expect(parseForm("x[2]=c&x[0]=a&x[1]=b")).toEqual({ x: ["a", "b", "c"] });
  });

  it("refuses prototype keys, conflicting shapes and malformed names", () => {
    expect(() => parseForm("__proto__[x]=1")).toThrow(FormParseError);
    expect(() => parseForm("a[constructor]=1")).toThrow(FormParseError);
    expect(() => parseForm("a=1&a[b]=2")).toThrow(FormParseError);
    expect(() => parseForm("a[b=1")).toThrow(FormParseError);
    expect(() => parseForm("a=%E0%A4%A")).toThrow(FormParseError);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("compares params regardless of object key order", () => {
    expect(canonicalParams(parseForm("a=1&b[c]=2&b[d]=3"))).toBe(canonicalParams(parseForm("b[d]=3&b[c]=2&a=1")));
    expect(canonicalParams(parseForm("x[0]=1&x[1]=2"))).not.toBe(canonicalParams(parseForm("x[0]=2&x[1]=1")));
  });
});
