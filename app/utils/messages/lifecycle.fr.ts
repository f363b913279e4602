// Messages of the intervention lifecycle (issue 11): states, closing, refusals, explained charges.
// French, the source: every key of this area is defined here first.
export const messages = {
  "lifecycle.state.REQUESTED": "Demandée",
  "lifecycle.state.PROPOSED": "Créneau proposé",
  "lifecycle.state.PLANNED": "Planifiée",
  "lifecycle.state.IN_PROGRESS": "En cours",
  "lifecycle.state.DONE": "Terminée",
  "lifecycle.state.SIGNED": "Fiche signée",
  "lifecycle.state.CANCELLED": "Annulée",
  "lifecycle.filter.label": "État",
  "lifecycle.filter.all": "Tous les états",
  "lifecycle.filter.submit": "Filtrer",
  "lifecycle.refused": "Impossible : l'intervention est « {state} ».",
  "lifecycle.refused.cancel":
    "Cette intervention est « {state} » : elle ne peut plus être annulée. Une correction passe par un ajustement du solde, fait par le trésorier ou le bureau.",
  "lifecycle.refused.move": "Cette intervention est « {state} » : elle ne peut plus être déplacée.",
  "lifecycle.refused.close": "Seule une intervention en cours (avec du temps saisi) peut être clôturée.",
  "lifecycle.close.title": "Clôturer l'intervention",
  "lifecycle.close.summary": "Résumé pour la structure",
  "lifecycle.close.summaryHint": "Quelques mots : ce qui a été fait, ce qui reste.",
  "lifecycle.close.submit": "Clôturer l'intervention",
  "lifecycle.close.done": "Intervention clôturée : la structure a été prévenue.",
  "lifecycle.close.summaryRequired": "Écrivez un court résumé pour la structure.",
  "lifecycle.closedOn": "Clôturée le {date}",
  "lifecycle.explained": "Temps décompté",
  "lifecycle.signedHash": "Empreinte de la fiche signée : {hash}",
  "lifecycle.report": "Fiche d'intervention",
  "lifecycle.reportPdf": "Télécharger la fiche signée (PDF)",
  "lifecycle.noCancelDone": "Cette intervention est terminée : elle ne peut plus être annulée.",
  "lifecycle.refusal.NOT_IN_PROGRESS": "Seule une intervention en cours (avec du temps saisi) peut être clôturée.",
  "lifecycle.refusal.TIMER_RUNNING":
    "Un chrono tourne encore sur cette intervention : arrêtez-le avant de la clôturer.",
  "lifecycle.refusal.NOT_DONE": "L'intervention doit être clôturée avant de faire signer la fiche.",
  "lifecycle.refusal.SIGNED": "Cette fiche est signée : elle ne peut plus être modifiée.",
  "lifecycle.close.needsTime": "Saisissez le temps passé (chrono ou saisie) avant de clôturer l'intervention.",
  "lifecycle.sign.hint": "Faites signer la structure une fois l'intervention clôturée.",
  "lifecycle.entries": "Temps saisi",
  "scheduling.portion.ANY": "Indifférent",
  "lifecycle.preferredDate.past":
    "La date souhaitée ({date}) est déjà passée. Prochains jours d'intervention possibles : {days}.",
  "lifecycle.preferredDate.notWorking":
    "Personne n'intervient le {date} (jour non travaillé, férié ou absence). Prochains jours d'intervention possibles : {days}.",
  "lifecycle.correction.link": "Corriger le temps décompté",
  "lifecycle.correction.title": "Corriger « {title} »",
  "lifecycle.correction.intro":
    "Une intervention terminée ou signée ne s'annule pas et ne se déplace pas : ses temps et sa fiche signée restent tels quels. La correction ajoute un ajustement au solde de {member}, rattaché à cette intervention, avec sa raison. Il est gardé dans le journal d'audit, et la structure le voit dans ses mouvements.",
  "lifecycle.correction.notFinished":
    "Seule une intervention terminée ou signée se corrige par un ajustement ; celle-ci est « {state} ».",
  "lifecycle.correction.noSubscription":
    "Cette structure n'a pas de souscription sur la période de l'intervention : rien n'a été enregistré.",
  "lifecycle.correction.done": "Correction de {duration} enregistrée sur le solde de la structure.",
  "lifecycle.correction.previous": "Corrections déjà enregistrées",
  "lifecycle.correction.none": "Aucune correction pour l'instant.",
  "lifecycle.correction.back": "Retour à l'intervention",
  // Page titles (app/utils/page-title.ts), before « · Quote-part ».
  "title.request": "Demande",
  "title.myRequests": "Mes demandes",
  "title.intervention": "Intervention",
  "title.interventionReport": "Fiche d'intervention",
  "title.planning": "Planning",
  "title.newRequest": "Demander une intervention",
  "title.requestsToPlan": "Demandes à planifier",
} as const;
