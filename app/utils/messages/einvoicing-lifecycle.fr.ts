// Messages of an issued document's e-invoicing lifecycle: the timeline's statuses (CDAR codes), and what
// the treasurer does about a rejection.
// French, the source: every key of this area is defined here first.
export const messages = {
  "einvoicing.lifecycle.title": "Suivi de la facture électronique",
  "einvoicing.lifecycle.channel.PA": "Transmise par la plateforme agréée de l'association.",
  "einvoicing.lifecycle.channel.CHORUS_PRO": "Transmise par Chorus Pro (client public).",
  "einvoicing.lifecycle.waiting": "En cours de dépôt : le statut apparaîtra ici dès que la plateforme l'aura reçue.",
  "einvoicing.lifecycle.current": "Statut actuel",
  "einvoicing.lifecycle.memberStatus": "Facture électronique : {status}",
  "einvoicing.lifecycle.reason": "Motif : {reason}",
  "einvoicing.lifecycle.amount": "Montant encaissé : {amount}",
  "einvoicing.status.200": "Déposée",
  "einvoicing.status.201": "Émise par la plateforme",
  "einvoicing.status.202": "Reçue par la plateforme du client",
  "einvoicing.status.203": "Mise à disposition du client",
  "einvoicing.status.204": "Prise en charge",
  "einvoicing.status.205": "Approuvée",
  "einvoicing.status.206": "Approuvée partiellement",
  "einvoicing.status.207": "En litige",
  "einvoicing.status.208": "Suspendue",
  "einvoicing.status.209": "Complétée",
  "einvoicing.status.210": "Refusée",
  "einvoicing.status.211": "Paiement transmis",
  "einvoicing.status.212": "Encaissée",
  "einvoicing.status.213": "Rejetée",
  "einvoicing.status.214": "Visée",
  "einvoicing.status.501": "Irrecevable",
  "einvoicing.status.unknown": "Statut {code}",
  "einvoicing.rejection.title": "Que faire maintenant ?",
  "einvoicing.rejection.rejected": "La plateforme a rejeté cette facture : elle n'a pas été transmise au client.",
  "einvoicing.rejection.refused": "Le client a refusé cette facture.",
  "einvoicing.rejection.noReason": "La plateforme n'a pas donné de motif.",
  "einvoicing.rejection.explain":
    "Une facture émise ne se modifie pas et ne se supprime pas. Émettez un avoir qui l'annule, puis une facture corrigée : elle partira à la plateforme avec un nouveau numéro.",
  "einvoicing.rejection.step1": "1. Émettre l'avoir",
  "einvoicing.rejection.step1.done": "1. Avoir émis : la facture rejetée est annulée.",
  "einvoicing.rejection.step2": "2. Préparer la facture corrigée",
  "einvoicing.rejection.step2.hint":
    "Un brouillon reprend les lignes de cette facture : corrigez ce que le motif signale, puis émettez-le.",
  "einvoicing.rejection.open": "2. Ouvrir la facture corrigée",
  "einvoicing.rejection.drafted":
    "Le brouillon de la facture corrigée est prêt : corrigez-le si besoin, puis émettez-le.",
  "einvoicing.settings.chorus.title": "Chorus Pro (clients publics)",
  "einvoicing.settings.chorus.intro":
    "Les factures aux organismes publics sont déposées sur Chorus Pro, avec le code service et le numéro d'engagement de l'année, puis suivies jusqu'au paiement. Il faut une application PISTE et le compte technique Chorus Pro de l'association.",
  "einvoicing.settings.chorus.baseUrl": "Adresse de l'API Chorus Pro (PISTE)",
  "einvoicing.settings.chorus.baseUrl.hint":
    "Production : https://api.piste.gouv.fr ; qualification : https://sandbox-api.piste.gouv.fr. Vide : aucun dépôt.",
  "einvoicing.settings.chorus.tokenUrl": "Adresse du jeton OAuth2 PISTE",
  "einvoicing.settings.chorus.tokenUrl.hint":
    "Production : https://oauth.piste.gouv.fr/api/oauth/token. Vide : l'adresse de l'API suivie de /api/oauth/token.",
  "einvoicing.settings.chorus.clientId": "Identifiant client PISTE",
  "einvoicing.settings.chorus.clientSecret": "Secret client PISTE",
  "einvoicing.settings.chorus.login": "Identifiant du compte technique Chorus Pro",
  "einvoicing.settings.chorus.password": "Mot de passe du compte technique Chorus Pro",
  "einvoicing.settings.chorus.stored": "Enregistré (chiffré, jamais réaffiché). Laissez vide pour le garder.",
  "einvoicing.settings.chorus.save": "Enregistrer la connexion Chorus Pro",
  "einvoicing.settings.chorus.saved": "La connexion à Chorus Pro est enregistrée.",
  "einvoicing.settings.errors.chorusLogin": "Indiquez l'identifiant du compte technique Chorus Pro.",
  "einvoicing.settings.pa.directoryUrl": "Adresse de l'API Annuaire de la plateforme",
  "einvoicing.settings.pa.directoryUrl.hint":
    "Pour remplir l'adresse de facturation électronique d'un client depuis son SIREN. Vide : les adresses se saisissent à la main.",
  "members.einvoicing.directory.title": "Annuaire de la facturation électronique",
  "members.einvoicing.directory.lookup": "Chercher dans l'annuaire",
  "members.einvoicing.directory.hint":
    "Remplit l'adresse depuis l'annuaire de la facturation électronique, à partir du SIREN.",
  "members.einvoicing.directory.none":
    "Sans annuaire de plateforme agréée configuré, saisissez l'adresse que le client vous a communiquée.",
  "members.einvoicing.directory.found": "Adresse trouvée dans l'annuaire : {address}.",
  // Page titles (app/utils/page-title.ts), before « · Quote-part ».
  "title.invoice": "Facture",
} as const;
