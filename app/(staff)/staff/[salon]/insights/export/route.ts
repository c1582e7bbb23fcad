import { isAppError } from "@/lib/errors/app-error";
import { csvFileName, tableToCsv } from "@/lib/insights/csv";
import { loadInsights } from "@/lib/insights/load";
import { TABLE_IDS, type TableId } from "@/lib/insights/tables";
import { staffWith } from "@/lib/server/contexts";
import { staffPath } from "@/lib/tenancy/staff-page";

/**
 * One dashboard table as CSV, for the same query string as the page (so the file holds exactly
 * what the viewer saw, for what they may see: a therapist gets their own figures only).
 */
export async function GET(request: Request, { params }: { params: Promise<{ salon: string }> }): Promise<Response> {
  const { salon } = await params;
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const table = search.table as TableId;
  if (!(TABLE_IDS as readonly string[]).includes(table)) return new Response("Unknown table", { status: 404 });
  try {
    const { staff } = await staffWith({ salon, permission: "insights.read.own", returnTo: staffPath(salon, "insights") });
    const { filter, tables } = await loadInsights(staff, search);
    const data = tables[table];
    return new Response(`\uFEFF${tableToCsv(data, staff.tenant)}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${csvFileName(staff.tenant.slug, data, filter.fromDate, filter.toDate)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error, "NOT_FOUND") || isAppError(error, "FORBIDDEN")) return new Response("Not found", { status: 404 });
    throw error;
  }
}
