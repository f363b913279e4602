// The options of every "which period?" select (subscriptions, the invoice run, renewals, balances,
// capacity): the period's label, and a closed period said as such where the page can show one.
type PeriodChoice = { id: string; label: string; status?: string };

export function PeriodOptions({ periods, closedLabel }: { periods: readonly PeriodChoice[]; closedLabel?: string }) {
  return (
    <>
      {periods.map((period) => (
        <option key={period.id} value={period.id}>
          {period.label}
          {closedLabel && period.status === "CLOSED" ? ` (${closedLabel})` : ""}
        </option>
      ))}
    </>
  );
}
