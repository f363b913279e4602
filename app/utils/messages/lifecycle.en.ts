// English: Messages of the intervention lifecycle (issue 11): states, closing, refusals, explained charges.
// Typed against the French file, so no key can be missing or extra.
import type { messages as fr } from "./lifecycle.fr";

export const messages: Record<keyof typeof fr, string> = {
  "lifecycle.state.REQUESTED": "Requested",
  "lifecycle.state.PROPOSED": "Slot proposed",
  "lifecycle.state.PLANNED": "Planned",
  "lifecycle.state.IN_PROGRESS": "In progress",
  "lifecycle.state.DONE": "Done",
  "lifecycle.state.SIGNED": "Report signed",
  "lifecycle.state.CANCELLED": "Cancelled",
  "lifecycle.filter.label": "State",
  "lifecycle.filter.all": "All states",
  "lifecycle.filter.submit": "Filter",
  "lifecycle.refused": "Not possible: the intervention is “{state}”.",
  "lifecycle.refused.cancel":
    "This intervention is “{state}”: it can no longer be cancelled. A correction is a balance adjustment made by the treasurer or the board.",
  "lifecycle.refused.move": "This intervention is “{state}”: it can no longer be moved.",
  "lifecycle.refused.close": "Only an intervention in progress (with time logged) can be closed.",
  "lifecycle.close.title": "Close the intervention",
  "lifecycle.close.summary": "Summary for the member",
  "lifecycle.close.summaryHint": "A few words: what was done, what remains.",
  "lifecycle.close.submit": "Close the intervention",
  "lifecycle.close.done": "Intervention closed: the member has been notified.",
  "lifecycle.close.summaryRequired": "Write a short summary for the member.",
  "lifecycle.closedOn": "Closed on {date}",
  "lifecycle.explained": "Time counted",
  "lifecycle.signedHash": "Fingerprint of the signed report: {hash}",
  "lifecycle.report": "Intervention report",
  "lifecycle.reportPdf": "Download the signed report (PDF)",
  "lifecycle.noCancelDone": "This intervention is done: it can no longer be cancelled.",
  "lifecycle.refusal.NOT_IN_PROGRESS": "Only an intervention in progress (with time logged) can be closed.",
  "lifecycle.refusal.TIMER_RUNNING": "A timer is still running on this intervention: stop it before closing.",
  "lifecycle.refusal.NOT_DONE": "Close the intervention before the report is signed.",
  "lifecycle.refusal.SIGNED": "This report is signed: it can no longer be changed.",
  "lifecycle.close.needsTime": "Log the time spent (timer or entry) before closing the intervention.",
  "lifecycle.sign.hint": "Have the member sign once the intervention is closed.",
  "lifecycle.entries": "Time logged",
  "scheduling.portion.ANY": "Any time",
  "lifecycle.preferredDate.past": "The preferred date ({date}) has passed. Next possible days: {days}.",
  "lifecycle.preferredDate.notWorking":
    "Nobody works on {date} (day off, public holiday or absence). Next possible days: {days}.",
  "lifecycle.correction.link": "Correct the charged time",
  "lifecycle.correction.title": "Correct “{title}”",
  "lifecycle.correction.intro":
    "A done or signed intervention is neither cancelled nor moved: its entries and its signed report stay as they are. The correction adds an adjustment to {member}'s balance, linked to this intervention, with its reason. It is kept in the audit log, and the member sees it in its movements.",
  "lifecycle.correction.notFinished":
    "Only a done or signed intervention is corrected by an adjustment; this one is “{state}”.",
  "lifecycle.correction.noSubscription":
    "This member has no subscription for the intervention's period: nothing was saved.",
  "lifecycle.correction.done": "Correction of {duration} saved on the member's balance.",
  "lifecycle.correction.previous": "Corrections already saved",
  "lifecycle.correction.none": "No correction yet.",
  "lifecycle.correction.back": "Back to the intervention",
  // Page titles (app/utils/page-title.ts), before « · Quote-part ».
  "title.request": "Request",
  "title.myRequests": "My requests",
  "title.intervention": "Intervention",
  "title.interventionReport": "Intervention report",
  "title.planning": "Schedule",
  "title.newRequest": "Request an intervention",
  "title.requestsToPlan": "Requests to schedule",
};
