import { describe, expect, it } from "vitest";
import { csvFileName, tableToCsv } from "@/lib/insights/csv";
import type { DataTable } from "@/lib/insights/tables";

const US = { currency: "USD", locale: "en-US" };

const table: DataTable = {
  id: "wishes",
  title: "What clients would like different",
  empty: "",
  columns: [
    { label: "Client", kind: "text" },
    { label: "Score", kind: "score" },
    { label: "Tips", kind: "money" },
    { label: "Rate", kind: "share" },
  ],
  rows: [
    { cells: [{ kind: "text", value: "Ana, \"Annie\" Lopez" }, { kind: "score", value: 4 }, { kind: "money", value: 1_250 }, { kind: "share", value: 0.5 }] },
    { cells: [{ kind: "text", value: "=HYPERLINK(\"http://evil\")" }, { kind: "score", value: null }, { kind: "money", value: -500 }, { kind: "share", value: null }] },
    { cells: [{ kind: "text", value: "line one\nline two" }, { kind: "score", value: 5 }, { kind: "money", value: 0 }, { kind: "share", value: 1 }] },
  ],
};

describe("CSV export", () => {
  it("writes RFC 4180 CSV with units in the headers and formulas defused", () => {
    expect(tableToCsv(table, US)).toBe(
      [
        "Client,Score (1-5),Tips (USD),Rate (%)",
        '"Ana, ""Annie"" Lopez",4.00,12.50,50.0',
        `"'=HYPERLINK(""http://evil"")",,-5.00,`,
        '"line one\nline two",5.00,0.00,100.0',
        "",
      ].join("\r\n"),
    );
  });

  it("names the file after the salon, the table and the period", () => {
    expect(csvFileName("serenity", table, "2026-09-04", "2026-12-02")).toBe("serenity-wishes-2026-09-04-to-2026-12-02.csv");
  });
});
