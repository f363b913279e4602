// Splits an integer amount into integer parts proportional to weights, by the largest-remainder
// method: each part gets the floor of its exact share, and the units left go one each to the largest
// remainders (ties: the earlier part). The parts always add up exactly to the total.

export function splitByLargestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer: ${total}`);
  if (weights.length === 0) {
    if (total !== 0) throw new RangeError("cannot split a non-zero total into no parts");
    return [];
  }
  for (const weight of weights) {
    if (!Number.isSafeInteger(weight) || weight < 0)
      throw new RangeError(`weights must be non-negative integers: ${weight}`);
  }
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weightSum === 0) throw new RangeError("weights must not all be zero");
  const parts = weights.map((weight, index) => {
    const numerator = BigInt(total) * BigInt(weight);
    return { index, value: Number(numerator / BigInt(weightSum)), remainder: Number(numerator % BigInt(weightSum)) };
  });
  let leftover = total - parts.reduce((sum, part) => sum + part.value, 0);
  const byRemainder = [...parts].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const part of byRemainder) {
    if (leftover === 0) break;
    part.value += 1;
    leftover -= 1;
  }
  return parts.map((part) => part.value);
}
