// The texts of the account emails. French, because the association writes to people who may not
// have chosen a language yet; plain text so they read well in every mail client.
import type { MailMessage } from "~/utils/mail.server";
import type { RoleName } from "~/utils/permissions";

export function passwordResetEmail(to: { email: string; name: string }, link: string): MailMessage {
  return {
    to: to.email,
    subject: "Choisir un nouveau mot de passe – Quote-part",
    text: [
      `Bonjour ${to.name},`,
      "",
      "Une demande de nouveau mot de passe a été faite pour votre compte Quote-part.",
      "Pour choisir votre nouveau mot de passe, ouvrez ce lien :",
      "",
      link,
      "",
      "Le lien est valable une heure et ne sert qu'une seule fois.",
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.",
      "",
      "— Quote-part",
    ].join("\n"),
  };
}

const roleInFrench: Record<RoleName, string> = {
  admin: "membre du bureau (administration)",
  treasurer: "trésorier ou trésorière",
  technician: "technicien ou technicienne",
  member: "contact d'une structure adhérente",
};

export function invitationEmail(invitation: {
  email: string;
  name: string;
  associationName: string;
  inviterName: string;
  role: RoleName;
  memberName: string | null;
  link: string;
}): MailMessage {
  const as = invitation.memberName
    ? `${roleInFrench[invitation.role]} pour ${invitation.memberName}`
    : roleInFrench[invitation.role];
  return {
    to: invitation.email,
    subject: `Invitation à rejoindre ${invitation.associationName} sur Quote-part`,
    text: [
      invitation.name ? `Bonjour ${invitation.name},` : "Bonjour,",
      "",
      `${invitation.inviterName} vous invite à rejoindre ${invitation.associationName} sur Quote-part, l'outil de suivi de la maintenance informatique partagée, en tant que ${as}.`,
      "",
      "Pour créer votre compte (ou relier votre compte existant), ouvrez ce lien :",
      "",
      invitation.link,
      "",
      "Le lien est valable 7 jours et ne sert qu'une seule fois.",
      "Si vous ne vous attendiez pas à cette invitation, vous pouvez ignorer ce message.",
      "",
      "— Quote-part",
    ].join("\n"),
  };
}
