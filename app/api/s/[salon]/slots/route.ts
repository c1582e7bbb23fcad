import { NextResponse, type NextRequest } from "next/server";
import { findSlots } from "@/lib/booking/find-slots";
import { ZSlotsQuerySchema } from "@/lib/booking/slots-query";
import { isAppError } from "@/lib/errors/app-error";
import { publicContext } from "@/lib/tenancy/guard";
import { now as clockNow } from "@/lib/time/clock";

export const dynamic = "force-dynamic";

/** GET /api/s/<salon>/slots?service=<id>&therapist=<id|any>&from=YYYY-MM-DD&to=YYYY-MM-DD */
export async function GET(request: NextRequest, { params }: { params: Promise<{ salon: string }> }) {
  const { salon } = await params;
  const search = request.nextUrl.searchParams;
  const parsed = ZSlotsQuerySchema.safeParse({
    service: search.get("service") ?? undefined,
    therapist: search.get("therapist") ?? undefined,
    from: search.get("from") ?? undefined,
    to: search.get("to") ?? undefined,
  });
  try {
    const ctx = await publicContext(salon);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return json({ error: issue ? `${issue.path.join(".") || "query"}: ${issue.message}` : "Invalid query" }, 400);
    }
    const q = parsed.data;
    const { location, slots } = await findSlots({ tenantId: ctx.tenantId, serviceId: q.service, therapistId: q.therapist, fromDate: q.from, toDate: q.to, now: clockNow() });
    return json({ timeZone: location.timeZone, slots: slots.map((s) => ({ start: new Date(s.start).toISOString(), therapistIds: s.therapistIds })) }, 200);
  } catch (error) {
    if (isAppError(error)) return json({ error: error.message }, error.status);
    throw error;
  }
}

function json(body: unknown, status: number) {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
