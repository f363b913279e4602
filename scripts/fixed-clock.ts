// The one way to run the server on a chosen day: QUOTE_PART_CLOCK=2026-11-24T09:00:00+01:00.
// Imported first by scripts/serve.ts. The clock starts at that instant when the process starts and
// then ticks normally, so timers, session ages and the outbox's delays keep working; only the
// starting point is moved. Browser journeys use it so that "today" is a known working day
// (tests/e2e/support/clock.ts sets the browser's clock to the same instant).
//
// Why a shifted global Date rather than a clock passed around: every `new Date()` and `Date.now()`
// in the app, in Prisma, in the session cookie and in the embedded database sees the same time,
// with no code path able to forget it.
const requested = process.env.QUOTE_PART_CLOCK;

if (requested) {
  const RealDate = Date;
  const start = RealDate.parse(requested);
  if (Number.isNaN(start)) {
    console.error(
      `QUOTE_PART_CLOCK n'est pas un instant ISO 8601 valide : « ${requested} » (exemple : 2026-11-24T09:00:00+01:00).`,
    );
    process.exit(1);
  }
  const offset = start - RealDate.now();
  const shiftedNow = () => RealDate.now() + offset;
  // A Proxy keeps `instanceof Date`, Date.UTC, Date.parse and `Date()` called as a function working.
  globalThis.Date = new Proxy(RealDate, {
    construct(target, args, newTarget) {
      const prototypeSource = newTarget === globalThis.Date ? target : newTarget;
      return args.length === 0
        ? Reflect.construct(target, [shiftedNow()], prototypeSource)
        : Reflect.construct(target, args, prototypeSource);
    },
    apply(target) {
      return new target(shiftedNow()).toString();
    },
    get(target, property) {
      if (property === "now") return shiftedNow;
      return Reflect.get(target, property, target);
    },
  });
  console.warn(`Horloge fixée : le serveur démarre au ${new RealDate(start).toISOString()} (QUOTE_PART_CLOCK).`);
}

export {};
