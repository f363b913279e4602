import { Form } from "@remix-run/react";
import type { ReactNode } from "react";

/**
 * A form that is only its button (revoke a link, delete the logo): the button's `intent` tells
 * the page's action, which handles several forms, what to do.
 */
export function IntentButtonForm({
  intent,
  className,
  children,
}: {
  intent: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <Form method="post">
      <button type="submit" name="intent" value={intent} className={className}>
        {children}
      </button>
    </Form>
  );
}
