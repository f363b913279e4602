// Messages of time every technician page reads: the kinds of time, a discarded timer. The refusals
// are time-refusals.fr.ts's (server only).
// French, the source: every key of this area is defined here first.
export const messages = {
  "time.kind.ON_SITE": "Sur place",
  "time.kind.REMOTE": "À distance",
  "time.kind.TRAVEL": "Déplacement",
  "time.kind.POOLED": "Mutualisé (pour tous les membres)",
  "time.timerDiscarded": "Moins d'une minute : rien n'a été enregistré.",
  // Page titles (app/utils/page-title.ts), before « · Quote-part ».
  "title.editTimeEntry": "Modifier une saisie",
} as const;
