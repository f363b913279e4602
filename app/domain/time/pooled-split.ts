export type PoolShareholder = { id: string; shareHalves: number };
export type PooledPart = { id: string; minutes: number };

/**
 * Splits pooled minutes across subscriptions pro rata to their shares, by the
 * largest-remainder method: everyone gets the floor of their exact share, and the
 * minutes left go one each to the largest remainders (ties: smaller id first, so
 * the split never depends on input order). Parts add up exactly to the total, each
 * is within one minute of its exact share, and more shares never get fewer minutes.
 * Parts come back in input order.
 */
export function splitPooled(totalMinutes: number, subscriptions: readonly PoolShareholder[]): PooledPart[] {
  if (!Number.isSafeInteger(totalMinutes) || totalMinutes < 0) {
    throw new RangeError(`totalMinutes must be a non-negative integer: ${totalMinutes}`);
  }
  const ids = new Set<string>();
  let totalHalves = 0;
  for (const { id, shareHalves } of subscriptions) {
    if (ids.has(id)) throw new RangeError(`Duplicate subscription id: ${id}`);
    ids.add(id);
    if (!Number.isSafeInteger(shareHalves) || shareHalves < 0) {
      throw new RangeError(`shareHalves must be a non-negative integer: ${id} has ${shareHalves}`);
    }
    totalHalves += shareHalves;
  }
  if (totalHalves === 0) {
    if (totalMinutes > 0) throw new RangeError("Cannot split pooled time: no active shares");
    return subscriptions.map(({ id }) => ({ id, minutes: 0 }));
  }
  if (!Number.isSafeInteger(totalMinutes * totalHalves))
    throw new RangeError("Pooled split too large for exact integers");

  const parts = subscriptions.map(({ id, shareHalves }) => {
    const numerator = totalMinutes * shareHalves;
    return { id, minutes: Math.floor(numerator / totalHalves), remainder: numerator % totalHalves };
  });
  let leftover = totalMinutes - parts.reduce((sum, part) => sum + part.minutes, 0);
  const byRemainder = [...parts].sort((a, b) => b.remainder - a.remainder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const part of byRemainder) {
    if (leftover === 0) break;
    part.minutes += 1;
    leftover -= 1;
  }
  return parts.map(({ id, minutes }) => ({ id, minutes }));
}
