// Messages of the period close (admin.periodes_.$periodId.cloture.tsx), its own area so that the
// pages that show balances (the member's home among them) do not load them.
// French, the source: every key of this area is defined here first.
export const messages = {
  "ledger.close.title": "Clôture de la période {label}",
  "ledger.close.intro":
    "La clôture reporte le temps non utilisé dans la limite de {cap} % de l'attribution, fait expirer le reste et relève les dépassements à facturer. Elle verrouille la période : ses temps ne pourront plus être corrigés que par des ajustements.",
  "ledger.close.notEnded": "Attention : la période n'est pas terminée (elle se termine le {date}).",
  "ledger.close.alreadyClosed":
    "Cette période est clôturée. Vous pouvez relancer la clôture pour appliquer les reports qui attendaient une souscription sur la période suivante ; rien d'autre ne changera.",
  "ledger.close.noNext":
    "Aucune période suivante n'existe encore : les reports seront appliqués en relançant la clôture une fois la période suivante et ses souscriptions créées.",
  "ledger.close.remaining": "Restant avant clôture",
  "ledger.close.cap": "Report maximal",
  "ledger.close.carried": "Reporté",
  "ledger.close.expired": "Expiré",
  "ledger.close.overage": "Dépassement",
  "ledger.close.overageAmount": "À facturer",
  "ledger.close.carryIn": "Report sur la période suivante",
  "ledger.close.carryIn.none": "—",
  "ledger.close.carryIn.applied": "Appliqué",
  "ledger.close.carryIn.to-apply": "Sera appliqué",
  "ledger.close.carryIn.waiting-subscription": "En attente d'une souscription",
  "ledger.close.carryIn.no-next-period": "En attente de la période suivante",
  "ledger.close.totals": "Total",
  "ledger.close.confirm":
    "Je confirme la clôture de la période {label} : reports, expirations et dépassements seront écrits et ne se défont pas.",
  "ledger.close.confirmFirst": "Cochez la case de confirmation avant de clôturer.",
  "ledger.close.submit": "Clôturer la période",
  "ledger.close.resubmit": "Appliquer les reports en attente",
  "ledger.close.done":
    "La période {label} est clôturée ({count, plural, one {# mouvement enregistré} other {# mouvements enregistrés}}).",
  "ledger.close.nothing": "Rien à changer : la clôture était déjà appliquée.",
  // Page titles (app/utils/page-title.ts), before « · Quote-part ».
  "title.periodClose": "Clôture de période",
} as const;
