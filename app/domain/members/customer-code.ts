// A member's customer account as the accountant and the member read it: "C00042". Derived from the
// member's accountNumber (a database sequence, never reused), so it never changes with the name.
export function customerCode(accountNumber: number): string {
  return `C${String(accountNumber).padStart(5, "0")}`;
}
