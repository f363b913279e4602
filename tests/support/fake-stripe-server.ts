// The fake Stripe (fake-stripe.ts) in a process of its own, for the browser journeys. playwright.config.ts
// starts it BEFORE the app's server, on E2E_PORT + 89: the demo seed, which runs at the server's start,
// pays its invoice by card against it (prisma/seed-card-payment.ts), and payment.desktop.spec.ts's
// member pays on its Checkout page, which sends the signed webhook to the app.
// It runs on the server's fixed clock (QUOTE_PART_CLOCK), so a payment is dated on the journeys' day.
import "../../scripts/fixed-clock";
import { startFakeStripe } from "./fake-stripe";

const fake = await startFakeStripe({
  port: Number(process.env.FAKE_STRIPE_PORT),
  webhookUrl: process.env.FAKE_STRIPE_WEBHOOK_URL,
  webhookSecret: process.env.FAKE_STRIPE_WEBHOOK_SECRET,
});
console.log(`Fake Stripe: ${fake.url}`);
const stop = () => void fake.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
