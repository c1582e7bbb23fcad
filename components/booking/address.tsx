import type { PublicLocation } from "@/lib/booking/primary-location";

type Props = { location: Pick<PublicLocation, "name" | "addressLine1" | "addressLine2" | "city" | "postalCode"> };

export function Address({ location }: Props) {
  return (
    <address className="text-sm leading-relaxed text-stone-700 not-italic">
      <span className="font-medium text-stone-900">{location.name}</span>
      <br />
      {location.addressLine1}
      {location.addressLine2 ? `, ${location.addressLine2}` : ""}
      <br />
      {location.city} {location.postalCode}
    </address>
  );
}
