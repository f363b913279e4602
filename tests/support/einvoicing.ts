// Connects a test association to the fake PA, as the treasurer does on the settings page.
import { forgetPaTokens } from "../../app/domain/einvoicing/pa-client.server";
import { updatePaConnection } from "../../app/domain/invoicing/einvoicing-settings.server";
import type { SeededAssociation } from "../../prisma/seed";
import type { FakePa } from "./fake-pa";
import { treasurerOf } from "./invoicing";

export async function connectFakePa(tenant: SeededAssociation, pa: FakePa) {
  forgetPaTokens();
  await updatePaConnection(treasurerOf(tenant), {
    paBaseUrl: pa.url,
    paTokenUrl: `${pa.url}/oauth/token`,
    paDirectoryUrl: pa.url,
    paClientId: pa.clientId,
    paClientSecret: pa.clientSecret,
  });
}
