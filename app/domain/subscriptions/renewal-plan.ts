// Which subscriptions of a period carry over to the next one, and at what price. Pure, so the
// preview (GET) and the renewal (POST) compute exactly the same list.
import { fullPriceCents } from "./pro-rata";

export type RenewalSource = {
  memberId: string;
  memberName: string;
  memberStatus: "PROSPECT" | "ACTIVE" | "LEFT";
  shareHalves: number;
  billingSchedule: "ANNUAL" | "QUARTERLY" | "MONTHLY";
  status: "ACTIVE" | "CANCELLED";
  priceCents: number;
};

export type RenewalLine = {
  memberId: string;
  memberName: string;
  shareHalves: number;
  billingSchedule: RenewalSource["billingSchedule"];
  previousPriceCents: number;
  /** Current share price × shares, for the whole target period. */
  priceCents: number;
};

export type RenewalSkip = { memberId: string; memberName: string; reason: "left" | "alreadySubscribed" };

export type RenewalPlan = {
  lines: RenewalLine[];
  skipped: RenewalSkip[];
  totalShareHalves: number;
  totalPriceCents: number;
};

export function planRenewal(
  sources: readonly RenewalSource[],
  alreadySubscribed: ReadonlySet<string>,
  sharePriceCents: number,
): RenewalPlan {
  const lines: RenewalLine[] = [];
  const skipped: RenewalSkip[] = [];
  for (const source of sources) {
    if (source.status !== "ACTIVE") continue;
    const who = { memberId: source.memberId, memberName: source.memberName };
    if (source.memberStatus === "LEFT") skipped.push({ ...who, reason: "left" });
    else if (alreadySubscribed.has(source.memberId)) skipped.push({ ...who, reason: "alreadySubscribed" });
    else
      lines.push({
        ...who,
        shareHalves: source.shareHalves,
        billingSchedule: source.billingSchedule,
        previousPriceCents: source.priceCents,
        priceCents: fullPriceCents(source.shareHalves, sharePriceCents),
      });
  }
  return {
    lines,
    skipped,
    totalShareHalves: lines.reduce((sum, line) => sum + line.shareHalves, 0),
    totalPriceCents: lines.reduce((sum, line) => sum + line.priceCents, 0),
  };
}
