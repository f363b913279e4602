// The PA's Directory service (annuaire, AFNOR XP Z12-013 directory-service-1.3.0): the directory lines of a
// SIREN, each with its addressing identifier (the routing address an invoice is sent to) and whether a
// platform receives on it. Same OAuth2 client as the Flow service; tests use tests/support/fake-pa.ts.
import { authorized, PaError, type PaConnection } from "./pa-client.server";

export type DirectoryLine = {
  addressingIdentifier: string;
  status: "Enabled" | "Disabled" | "Upcoming";
  siren: string;
  routingIdentifier?: string;
  businessName?: string;
};

export async function directoryLinesOfSiren(connection: PaConnection, siren: string): Promise<DirectoryLine[]> {
  const response = await authorized(connection, "/v1/directory-line/search", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ filters: { siren: { op: "strict", value: siren } }, include: ["siren"], limit: 20 }),
  });
  if (!response.ok) throw new PaError(`L'annuaire refuse la recherche (HTTP ${response.status}).`, response.status);
  const body = (await response.json()) as {
    results?: {
      addressingIdentifier?: string;
      directoryLineStatus?: DirectoryLine["status"];
      siren?: string;
      routingIdentifier?: string;
      legalUnit?: { businessName?: string };
    }[];
  };
  return (body.results ?? []).flatMap((line) =>
    line.addressingIdentifier && line.siren
      ? [
          {
            addressingIdentifier: line.addressingIdentifier,
            status: line.directoryLineStatus ?? "Disabled",
            siren: line.siren,
            routingIdentifier: line.routingIdentifier,
            businessName: line.legalUnit?.businessName,
          },
        ]
      : [],
  );
}
