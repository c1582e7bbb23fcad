export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "VALIDATION" | "CONFLICT" | "SLOT_TAKEN" | "RATE_LIMITED";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  VALIDATION: 400,
  CONFLICT: 409,
  SLOT_TAKEN: 409,
  RATE_LIMITED: 429,
};

/** An expected failure with a message fit to show the person who caused it. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  /** For RATE_LIMITED: when the caller may try again. */
  readonly retryAfterSeconds?: number;

  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, string[]>, extra: { retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

/** True when PostgreSQL rejected a write with SQLSTATE 23P01 (exclusion constraint), whatever wraps it. */
export function isExclusionViolation(error: unknown, constraint?: string): boolean {
  return hasSqlState(error, "23P01", constraint);
}

/** A deadlock or serialization failure: the whole transaction was rolled back and may simply be run again. */
export function isRetryableTransactionError(error: unknown): boolean {
  if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2034") return true;
  return hasSqlState(error, "40P01") || hasSqlState(error, "40001");
}

export function isUniqueViolation(error: unknown): boolean {
  if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") return true;
  return hasSqlState(error, "23505");
}

/** Looks through an error and what it wraps (Prisma, driver adapter, pg) for a SQLSTATE code. */
function hasSqlState(error: unknown, sqlState: string, constraint?: string): boolean {
  const found = findSqlStateHolder(error, sqlState, 0);
  if (!found) return false;
  if (constraint === undefined) return true;
  return [found.constraint, found.originalMessage, found.message].some((v) => typeof v === "string" && v.includes(constraint));
}

function findSqlStateHolder(value: unknown, sqlState: string, depth: number): Record<string, unknown> | null {
  if (depth > 6 || value === null || typeof value !== "object") return null;
  const record = value as Record<string, unknown>;
  if (record.code === sqlState || record.originalCode === sqlState) return record;
  for (const key of ["cause", "meta", "driverAdapterError", "error"]) {
    const inner = findSqlStateHolder(record[key], sqlState, depth + 1);
    if (inner) return inner;
  }
  return null;
}
