// English: Messages of the period close (see the French file).
// Typed against the French file, so no key can be missing or extra.
import type { messages as fr } from "./ledger-close.fr";

export const messages: Record<keyof typeof fr, string> = {
  "ledger.close.title": "Closing period {label}",
  "ledger.close.intro":
    "Closing carries unused time over up to {cap}% of the allotment, expires the rest and records overage to bill. It locks the period: its time can then only be corrected by adjustments.",
  "ledger.close.notEnded": "Warning: the period has not ended yet (it ends on {date}).",
  "ledger.close.alreadyClosed":
    "This period is closed. You may run the close again to apply carry-overs that were waiting for a subscription in the next period; nothing else will change.",
  "ledger.close.noNext":
    "There is no next period yet: carry-overs will be applied by running the close again once the next period and its subscriptions exist.",
  "ledger.close.remaining": "Remaining before close",
  "ledger.close.cap": "Carry-over cap",
  "ledger.close.carried": "Carried over",
  "ledger.close.expired": "Expired",
  "ledger.close.overage": "Overage",
  "ledger.close.overageAmount": "To bill",
  "ledger.close.carryIn": "Carry-over into next period",
  "ledger.close.carryIn.none": "—",
  "ledger.close.carryIn.applied": "Applied",
  "ledger.close.carryIn.to-apply": "Will be applied",
  "ledger.close.carryIn.waiting-subscription": "Waiting for a subscription",
  "ledger.close.carryIn.no-next-period": "Waiting for the next period",
  "ledger.close.totals": "Total",
  "ledger.close.confirm":
    "I confirm closing period {label}: carry-overs, expiries and overage will be written and cannot be undone.",
  "ledger.close.confirmFirst": "Tick the confirmation box before closing.",
  "ledger.close.submit": "Close the period",
  "ledger.close.resubmit": "Apply pending carry-overs",
  "ledger.close.done":
    "Period {label} is closed ({count, plural, one {# movement recorded} other {# movements recorded}}).",
  "ledger.close.nothing": "Nothing to change: the close was already applied.",
  // Page titles (app/utils/page-title.ts), before « · Quote-part ».
  "title.periodClose": "Period close",
};
