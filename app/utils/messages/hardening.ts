// Messages of the guards every form goes through: size limits, control characters, date range,
// submission keys (app/utils/forms/).
export const fr = {
  "errors.formTooLarge":
    "Ce formulaire est trop volumineux pour être enregistré. Raccourcissez les textes ou envoyez-le en plusieurs fois.",
  "errors.uploadTooLarge": "Ce fichier est trop volumineux.",
  "errors.formMalformed": "Ce formulaire n'a pas pu être lu. Rechargez la page et recommencez.",
  "errors.controlCharacters":
    "Ce texte contient des caractères invisibles non autorisés. Retapez-le sans copier-coller.",
  "errors.dateRange": "Saisissez une date entre le 1er janvier 2000 et le 31 décembre 2099.",
  "errors.submissionReplayed": "Ce formulaire a déjà été envoyé.",
  "mailbox.masked": "lien masqué : seul·e le ou la destinataire le voit",
  "mailbox.previous": "Courriels plus récents",
  "mailbox.next": "Courriels plus anciens",
  "mailbox.page": "Page {page}",
};

export const en: Record<keyof typeof fr, string> = {
  "errors.formTooLarge": "This form is too large to be saved. Shorten the texts or send it in several parts.",
  "errors.uploadTooLarge": "This file is too large.",
  "errors.formMalformed": "This form could not be read. Reload the page and try again.",
  "errors.controlCharacters":
    "This text contains invisible characters that are not allowed. Type it again without copy-paste.",
  "errors.dateRange": "Enter a date between 1 January 2000 and 31 December 2099.",
  "errors.submissionReplayed": "This form has already been sent.",
  "mailbox.masked": "link hidden: only its addressee can see it",
  "mailbox.previous": "Newer emails",
  "mailbox.next": "Older emails",
  "mailbox.page": "Page {page}",
};
