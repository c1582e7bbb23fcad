import { loadDashboard } from "@/lib/loyalty";
import { now } from "@/lib/time/clock";
import type { StaffContext } from "@/lib/tenancy/guard";
import { staffPath } from "@/lib/tenancy/staff-page";
import { can } from "@/lib/tenancy/guard";
import { parseInsightsFilter, type InsightsFilter } from "./filters";
import { visibleMetrics, type HeadlineMetric } from "./headline";
import { resolveInsightsView, type InsightsView } from "./scope";
import { buildTables, type DataTable, type TableId } from "./tables";

// Everything the dashboard page and its CSV downloads show for one query string, computed once:
// the filter, who may see what, the figures (lib/loyalty, all in SQL) and the tables built from them.

export type Insights = {
  filter: InsightsFilter;
  problem: string | null;
  view: InsightsView;
  metrics: HeadlineMetric[];
  data: Awaited<ReturnType<typeof loadDashboard>>;
  tables: Record<TableId, DataTable>;
};

export async function loadInsights(staff: StaffContext, search: Record<string, string | string[] | undefined>): Promise<Insights> {
  const asOf = now();
  const { filter, problem } = parseInsightsFilter(search, { now: asOf, timeZone: staff.tenant.timeZone });
  const view = await resolveInsightsView(staff, filter);
  const data = await loadDashboard({ ...view.scope, asOf, bucket: filter.bucket });
  const metrics = visibleMetrics(view.ownerView);
  const clientsReadable = can(staff, "clients.read.all") || can(staff, "clients.read.own");
  const tables = buildTables(data, {
    salon: staff.tenant,
    metrics,
    showMoney: view.ownerView,
    clientHref: clientsReadable ? (clientId) => staffPath(staff.tenant.slug, "clients", clientId) : undefined,
  });
  return { filter, problem, view, metrics, data, tables };
}
