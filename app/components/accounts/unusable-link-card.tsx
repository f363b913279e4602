import type { ReactNode } from "react";

/**
 * What a page reached by a one-time link (an invitation, a password reset) says when its token is
 * unknown, used or expired; `children` offers the way on (ask for a new link).
 */
export function UnusableLinkCard({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  return (
    <div className="narrow">
      <div className="card">
        <h1>{title}</h1>
        <p>{text}</p>
        {children}
      </div>
    </div>
  );
}
