import { handleStripeWebhook } from "@/lib/payments/webhooks/handle-event";

// Stripe's webhooks (and the local emulator's): the raw body is needed for the signature.
export async function POST(request: Request): Promise<Response> {
  const result = await handleStripeWebhook(await request.text(), request.headers.get("stripe-signature"));
  return Response.json(result.body, { status: result.status });
}
