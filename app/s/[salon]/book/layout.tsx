import { BookingNotOpen } from "@/components/booking/booking-not-open";
import { ReloadOnRestore } from "@/components/booking/reload-on-restore";
import { acceptsOnlinePayments } from "@/lib/payments/stripe";
import { loadSalon, type SalonParams } from "../salon-context";

/**
 * Resolves the salon before any step renders, outside the steps' loading boundaries, so an
 * unknown salon answers with a real 404 status rather than a streamed not-found page.
 */
export default async function BookLayout({ children, params }: { children: React.ReactNode; params: SalonParams }) {
  const { tenant } = await loadSalon((await params).salon);
  if (!acceptsOnlinePayments(tenant)) return <BookingNotOpen salonName={tenant.name} />;
  return (
    <>
      <ReloadOnRestore />
      {children}
    </>
  );
}
