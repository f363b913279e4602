// The submit button of every form: disabled while its form is on its way, so a second click never
// sends it twice (the server's one-time submission key still guards the requests that get through,
// and the page without JavaScript), and announced as busy to screen readers.
import { useNavigation } from "@remix-run/react";
import type { ButtonHTMLAttributes, ReactNode } from "react";

type SubmitButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & {
  children: ReactNode;
  /** Also disabled for a reason of the page's own (a choice still missing…). */
  disabled?: boolean;
  /** Pending as soon as a navigation starts ("loading" too), for forms that redirect. */
  pendingWhileLoading?: boolean;
};

export function SubmitButton({
  children,
  className = "button",
  disabled,
  pendingWhileLoading = false,
  ...props
}: SubmitButtonProps) {
  const navigation = useNavigation();
  const pending = pendingWhileLoading ? navigation.state !== "idle" : navigation.state === "submitting";
  return (
    <button
      type="submit"
      className={className}
      disabled={pending || disabled}
      aria-busy={pending || undefined}
      {...props}
    >
      {children}
    </button>
  );
}
