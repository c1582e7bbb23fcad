import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ChartPanel } from "@/components/insights/chart-panel";
import { SimpleBarChart, ScoreTrendChart } from "@/components/insights/charts";
import { CohortHeatmap } from "@/components/insights/cohort-heatmap";
import { InsightsFiltersForm } from "@/components/insights/filters-form";
import { MetricCard } from "@/components/insights/metric-card";
import { formatLocalDate } from "@/lib/format/format";
import { insightsQuery, PRESET_LABELS, type InsightsFilter } from "@/lib/insights/filters";
import { SECTIONS, type SectionId } from "@/lib/insights/headline";
import { loadInsights } from "@/lib/insights/load";
import { THERAPIST_REBOOKING_DAYS } from "@/lib/loyalty/therapists";
import type { TableId } from "@/lib/insights/tables";
import { displayValue } from "@/lib/insights/values";
import { addDaysToLocalDate } from "@/lib/availability/time-zone";
import { requireStaffPagePermission, staffPath } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Dashboard" };

function periodLabel(filter: InsightsFilter, locale: string): { period: string; previous: string } {
  const day = (d: string) => formatLocalDate(d, { month: "short", day: "numeric", year: "numeric" }, locale);
  const prevTo = addDaysToLocalDate(filter.fromDate, -1);
  const prevFrom = addDaysToLocalDate(filter.fromDate, -filter.days);
  return { period: `${day(filter.fromDate)} – ${day(filter.toDate)}`, previous: `${day(prevFrom)} – ${day(prevTo)}` };
}

/**
 * The owner's loyalty dashboard: are clients coming back, are they happy, is the calendar
 * reliable, where the money went. A therapist sees the same page for their own sessions only.
 */
export default async function InsightsPage({ params, searchParams }: { params: Promise<{ salon: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { salon } = await params;
  const staff = await requireStaffPagePermission({ salon, permission: "insights.read.own" });
  const { tenant } = staff;
  const { filter, problem, view, metrics, data, tables } = await loadInsights(staff, await searchParams);
  const salonFormat = { currency: tenant.currency, locale: tenant.locale };
  const { period, previous } = periodLabel(filter, tenant.locale);
  const comparedWith = `the previous ${filter.days} days`;
  const base = staffPath(tenant.slug, "insights");
  const csv = (id: TableId) => `${base}/export?${insightsQuery(filter)}&table=${id}`;
  const therapistName = view.scope.therapistId ? (view.therapists.find((t) => t.id === view.scope.therapistId)?.name ?? null) : null;
  const sessions = data.summary.reliability.current.sessionsDue + data.summary.reliability.current.bookings;
  const cards = (section: SectionId, narrow = false) => (
    <div className={narrow ? "grid grid-cols-2 content-start gap-3" : "grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-4"}>
      {metrics
        .filter((m) => m.section === section)
        .map((m) => (
          <MetricCard key={m.id} metric={m} current={m.value(data.summary, "current")} previous={m.value(data.summary, "previous")} salon={salonFormat} comparedWith={comparedWith} />
        ))}
    </div>
  );
  const section = (id: SectionId, children: React.ReactNode, note?: React.ReactNode) => {
    const title = SECTIONS.find((s) => s.id === id)!.title;
    return (
      <section aria-labelledby={`section-${id}`} className="space-y-3">
        <h2 id={`section-${id}`} className="text-xl font-semibold text-stone-900">
          {title}
        </h2>
        {note}
        {children}
      </section>
    );
  };
  const rebookingData = data.summary.rebooking.current;
  const satisfaction = data.summary.satisfaction.current;

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-stone-900">{view.ownerView ? "Loyalty dashboard" : "My figures"}</h1>
        <p className="text-stone-700">
          {view.ownerView ? (therapistName ? `${therapistName}'s sessions` : `All of ${tenant.name}`) : "Your own sessions"} · {PRESET_LABELS[filter.preset]}: {period}. Changes compare with {previous}.
        </p>
      </header>

      <InsightsFiltersForm
        action={base}
        preset={filter.preset}
        fromDate={filter.fromDate}
        toDate={filter.toDate}
        locationId={view.scope.locationId ?? null}
        therapistId={view.scope.therapistId ?? null}
        locations={view.locations}
        therapists={view.ownerView ? view.therapists : null}
      />
      {problem ? <Alert tone="warning">{problem}</Alert> : null}
      {sessions === 0 && satisfaction.checkIns === 0 ? (
        <Alert tone="info" title="Nothing in this period yet">
          No sessions or check-ins fall in {period}. Figures show “No data” rather than zero until there is something to count; try a longer period.
        </Alert>
      ) : null}
      <p className="text-sm">
        <a href={csv("headline")} download className="font-medium text-brand-700 underline-offset-2 hover:underline">
          Download every headline figure (CSV)
        </a>
      </p>

      {section("clients", cards("clients"))}

      {section(
        "rebooking",
        <div className="grid gap-4 lg:grid-cols-2">
          {cards("rebooking", true)}
          <ChartPanel
            table={tables.rebooking}
            salon={salonFormat}
            csvHref={csv("rebooking")}
            description="Share of completed sessions followed by another booking by the same client."
            chart={
              <SimpleBarChart
                kind="share"
                max={1}
                salon={salonFormat}
                summary={`Rebooking: ${rebookingData.windows.map((w) => `within ${w.days} days ${displayValue({ kind: "share", value: w.rate }, salonFormat)}`).join(", ")}; prebooked ${displayValue({ kind: "share", value: rebookingData.prebookingRate }, salonFormat)}.`}
                data={[...rebookingData.windows.map((w) => ({ name: `${w.days} days`, value: w.rate })), { name: "Prebooked", value: rebookingData.prebookingRate }]}
              />
            }
          />
        </div>,
      )}

      {section(
        "visits",
        <div className="space-y-4">
          {cards("visits")}
          <ChartPanel
            table={tables.cohorts}
            salon={salonFormat}
            csvHref={csv("cohorts")}
            definition="Clients grouped by the month (in the salon's time zone) of their first completed session at the salon, for the 12 months up to the end of the period. Each cell: the share of that month's new clients with a completed session in the month so many months later."
            description="Of each month's new clients, the share who came back in each later month."
            chart={<CohortHeatmap table={tables.cohorts} salon={salonFormat} />}
            chartIsTable
          />
        </div>,
      )}

      {section(
        "satisfaction",
        <div className="space-y-4">
          {cards("satisfaction")}
          <div className="grid gap-4 lg:grid-cols-2">
            <ChartPanel
              table={tables["satisfaction-trend"]}
              salon={salonFormat}
              csvHref={csv("satisfaction-trend")}
              description={`Average check-in score per ${filter.bucket}, from 1 to 5.`}
              chart={
                <ScoreTrendChart
                  salon={salonFormat}
                  summary={`Average check-in score over time: ${satisfaction.average === null ? "no check-ins" : `${displayValue({ kind: "score", value: satisfaction.average }, salonFormat)} over the period`}.`}
                  data={data.satisfactionOverTime.map((p) => ({ name: formatLocalDate(p.start, filter.bucket === "month" ? { month: "short", year: "2-digit" } : { month: "short", day: "numeric" }, tenant.locale), value: p.average, checkIns: p.checkIns }))}
                />
              }
            />
            <ChartPanel
              table={tables["satisfaction-scores"]}
              salon={salonFormat}
              csvHref={csv("satisfaction-scores")}
              description="How many check-ins gave each score."
              chart={
                <SimpleBarChart
                  kind="count"
                  horizontal
                  salon={salonFormat}
                  summary={`Check-in scores: ${satisfaction.distribution.map((n, i) => `${n} gave ${i + 1}`).reverse().join(", ")}.`}
                  data={satisfaction.distribution.map((n, i) => ({ name: `${i + 1} of 5`, value: n })).reverse()}
                />
              }
            />
          </div>
          <ChartPanel table={tables.wishes} salon={salonFormat} csvHref={csv("wishes")} description="The latest answers to “is there anything you would like different next time?”" tableOnly />
        </div>,
      )}

      {section("reliability", cards("reliability"))}

      {view.ownerView
        ? section(
            "money",
            <div className="grid gap-4 lg:grid-cols-2">
              {cards("money", true)}
              <ChartPanel
                table={tables.money}
                salon={salonFormat}
                csvHref={csv("money")}
                description="What went through for sessions in the period."
                chart={
                  <SimpleBarChart
                    kind="money"
                    horizontal
                    salon={salonFormat}
                    summary={`Money this period: ${tables.money.rows.map((r) => `${displayValue(r.cells[0]!, salonFormat)} ${displayValue(r.cells[1]!, salonFormat)}`).join(", ")}.`}
                    data={tables.money.rows.map((r) => ({ name: String(r.cells[0]!.value), value: r.cells[1]!.value as number | null }))}
                  />
                }
              />
            </div>,
            <p className="text-sm text-stone-700">
              Balances owed, failed charges and disputes are listed, with what to do about each, on{" "}
              <Link href={staffPath(tenant.slug, "payments")} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                Payments
              </Link>
              .
            </p>,
          )
        : null}

      <section aria-labelledby="section-therapists" className="space-y-3">
        <h2 id="section-therapists" className="text-xl font-semibold text-stone-900">
          {view.ownerView ? "By therapist" : "Your sessions"}
        </h2>
        <ChartPanel
          table={tables.therapists}
          salon={salonFormat}
          csvHref={csv("therapists")}
          definition={`Sessions: completed sessions. Utilisation: hours booked divided by hours the therapist was available (weekly hours minus time off) in the period. Rebooking: the share of their completed sessions followed within ${THERAPIST_REBOOKING_DAYS} days by another booking by the same client, with anyone (sessions whose ${THERAPIST_REBOOKING_DAYS} days have not passed yet are left out). Satisfaction: the average check-in score of their sessions. No-shows: sessions the client missed. Tips: tips that went through.`}
          tableOnly
          description="Each therapist's completed sessions in the period and how their clients respond."
        />
      </section>
    </div>
  );
}
