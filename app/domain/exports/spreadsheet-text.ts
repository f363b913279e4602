// One rule for every export a spreadsheet may open (CSV of balances, invoices and payments, and the
// FEC): a cell starting with = + - @ (or a tab / carriage return) is prefixed with a quote, so
// `=HYPERLINK(…)` typed as a member's name is shown as text and never run as a formula.
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
