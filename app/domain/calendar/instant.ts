// An instant string must say which offset it is in; without one, JS would read it in
// the server's zone.
const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function parseInstant(instant: string | Date): number {
  let ms = NaN;
  if (instant instanceof Date) ms = instant.getTime();
  else if (INSTANT_WITH_OFFSET.test(instant)) ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant with an offset: ${String(instant)}`);
  return ms;
}
