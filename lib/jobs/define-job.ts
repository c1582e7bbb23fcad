import type { z } from "zod";

// A job: its queue name, the payload it carries (checked on both ends), how it retries, and
// the handler. Handlers must be idempotent: a job can run again after a crash or a timeout.

export type JobDefinition<S extends z.ZodType> = {
  name: string;
  payload: S;
  /** Attempts after the first, with exponential backoff from retryDelaySeconds. */
  retryLimit: number;
  retryDelaySeconds: number;
  // A method, so a job of any payload fits the registry's list of jobs.
  handler(payload: z.infer<S>): Promise<void>;
};

/** Any job, as the registry and the workers see it. */
export type AnyJob = JobDefinition<z.ZodType>;

export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}
