import Form from "next/form";
import type { ReactNode } from "react";

type Props = {
  /** Path to navigate to; `params` become its query string. */
  action: string;
  params: Record<string, string | undefined>;
  children: ReactNode;
  className?: string;
  disabled?: boolean;
  "aria-label"?: string;
  "aria-pressed"?: boolean;
  replace?: boolean;
  scroll?: boolean;
};

/**
 * A real button that navigates with a GET form (next/form: a client-side navigation with JS,
 * a plain page load without). Choices stay in the URL and work without client-side code.
 */
export function NavButton({ action, params, children, className, disabled, replace, scroll, ...aria }: Props) {
  return (
    <Form action={action} replace={replace} scroll={scroll} className="contents">
      {Object.entries(params).map(([name, value]) => (value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />))}
      <button type="submit" disabled={disabled} className={className} {...aria}>
        {children}
      </button>
    </Form>
  );
}
