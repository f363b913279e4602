// Snapshots of loader output across seeds: ids (cuid or uuid) are random per seed, so each is
// replaced by its order of first appearance; the shape and the order stay compared.
export function masked(value: unknown) {
  const names = new Map<string, string>();
  const text = JSON.stringify(value).replace(
    /\b(c[a-z0-9]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/g,
    (id) => {
      if (!names.has(id)) names.set(id, `id${names.size + 1}`);
      return names.get(id)!;
    },
  );
  return JSON.parse(text) as unknown;
}
