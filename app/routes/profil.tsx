import { getFormProps, useForm } from "@conform-to/react";
import { parseForm } from "~/utils/forms/parse-form";
import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { ProfileSchema } from "~/domain/accounts/profile.schema";
import { updateProfile } from "~/domain/accounts/profile.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { localeOf, translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { formAction } from "~/utils/forms/form-action.server";
import { SubmitButton } from "~/components/ui/submit-button";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("accounts", "scheduling");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.profile")];

export const loader = loaderWithPermission("profile:edit", (user) => ({
  name: user.name,
  email: user.email,
  locale: user.locale,
}));

export const action = formAction("profile:edit", ProfileSchema, async ({ user, submission }) => {
  const saved = await updateProfile(user, submission.value);
  // The toast already speaks the newly chosen language.
  return redirectWithToast(
    "/profil",
    {
      type: "success",
      message: translate(localeOf(saved.locale), "profile.saved"),
    },
    {},
    // The page's texts are loaded in one language: a new one needs a full page load (ADR 023).
    { reloadDocument: saved.locale !== user.locale },
  );
});

export default function ProfilePage() {
  const profile = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const [form, fields] = useForm({
    lastResult: navigation.state === "idle" ? actionData : null,
    onValidate: ({ formData }) => parseForm(formData, { schema: ProfileSchema }),
    shouldValidate: "onBlur",
    defaultValue: { name: profile.name, locale: profile.locale },
  });
  return (
    <div className="narrow">
      <div className="card">
        <h1>{t("profile.title")}</h1>
        <Form method="post" className="stack" {...getFormProps(form)}>
          <ErrorList id={form.errorId} errors={form.errors} />
          <Field
            label={t("invite.email")}
            inputProps={{ type: "email", value: profile.email, readOnly: true, name: undefined }}
            hint={t("profile.emailHint")}
          />
          <Field field={fields.name} label={t("profile.name")} inputProps={{ autoComplete: "name" }} />
          <SelectField field={fields.locale} label={t("profile.language")}>
            <option value="fr" lang="fr">
              Français
            </option>
            <option value="en" lang="en">
              English
            </option>
          </SelectField>
          <div>
            <SubmitButton className="button">{t("profile.save")}</SubmitButton>
          </div>
        </Form>
      </div>
      <p>
        <Link to="/profil/calendrier">{t("scheduling.feed.profileLink")}</Link>
      </p>
    </div>
  );
}
