// Chorus Pro's invoice statuses, in the lifecycle codes of the rest of the network (CDAR, XP Z12-012), so
// one timeline shows both channels. Pure. A status Chorus Pro adds later shows as its raw name.
import type { LifecycleCode } from "./lifecycle-status";

const CHORUS_TO_LIFECYCLE: Record<string, LifecycleCode> = {
  DEPOSEE: "200",
  EN_COURS_ACHEMINEMENT: "201",
  MISE_A_DISPOSITION: "203",
  MISE_A_DISPOSITION_COMPTABLE: "204",
  A_RECYCLER: "208",
  SUSPENDUE: "208",
  COMPLETEE: "209",
  SERVICE_FAIT: "205",
  MANDATEE: "205",
  MISE_EN_PAIEMENT: "211",
  // Chorus Pro's "rejetée" is the public buyer turning the invoice down: a refusal in CDAR terms.
  REJETEE: "210",
};

export function lifecycleCodeOfChorus(statut: string): string {
  return CHORUS_TO_LIFECYCLE[statut] ?? statut;
}
