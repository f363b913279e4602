// Why the server refused a time entry or a timer action (app/domain/time/time-refusal.ts). Server only:
// the refusal reaches the phone as a sentence (the form's error, the offline queue's item), so the
// browser never loads these (load-messages.ts), and Today's JavaScript does not carry them (issue 15).
// French, the source: every key of this area is defined here first.
export const messages = {
  "time.refusal.NOT_TECHNICIAN": "Votre compte n'est rattaché à aucune fiche technicien.",
  "time.refusal.LOCKED_PERIOD": "Période clôturée ({period}) : demandez un ajustement au bureau.",
  "time.refusal.OVERLAP": "Cette saisie chevauche une autre saisie ({other}, de {start} à {end}).",
  "time.refusal.TIMER_RUNNING":
    "Un chrono tourne déjà : « {title} », depuis {since}. Arrêtez-le avant d'en démarrer un autre.",
  "time.refusal.NO_TIMER": "Aucun chrono ne tourne.",
  "time.refusal.TOO_LONG": "Une saisie ne peut pas dépasser 12 heures.",
  "time.refusal.END_BEFORE_START": "L'heure de fin doit suivre l'heure de début.",
  "time.refusal.EMPTY": "La durée est nulle : indiquez au moins une minute.",
  "time.refusal.INVALID_TIME": "Heure invalide : utilisez le format 09:30.",
  "time.refusal.INVALID_DATE": "Date invalide.",
  "time.refusal.END_IN_FUTURE": "L'heure de fin ne peut pas être dans le futur.",
  "time.refusal.RUNNING_ENTRY": "Ce chrono tourne encore : arrêtez-le d'abord.",
  "time.refusal.CLIENT_ID_TAKEN": "Cet identifiant de saisie est déjà utilisé : rechargez la page.",
  "time.refusal.INVALID": "Saisie incomplète : {details}",
  "time.refusal.NO_PERIOD":
    "Aucune période ne couvre le {date} : demandez au trésorier d'ouvrir la période, puis saisissez à nouveau.",
  "time.refusal.FUTURE_DATE": "Cette date est dans le futur : saisissez le temps une fois le travail fait.",
  "time.refusal.INTERVENTION_SIGNED":
    "La fiche de « {title} » est signée : on ne peut plus y ajouter ni modifier de temps.",
  "time.refusal.INTERVENTION_CANCELLED": "L'intervention « {title} » est annulée : on ne peut pas y saisir de temps.",
  "time.refusal.INTERVENTION_NOT_PLANNED":
    "L'intervention « {title} » n'est pas encore planifiée : on ne peut pas y saisir de temps.",
} as const;
