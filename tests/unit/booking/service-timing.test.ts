import { describe, expect, it } from "vitest";
import { withTravelBuffers } from "@/lib/booking/service-timing";

describe("withTravelBuffers", () => {
  const salon = { travelBufferMinutes: 30 };
  it.each([
    ["studio: the service's own buffers", { locationType: "STUDIO" as const, bufferBeforeMinutes: 0, bufferAfterMinutes: 15 }, [0, 15]],
    ["mobile: the travel buffer each side", { locationType: "MOBILE" as const, bufferBeforeMinutes: 0, bufferAfterMinutes: 15 }, [30, 30]],
    ["mobile with a longer own buffer: that one", { locationType: "MOBILE" as const, bufferBeforeMinutes: 45, bufferAfterMinutes: 10 }, [45, 30]],
  ])("%s", (_name, service, [before, after]) => {
    expect(withTravelBuffers(service, salon)).toMatchObject({ bufferBeforeMinutes: before, bufferAfterMinutes: after });
  });

  it("no travel buffer set: mobile sessions keep their own", () => {
    expect(withTravelBuffers({ locationType: "MOBILE" as const, bufferBeforeMinutes: 5, bufferAfterMinutes: 5 }, { travelBufferMinutes: 0 })).toMatchObject({ bufferBeforeMinutes: 5, bufferAfterMinutes: 5 });
  });
});
