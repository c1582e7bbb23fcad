import { loadSalon, type SalonParams } from "../salon-context";

/**
 * Resolves the salon before any step renders, outside the steps' loading boundaries, so an
 * unknown salon answers with a real 404 status rather than a streamed not-found page.
 */
export default async function BookLayout({ children, params }: { children: React.ReactNode; params: SalonParams }) {
  await loadSalon((await params).salon);
  return children;
}
