import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { useSchemaForm } from "~/components/ui/use-schema-form";
import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxField, ErrorList, Field } from "~/components/ui/field";
import { MemberForm } from "~/components/members/member-form";
import { useTranslation } from "~/components/use-translation";
import { ItemList } from "~/components/ui/item-list";
import { BackLink } from "~/components/ui/back-link";
import { ContactSchema, MemberSchema } from "~/domain/members/member.schema";
import {
  addContact,
  assertMemberInScope,
  getMember,
  removeContact,
  updateMember,
} from "~/domain/members/members.server";
import { memberCreditCents } from "~/domain/payments/member-account.server";
import { formatCents, formatShareHalves } from "~/utils/format-amounts";
import { translate } from "~/utils/i18n";
import { can } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { readFormInScope } from "~/utils/forms/read-form-in-scope.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("accounting", "einvoicing", "members", "payments");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  pageTitle(matches, { name: data?.member.name, otherwise: "title.member" }),
];

export const loader = loaderWithPermission("members:read", async (user, { params }) => {
  const member = await getMember(user, params.memberId!);
  return {
    member,
    canManage: can(user.role, "members:manage"),
    canInvite: can(user.role, "users:invite"),
    canSeeSubscriptions: can(user.role, "subscriptions:manage"),
    // Overpayments not yet absorbed by an invoice: shown to those who record payments.
    creditCents: can(user.role, "payments:manage") ? await memberCreditCents(user.associationId, member.id) : 0,
    canSeeStatement: can(user.role, "payments:manage"),
    // The treasurer completes what e-invoicing needs (kind of buyer, routing, Chorus Pro) on its own page.
    canEditEInvoicing: can(user.role, "invoices:manage"),
  };
});

export const action = withSubmissionKey("member-record", async ({ request, params }: ActionFunctionArgs) => {
  const memberId = params.memberId!;
  // Out-of-scope ids answer 404 before anything about the form is said.
  const { user, formData } = await readFormInScope(request, "members:manage", (user) =>
    assertMemberInScope(user, memberId),
  );
  const intent = formData.get("intent");
  if (intent === "add-contact") {
    const submission = parseForm(formData, { schema: ContactSchema });
    if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
    const contact = await addContact(user, memberId, submission.value);
    return redirectWithToast(`/structures/${memberId}`, {
      type: "success",
      message: translate(user.locale, "members.contactAdded", { name: contact.name }),
    });
  }
  if (intent === "remove-contact") {
    const contact = await removeContact(user, memberId, String(formData.get("contactId") ?? ""));
    return redirectWithToast(`/structures/${memberId}`, {
      type: "success",
      message: translate(user.locale, "members.contactRemoved", { name: contact.name }),
    });
  }
  const submission = parseForm(formData, { schema: MemberSchema });
  if (submission.status !== "success")
    return data({ intent: "save-member", result: submission.reply() }, { status: 400 });
  await updateMember(user, memberId, submission.value);
  return redirectWithToast(`/structures/${memberId}`, {
    type: "success",
    message: translate(user.locale, "members.saved"),
  });
});

export default function MemberPage() {
  const { member, canManage, canInvite, canSeeSubscriptions, creditCents, canSeeStatement, canEditEInvoicing } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  return (
    <>
      <BackLink to="/structures">{t("members.title")}</BackLink>
      <h1>
        {member.name}{" "}
        <span className={`badge member-status-${member.status.toLowerCase()}`}>
          {t(`members.status.${member.status}`)}
        </span>
      </h1>
      {canSeeStatement ? (
        <p>
          <Link to={`/structures/${member.id}/releve`} className="button button-secondary">
            {t("statement.link")}
          </Link>
        </p>
      ) : null}
      {creditCents > 0 ? (
        <p className="card">{t("payments.form.credit", { amount: formatCents(creditCents, locale) })}</p>
      ) : null}
      {canManage ? (
        <div className="card">
          <h2>{t("members.identity")}</h2>
          <MemberForm
            defaultValue={member}
            lastResult={actionData?.intent === "save-member" ? actionData.result : null}
            submitLabel={t("members.save")}
          />
        </div>
      ) : (
        <MemberSummary member={member} />
      )}
      {canEditEInvoicing ? (
        <p>
          <Link to={`/structures/${member.id}/facturation-electronique`} className="button button-secondary">
            {t("members.einvoicing.title")}
          </Link>
        </p>
      ) : null}
      <section className="card">
        <h2>{t("members.contacts")}</h2>
        <ItemList items={member.contacts} empty={t("members.noContacts")}>
          {(contact) => (
            <li key={contact.id} className="contact-row">
              <div>
                <strong>{contact.name}</strong>
                {contact.jobTitle ? ` · ${contact.jobTitle}` : ""}
                {contact.receivesInvoices ? <span className="badge">{t("members.receivesInvoices")}</span> : null}
                <br />
                {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
                {contact.email && contact.phone ? " · " : null}
                {contact.phone ? <a href={`tel:${contact.phone.replace(/\s/g, "")}`}>{contact.phone}</a> : null}
              </div>
              {canManage ? (
                <div className="row-actions">
                  {canInvite && contact.email && !contact.userId ? (
                    <Link
                      to={`/admin/utilisateurs?${new URLSearchParams({ memberId: member.id, email: contact.email })}`}
                      className="button button-secondary"
                    >
                      {t("members.inviteContact")}
                    </Link>
                  ) : null}
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove-contact" />
                    <input type="hidden" name="contactId" value={contact.id} />
                    <button
                      type="submit"
                      className="button button-danger"
                      aria-label={t("members.removeContactOf", { name: contact.name })}
                    >
                      {t("members.removeContact")}
                    </button>
                  </Form>
                </div>
              ) : null}
            </li>
          )}
        </ItemList>
        {canManage ? (
          <ContactForm lastResult={actionData?.intent === "add-contact" ? actionData.result : null} />
        ) : null}
      </section>
      {canSeeSubscriptions ? (
        <section className="card">
          <h2>{t("subscriptions.title")}</h2>
          <ItemList items={member.subscriptions} empty={t("subscriptions.noneForMember")}>
            {(subscription) => (
              <li key={subscription.id}>
                <Link to={`/souscriptions/${subscription.id}`}>{subscription.period.label}</Link> —{" "}
                {t("subscriptions.sharesCount", { shares: formatShareHalves(subscription.shareHalves, locale) })}
                {subscription.capacityOverride ? (
                  <span className="badge badge-warn">{t("subscriptions.overCapacity")}</span>
                ) : null}
              </li>
            )}
          </ItemList>
        </section>
      ) : null}
    </>
  );
}

type LoadedMember = ReturnType<typeof useLoaderData<typeof loader>>["member"];

/** What technicians see: the directory, read-only, with clickable phone numbers for site visits. */
function MemberSummary({ member }: { member: LoadedMember }) {
  const { t } = useTranslation();
  const address = [member.addressLine1, member.addressLine2, `${member.postalCode} ${member.city}`.trim()].filter(
    Boolean,
  );
  return (
    <div className="card">
      <dl className="details">
        <dt>{t("members.field.address")}</dt>
        <dd>{address.length ? address.map((line) => <div key={line}>{line}</div>) : "—"}</dd>
        <dt>{t("members.field.phone")}</dt>
        <dd>{member.phone ? <a href={`tel:${member.phone.replace(/\s/g, "")}`}>{member.phone}</a> : "—"}</dd>
        <dt>{t("members.field.billingEmail")}</dt>
        <dd>{member.billingEmail || "—"}</dd>
        <dt>{t("members.field.siret")}</dt>
        <dd>{member.siret || member.siren || "—"}</dd>
        {member.notes ? (
          <>
            <dt>{t("members.field.notes")}</dt>
            <dd className="preserve-lines">{member.notes}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

function ContactForm({ lastResult }: { lastResult: SubmissionResult<string[]> | null | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(ContactSchema, { lastResult });
  return (
    <Form method="post" className="stack contact-form" {...getFormProps(form)}>
      <SubmissionKeyField />
      <h3>{t("members.addContact")}</h3>
      <input type="hidden" name="intent" value="add-contact" />
      <ErrorList id={form.errorId} errors={form.errors} />
      <div className="grid grid-2">
        <Field field={fields.name} label={t("members.contact.name")} />
        <Field field={fields.jobTitle} label={t("members.contact.jobTitle")} />
        <Field field={fields.email} type="email" label={t("members.contact.email")} />
        <Field field={fields.phone} type="tel" label={t("members.contact.phone")} />
      </div>
      <CheckboxField field={fields.receivesInvoices} label={t("members.receivesInvoices")} />
      <div>
        <button type="submit" className="button button-secondary">
          {t("members.addContact")}
        </button>
      </div>
    </Form>
  );
}
