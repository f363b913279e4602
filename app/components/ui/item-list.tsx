// The lists that are not tables (a member's requests, the day's entries, the reminders sent…): one
// `<li>` per item, or, when there is none, the sentence that says so (`EmptyState`), so that an empty
// list never renders as an empty `<ul>` that a screen reader announces as "list, 0 items".
import type { ReactNode } from "react";
import { EmptyState } from "~/components/ui/empty-state";

export function ItemList<Item>({
  items,
  empty,
  className = "list",
  children,
}: {
  items: readonly Item[];
  /** What the list says instead when it has no items. */
  empty: ReactNode;
  /** The `<ul>`'s classes: `list` alone, or with `card`, `request-list`… */
  className?: string;
  /** The item's `<li>`, with its key. */
  children: (item: Item) => ReactNode;
}) {
  if (items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return <ul className={className}>{items.map(children)}</ul>;
}
