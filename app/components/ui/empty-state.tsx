// What a list says when it has nothing to show, and where to go from there.
import type { ReactNode } from "react";

export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="muted">{children}</p>
      {action ?? null}
    </div>
  );
}
