// Les courriels que reçoivent les personnes : comptes, interventions, soldes, factures, relances,
// paiements. Texte brut, lu dans tous les logiciels de messagerie. Seul le serveur les lit : le
// navigateur ne charge jamais cette partie (ADR 023).
export const messages = {
  "mail.hello": "Bonjour,",
  "mail.helloName": "Bonjour {name},",
  "mail.regards": "Bien cordialement,",
  "mail.passwordReset.subject": "Choisir un nouveau mot de passe – Quote-part",
  "mail.passwordReset.body":
    "Une demande de nouveau mot de passe a été faite pour votre compte Quote-part.\nPour choisir votre nouveau mot de passe, ouvrez ce lien :\n\n{link}\n\nLe lien est valable une heure et ne sert qu'une seule fois.\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.\n\n— Quote-part",
  "mail.invitation.subject": "Invitation à rejoindre {association} sur Quote-part",
  "mail.invitation.body":
    "{inviter} vous invite à rejoindre {association} sur Quote-part, l'outil de suivi de la maintenance informatique partagée, en tant que {as}.\n\nPour créer votre compte (ou relier votre compte existant), ouvrez ce lien :\n\n{link}\n\nLe lien est valable 7 jours et ne sert qu'une seule fois.\nSi vous ne vous attendiez pas à cette invitation, vous pouvez ignorer ce message.\n\n— Quote-part",
  "mail.invitation.role.admin": "membre du bureau (administration)",
  "mail.invitation.role.treasurer": "trésorier ou trésorière",
  "mail.invitation.role.technician": "technicien ou technicienne",
  "mail.invitation.role.member": "contact d'une structure adhérente",
  "mail.invitation.roleFor": "{role} pour {member}",
  "mail.closed.subject": "Intervention terminée : {title}",
  "mail.closed.body":
    "{technician} a terminé l'intervention « {title} » du {date}.\n\n{summary}\n\nLa fiche d'intervention, le temps passé et le temps décompté de vos parts : {link}\n\n{association}",
  "mail.ics.remote": "À distance",
  "mail.ics.onSite": "Sur place",
  "mail.report.subject": "Fiche d'intervention du {date} — {title}",
  "mail.report.body":
    "Vous trouverez ci-joint la fiche de l'intervention « {title} » du {date}, signée par {signer}.\n\nTemps passé : {raw} ; temps décompté de vos parts : {accounted}.\n\n{association}",
  "mail.alert.allotted": "Temps attribué : {duration}",
  "mail.alert.consumed": "Temps consommé : {duration}",
  "mail.alert.remaining": "Temps restant : {duration}",
  "mail.alert.periodEnd":
    "La période {period} se termine le {end}. Pensez à planifier les interventions dont vous avez besoin : au-delà du report autorisé, le temps non utilisé sera perdu.",
  "mail.alert.exhausted":
    "{member} a utilisé tout le temps de technicien prévu pour la période {period}. Le temps supplémentaire sera compté en dépassement.",
  "mail.alert.threshold": "{member} a utilisé {percent} % du temps de technicien prévu pour la période {period}.",
  "mail.alert.periodEndSubject": "{member} : la période {period} se termine bientôt",
  "mail.alert.thresholdSubject": "{member} : {percent} % de votre temps utilisé",
  "mail.alert.balanceLink": "Le détail de votre solde : {link}",
  "mail.paymentFailed.treasurerSubject": "Paiement en ligne échoué : facture {number}",
  "mail.paymentFailed.treasurerBody":
    "Le prélèvement SEPA de {amount} pour la facture {number} a échoué.{reason}\n\nLa facture est de nouveau à régler ; la structure a été prévenue.\n\n{link}\n",
  "mail.paymentFailed.memberSubject": "Votre paiement de la facture {number} n'a pas abouti",
  "mail.paymentFailed.memberBody":
    "Le prélèvement de {amount} pour la facture {number} n'a pas abouti.{reason}\n\nLa facture reste à régler : vous pouvez payer en ligne ou par virement depuis votre espace :\n{link}",
  "mail.paymentFailed.reason": " Motif donné par la banque : {reason}.",
  "mail.invoice.subject": "Facture {number} — {seller}",
  "mail.invoice.creditNoteSubject": "Avoir {number} — {seller}",
  "mail.invoice.body":
    "Veuillez trouver ci-joint la facture {number} du {date}, d'un montant de {amount}, à régler au plus tard le {due}.\n\nRèglement par virement : IBAN {iban}{bic}, en indiquant le numéro {number}.",
  "mail.invoice.bic": ", BIC {bic}",
  "mail.invoice.payOnline": "Payer en ligne (carte ou prélèvement SEPA) : {link}",
  "mail.invoice.creditNoteBody":
    "Veuillez trouver ci-joint l'avoir {number} du {date}, d'un montant de {amount}, qui corrige la facture {corrected}.",
  "mail.reminder.subjectOne": "Relance : facture {number}, {amount} restant à régler",
  "mail.reminder.subjectMany": "Relance : {count} factures, {amount} restant à régler",
  "mail.reminder.intro":
    "Sauf erreur de notre part, {count, plural, one {la facture suivante reste} other {les factures suivantes restent}} à régler :",
  "mail.reminder.line": "- facture {number} du {date}{due} : {amount} restant dû{partly}",
  "mail.reminder.lineDue": ", échue le {date}",
  "mail.reminder.linePartly": " (sur un total de {total}, déjà réglée en partie)",
  "mail.reminder.total":
    "Total restant dû : {amount}. {count, plural, one {Vous la trouverez en pièce jointe.} other {Vous les trouverez en pièces jointes.}}",
  "mail.reminder.bank":
    "Vous pouvez régler par virement sur le compte {iban}{bic}, en indiquant la référence {reference}.",
  "mail.reminder.bic": " (BIC {bic})",
  "mail.reminder.online": "Vous pouvez aussi payer en ligne (carte ou prélèvement SEPA) : {link}",
  "mail.reminder.alreadyPaid": "Si le paiement est déjà parti, merci de ne pas tenir compte de ce message.",
} as const;
