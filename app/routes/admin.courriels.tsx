import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { useTranslation } from "~/components/use-translation";
import { localMailboxPage } from "~/domain/accounts/mailbox.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatLocalDate, formatLocalTime } from "~/utils/format-instants";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("accounts");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.mailbox")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "mailbox:read");
  const page = await localMailboxPage(user, Number(new URL(request.url).searchParams.get("page") ?? 1));
  // The Date header is RFC 2822 English ("Tue, 24 Nov 2026 08:00:29 +0000"): shown in the reader's words and zone.
  const readable = (header: string) => {
    const instant = new Date(header);
    if (Number.isNaN(instant.getTime())) return header;
    return `${formatLocalDate(instant, user.locale, user.timeZone)} · ${formatLocalTime(instant, user.locale, user.timeZone)}`;
  };
  return { ...page, mails: page.mails.map((mail) => ({ ...mail, date: readable(mail.date) })) };
}

export default function MailboxPage() {
  const { directory, mails, page, pageCount } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("mailbox.title")}</h1>
      <p>{t("mailbox.intro")}</p>
      <p className="muted">
        {t("mailbox.files")} <code>{directory}</code>
      </p>
      {mails.length === 0 ? <p className="muted">{t("mailbox.empty")}</p> : null}
      {mails.map((mail) => (
        <article key={mail.file} className="card">
          <h2 style={{ marginTop: 0, fontSize: "1.1rem" }}>{mail.subject || "—"}</h2>
          <p className="muted" style={{ margin: 0 }}>
            {t("mailbox.to")} {mail.to} · {mail.date}
          </p>
          {mail.attachments.length > 0 ? (
            <p style={{ margin: "0.5rem 0 0" }}>
              {t("mailbox.attachments")} {mail.attachments.join(", ")}
            </p>
          ) : null}
          <pre className="mail">
            <LinkifiedText text={mail.text} />
          </pre>
          <details>
            <summary>{t("mailbox.raw")}</summary>
            <pre className="mail">{mail.raw}</pre>
          </details>
        </article>
      ))}
      {pageCount > 1 ? (
        <nav className="filter-bar" aria-label={t("mailbox.page", { page })}>
          {page > 1 ? <Link to={`?page=${page - 1}`}>← {t("mailbox.previous")}</Link> : null}
          <span className="muted">
            {t("mailbox.page", { page })} / {pageCount}
          </span>
          {page < pageCount ? <Link to={`?page=${page + 1}`}>{t("mailbox.next")} →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

/** Links in the mail become clickable, so invitations and resets can be followed while developing. */
function LinkifiedText({ text }: { text: string }) {
  const pieces = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <>
      {pieces.map((piece, index) =>
        index % 2 === 1 ? (
          <a key={index} href={piece}>
            {piece}
          </a>
        ) : (
          <Fragment key={index}>{piece}</Fragment>
        ),
      )}
    </>
  );
}
