import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/server/form-action";
import { AppError } from "@/lib/errors/app-error";

// The one way a form's server action answers.

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const schema = z.object({ name: z.string().min(2, "Please enter your name"), password: z.string().optional() });

describe("formAction", () => {
  it("refused input: no context, no domain call, field errors and the typed values (never passwords) back", async () => {
    const context = vi.fn();
    const run = vi.fn();
    const action = formAction({ schema, context, run });
    const result = await action(null, form({ name: "x", password: "hunter2", extra: "kept" }));
    expect(result).toEqual({ ok: false, code: "VALIDATION", message: "Please check the highlighted fields.", fieldErrors: { name: ["Please enter your name"] }, values: { name: "x", extra: "kept" } });
    expect(context).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it("runs with the parsed input and the resolved context, and answers ok with the data", async () => {
    const action = formAction({ schema, context: async () => ({ who: "staff" }), run: async (input, ctx) => `${input.name} by ${ctx.who}` });
    expect(await action(null, form({ name: "Ava" }))).toEqual({ ok: true, data: "Ava by staff" });
  });

  it("a refused caller (AppError from the context) gets its message, or this form's plainer words", async () => {
    const run = vi.fn();
    const action = formAction({
      schema,
      context: async () => {
        throw new AppError("NOT_FOUND", "Booking not found");
      },
      run,
      messages: { NOT_FOUND: "This link is not valid." },
    });
    expect(await action(null, form({ name: "Ava" }))).toMatchObject({ ok: false, code: "NOT_FOUND", message: "This link is not valid." });
    expect(run).not.toHaveBeenCalled();
  });

  it("a name posted several times (a checkbox group) arrives as a list; a single-value field refuses one", async () => {
    const lists = z.object({ name: z.string(), areas: z.array(z.string()) });
    const action = formAction({ schema: lists, context: async () => null, run: async (input) => input.areas.join("+") });
    const data = form({ name: "Ava" });
    data.append("areas", "neck");
    data.append("areas", "feet");
    expect(await action(null, data)).toEqual({ ok: true, data: "neck+feet" });
    const twice = form({ name: "Ava" });
    twice.append("name", "Bo");
    expect(await formAction({ schema, context: async () => null, run: async () => "ran" })(null, twice)).toMatchObject({ ok: false, code: "VALIDATION", values: { name: "Ava" } });
  });

  it("domain field errors reach the form", async () => {
    const action = formAction({
      schema,
      context: async () => null,
      run: async () => {
        throw new AppError("VALIDATION", "Please check the highlighted fields", { name: ["Taken"] });
      },
    });
    expect(await action(null, form({ name: "Ava" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: ["Taken"] } });
  });

  it("redirect() passes through as Next's navigation, not as a failure", async () => {
    const action = formAction({ schema, context: async () => null, run: async () => redirect("/somewhere") });
    await expect(action(null, form({ name: "Ava" }))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("an unexpected error is logged and answered plainly, without its details", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const action = formAction({
      schema,
      context: async () => null,
      run: async () => {
        throw new Error("connection string postgres://secret@db leaked?");
      },
    });
    const result = await action(null, form({ name: "Ava" }));
    expect(result).toMatchObject({ ok: false, code: "INTERNAL", message: "Something went wrong on our side. Please try again in a moment." });
    expect(JSON.stringify(result)).not.toContain("secret");
    expect(logged).toHaveBeenCalledOnce();
  });
});
