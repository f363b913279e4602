// Messages of the French e-invoicing reform: members' e-invoicing profiles and the association's settings.
// French, the source: every key of this area is defined here first.
export const messages = {
  "einvoicing.settings.title": "Facturation électronique",
  "einvoicing.settings.link": "Facturation électronique",
  "einvoicing.settings.intro":
    "Depuis le 1er septembre 2026, les entreprises assujetties à la TVA reçoivent leurs factures par une plateforme agréée ; à partir du 1er septembre 2027, les associations qui facturent la TVA doivent aussi émettre les leurs par ce biais.",
  "einvoicing.settings.scope.legend": "Champ d'application",
  "einvoicing.settings.scope.byRegime": "D'après le régime de TVA choisi dans les paramètres :",
  "einvoicing.settings.scope.in": "Concernée : les factures émises sont transmises à la plateforme agréée.",
  "einvoicing.settings.scope.out":
    "Hors champ : rien ne change, les factures sont envoyées par e-mail comme aujourd'hui.",
  "einvoicing.settings.scope.overridden": "Ce choix s'écarte de ce que prévoit le régime de TVA.",
  "einvoicing.settings.scope.AUTO": "Suivre le régime de TVA (recommandé)",
  "einvoicing.settings.scope.IN_SCOPE": "Toujours transmettre à la plateforme agréée",
  "einvoicing.settings.scope.OUT_OF_SCOPE": "Ne pas transmettre (hors champ)",
  "einvoicing.settings.vat.legend": "Exigibilité de la TVA",
  "einvoicing.settings.vatOnDebits": "L'association a opté pour le paiement de la TVA d'après les débits",
  "einvoicing.settings.vatOnDebits.hint":
    "Pour des prestations de services, la TVA est due à l'encaissement, sauf option. Avec l'option, les factures portent la mention « TVA sur les débits ». Sans effet hors TVA.",
  "einvoicing.settings.save": "Enregistrer",
  "einvoicing.settings.saved": "Les paramètres de facturation électronique sont enregistrés.",
  "einvoicing.settings.unchanged": "Aucun changement.",
  "einvoicing.settings.pa.title": "Plateforme agréée",
  "einvoicing.settings.pa.intro":
    "Les factures et avoirs émis y sont déposés automatiquement quand l'association est dans le champ. Les organismes publics passent par Chorus Pro.",
  "einvoicing.settings.pa.baseUrl": "Adresse de l'API Flow de la plateforme",
  "einvoicing.settings.pa.baseUrl.hint":
    "Fournie par votre plateforme agréée, par exemple https://api.flow.ma-plateforme.fr/flow-service. Vide : aucune transmission.",
  "einvoicing.settings.pa.tokenUrl": "Adresse du jeton OAuth2",
  "einvoicing.settings.pa.tokenUrl.hint": "Vide : l'adresse de l'API suivie de /oauth/token.",
  "einvoicing.settings.pa.clientId": "Identifiant client OAuth2",
  "einvoicing.settings.pa.clientSecret": "Secret client OAuth2",
  "einvoicing.settings.pa.clientSecret.stored":
    "Un secret est enregistré (chiffré, jamais réaffiché). Laissez vide pour le garder.",
  "einvoicing.settings.pa.clientSecret.none": "Aucun secret enregistré. Il sera conservé chiffré et jamais réaffiché.",
  "einvoicing.settings.pa.save": "Enregistrer la connexion",
  "einvoicing.settings.pa.saved": "La connexion à la plateforme agréée est enregistrée.",
  "einvoicing.settings.errors.url": "Indiquez une adresse complète commençant par https:// (ou http:// en test).",
  "einvoicing.settings.errors.clientId": "Indiquez l'identifiant client fourni par la plateforme.",
  "members.einvoicing.title": "Facturation électronique",
  "members.einvoicing.intro":
    "Ces informations sont demandées avant d'émettre une facture : elles indiquent à la plateforme agréée comment la transmettre.",
  "members.einvoicing.buyerKind": "Type de client",
  "members.einvoicing.kind.VAT_BUSINESS": "Entreprise assujettie à la TVA",
  "members.einvoicing.kind.NON_VAT_ASSOCIATION": "Association non assujettie à la TVA",
  "members.einvoicing.kind.PUBLIC_BODY": "Organisme public (Chorus Pro)",
  "members.einvoicing.kind.INDIVIDUAL": "Particulier",
  "members.einvoicing.kind.derived": "Non renseigné : déduit de la case « client professionnel ».",
  "members.einvoicing.routingAddress": "Adresse de facturation électronique",
  "members.einvoicing.routingAddress.hint":
    "Le SIREN, éventuellement suivi d'un code de routage (par exemple 123456789_COMPTA). Laissez vide pour utiliser le SIREN.",
  "members.einvoicing.siren": "SIREN utilisé",
  "members.einvoicing.sirenMissing": "Aucun SIREN : renseignez-le dans « Identité et facturation » ci-dessus.",
  "members.einvoicing.save": "Enregistrer le profil de facturation électronique",
  "members.einvoicing.saved": "Le profil de facturation électronique est enregistré.",
  "members.einvoicing.public.title": "Références Chorus Pro par année",
  "members.einvoicing.public.none": "Aucune référence enregistrée.",
  "members.einvoicing.public.year": "Année",
  "members.einvoicing.public.serviceCode": "Code service",
  "members.einvoicing.public.engagementNumber": "Numéro d'engagement",
  "members.einvoicing.public.save": "Enregistrer les références",
  "members.einvoicing.public.saved": "Les références Chorus Pro de {year} sont enregistrées.",
  "members.einvoicing.errors.routingAddress":
    "Indiquez le SIREN (9 chiffres), éventuellement suivi de « _ » et d'un code de routage (lettres, chiffres, - _ .).",
  "members.einvoicing.errors.chorusIdentifier": "Lettres, chiffres et - _ . / seulement.",
  "members.einvoicing.errors.year": "Indiquez une année entre 2020 et 2100.",
  "einvoicing.refusal.notRejected": "Cette facture n'a été ni rejetée ni refusée : il n'y a rien à corriger.",
  "einvoicing.refusal.creditNoteFirst":
    "Émettez d'abord l'avoir qui annule la facture rejetée, puis la facture corrigée.",
  "einvoicing.refusal.sirenFirst": "Renseignez d'abord le SIREN de la structure : l'annuaire se consulte par SIREN.",
  "einvoicing.refusal.noDirectory":
    "L'association n'a pas d'annuaire de plateforme agréée configuré : saisissez l'adresse que le client vous a communiquée.",
  "einvoicing.refusal.noActiveAddress":
    "L'annuaire n'a aucune adresse active pour le SIREN {siren} : le client n'a pas encore choisi sa plateforme. Saisissez l'adresse qu'il vous a communiquée, ou laissez vide pour utiliser le SIREN.",
  // Page titles (app/utils/page-title.ts), before « · Quote-part ».
  "title.einvoicing": "Facturation électronique",
} as const;
