// The staff area's frame. Each part adds its own header: a salon's pages (staff/[salon]) with
// that salon's sections, the person's own pages (staff/(user)) with their salons.
export default function StaffAreaLayout({ children }: { children: React.ReactNode }) {
  return <div className="min-h-dvh bg-stone-50">{children}</div>;
}
