// The e-invoicing card of a member page: kind of buyer and routing address, and, for a public body, the
// Chorus Pro references per year. Plain forms: they work without JavaScript (the references form
// appears once the kind "organisme public" is saved).
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { DataTable } from "~/components/ui/data-table";
import { useTranslation } from "~/components/use-translation";
import { BUYER_KINDS, type BuyerKind } from "~/domain/invoicing/einvoicing-france";
import { EInvoicingProfileSchema, PublicReferenceSchema } from "~/domain/members/einvoicing-profile.schema";

export type EInvoicingProfileView = {
  siren: string | null;
  siret: string | null;
  isProfessional: boolean;
  buyerKind: BuyerKind | null;
  routingAddress: string;
  publicReferences: { id: string; year: number; serviceCode: string; engagementNumber: string }[];
};

type Result = SubmissionResult<string[]> | null | undefined;

export function EInvoicingProfileCard({
  profile,
  profileResult,
  referenceResult,
  currentYear,
}: {
  profile: EInvoicingProfileView;
  profileResult: Result;
  referenceResult: Result;
  currentYear: number;
}) {
  const { t } = useTranslation();
  const effectiveKind = profile.buyerKind ?? (profile.isProfessional ? "VAT_BUSINESS" : "NON_VAT_ASSOCIATION");
  const [form, fields] = useForm({
    id: "einvoicing-profile",
    lastResult: profileResult,
    defaultValue: { buyerKind: effectiveKind, routingAddress: profile.routingAddress },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EInvoicingProfileSchema }),
    shouldValidate: "onBlur",
  });
  const siren = profile.siren ?? (profile.siret ? profile.siret.slice(0, 9) : null);
  return (
    <section className="card">
      <p className="muted">{t("members.einvoicing.intro")}</p>
      <dl className="details">
        <dt>{t("members.einvoicing.siren")}</dt>
        <dd>{siren ?? t("members.einvoicing.sirenMissing")}</dd>
      </dl>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="save-einvoicing" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <SelectField
          field={fields.buyerKind}
          label={t("members.einvoicing.buyerKind")}
          options={BUYER_KINDS.map((kind) => ({ value: kind, label: t(`members.einvoicing.kind.${kind}`) }))}
        />
        <Field
          field={fields.routingAddress}
          label={t("members.einvoicing.routingAddress")}
          hint={t("members.einvoicing.routingAddress.hint")}
        />
        {profile.buyerKind === null ? <p className="muted">{t("members.einvoicing.kind.derived")}</p> : null}
        <div>
          <button type="submit" className="button button-secondary">
            {t("members.einvoicing.save")}
          </button>
        </div>
      </Form>
      {effectiveKind === "PUBLIC_BODY" ? (
        <PublicReferences
          references={profile.publicReferences}
          lastResult={referenceResult}
          currentYear={currentYear}
        />
      ) : null}
    </section>
  );
}

function PublicReferences({
  references,
  lastResult,
  currentYear,
}: {
  references: EInvoicingProfileView["publicReferences"];
  lastResult: Result;
  currentYear: number;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "public-reference",
    lastResult,
    defaultValue: { year: String(currentYear) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PublicReferenceSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <>
      <h3>{t("members.einvoicing.public.title")}</h3>
      <DataTable
        empty={t("members.einvoicing.public.none")}
        wrapped={false}
        rows={references}
        rowKey={(reference) => reference.id}
        columns={[
          { header: t("members.einvoicing.public.year"), cell: (reference) => reference.year },
          { header: t("members.einvoicing.public.serviceCode"), cell: (reference) => reference.serviceCode },
          {
            header: t("members.einvoicing.public.engagementNumber"),
            cell: (reference) => reference.engagementNumber,
          },
        ]}
      />
      <Form method="post" className="stack" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="save-public-reference" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <div className="grid grid-3">
          <Field field={fields.year} type="number" label={t("members.einvoicing.public.year")} />
          <Field field={fields.serviceCode} label={t("members.einvoicing.public.serviceCode")} />
          <Field field={fields.engagementNumber} label={t("members.einvoicing.public.engagementNumber")} />
        </div>
        <div>
          <button type="submit" className="button button-secondary">
            {t("members.einvoicing.public.save")}
          </button>
        </div>
      </Form>
    </>
  );
}
