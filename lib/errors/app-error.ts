export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "VALIDATION" | "CONFLICT" | "SLOT_TAKEN";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  VALIDATION: 400,
  CONFLICT: 409,
  SLOT_TAKEN: 409,
};

/** An expected failure with a message fit to show the person who caused it. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
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

export function isUniqueViolation(error: unknown): boolean {
  if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") return true;
  return hasSqlState(error, "23505");
}

function hasSqlState(error: unknown, sqlState: string, constraint?: string): boolean {
  const text = JSON.stringify(collectErrorText(error, 0));
  return text.includes(sqlState) && (constraint === undefined || text.includes(constraint));
}

function collectErrorText(value: unknown, depth: number): unknown {
  if (depth > 6 || value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of ["code", "message", "meta", "cause", "originalCode", "originalMessage"]) {
    if (key in record) out[key] = collectErrorText(record[key], depth + 1);
  }
  return out;
}
