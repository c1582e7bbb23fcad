import { redirect } from "next/navigation";
import { staffPath } from "@/lib/tenancy/staff-page";

/** Settings open on the salon's profile (the layout has already checked the caller owns it). */
export default async function SettingsHome({ params }: { params: Promise<{ salon: string }> }) {
  redirect(staffPath((await params).salon, "settings", "profile"));
}
