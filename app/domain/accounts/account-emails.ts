// The texts of the account emails, from the catalogue (mail area). A password reset goes to a user,
// in their language; an invitation to someone who may have no account yet, in the association's.
// Plain text, so they read well in every mail client.
import { translate, type Locale } from "~/utils/i18n";
import type { MailMessage } from "~/utils/mail.server";
import type { RoleName } from "~/utils/permissions";

export function passwordResetEmail(to: { email: string; name: string; locale: Locale }, link: string): MailMessage {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>) =>
    translate(to.locale, key, values);
  return {
    to: to.email,
    subject: t("mail.passwordReset.subject"),
    text: `${t("mail.helloName", { name: to.name })}\n\n${t("mail.passwordReset.body", { link })}`,
  };
}

export function invitationEmail(invitation: {
  email: string;
  name: string;
  associationName: string;
  inviterName: string;
  role: RoleName;
  memberName: string | null;
  link: string;
  locale: Locale;
}): MailMessage {
  const { locale } = invitation;
  const role = translate(locale, `mail.invitation.role.${invitation.role}`);
  const as = invitation.memberName
    ? translate(locale, "mail.invitation.roleFor", { role, member: invitation.memberName })
    : role;
  const hello = invitation.name
    ? translate(locale, "mail.helloName", { name: invitation.name })
    : translate(locale, "mail.hello");
  return {
    to: invitation.email,
    subject: translate(locale, "mail.invitation.subject", { association: invitation.associationName }),
    text: `${hello}\n\n${translate(locale, "mail.invitation.body", {
      inviter: invitation.inviterName,
      association: invitation.associationName,
      as,
      link: invitation.link,
    })}`,
  };
}
