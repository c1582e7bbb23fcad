// Errors in Stripe's wire shape. Handlers throw these; the server turns them into
// `{ error: {...} }` with the matching status so the SDK builds the right Stripe*Error class.

export type StripeErrorType =
  | "invalid_request_error"
  | "card_error"
  | "idempotency_error"
  | "api_error"
  | "authentication_error";

export interface StripeErrorBody {
  type: StripeErrorType;
  message: string;
  code?: string;
  decline_code?: string;
  param?: string;
  doc_url?: string;
  charge?: string;
  payment_intent?: unknown;
  setup_intent?: unknown;
  payment_method?: unknown;
  request_log_url?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
  }
}

function withDoc(body: StripeErrorBody): StripeErrorBody {
  return body.code && !body.doc_url ? { ...body, doc_url: `https://stripe.com/docs/error-codes/${body.code.replace(/_/g, "-")}` } : body;
}

export function invalidRequest(message: string, opts: { param?: string; code?: string; status?: number } = {}): ApiError {
  return new ApiError(
    opts.status ?? 400,
    withDoc({ type: "invalid_request_error", message, ...(opts.code ? { code: opts.code } : {}), ...(opts.param ? { param: opts.param } : {}) }),
  );
}

export function missingParam(param: string): ApiError {
  return invalidRequest(`Missing required param: ${param}.`, { param, code: "parameter_missing" });
}

export function resourceMissing(kind: string, id: string, param = "id"): ApiError {
  return invalidRequest(`No such ${kind}: '${id}'`, { param, code: "resource_missing", status: 404 });
}

export function idempotencyError(message: string): ApiError {
  return new ApiError(400, { type: "idempotency_error", message });
}

export function authenticationError(message: string): ApiError {
  // Stripe reports a bad key as invalid_request_error with HTTP 401; the SDK maps 401 to StripeAuthenticationError.
  return new ApiError(401, { type: "invalid_request_error", message });
}

export function cardError(body: Omit<StripeErrorBody, "type">): ApiError {
  return new ApiError(402, withDoc({ type: "card_error", ...body }));
}

export function notFoundRoute(method: string, path: string): ApiError {
  return invalidRequest(`Unrecognized request URL (${method}: ${path}). The Stripe emulator does not implement this endpoint.`, {
    status: 404,
  });
}
