// The lifecycle state as every list shows it, and the GET filter by state (works without JS:
// a plain form with a select and a button, the state goes into ?etat=).
import { Form } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import { LIFECYCLE_STATES, type LifecycleState } from "~/domain/scheduling/lifecycle";

const TONE: Record<LifecycleState, string> = {
  REQUESTED: "badge",
  PROPOSED: "badge badge-warn",
  PLANNED: "badge",
  IN_PROGRESS: "badge badge-warn",
  DONE: "badge badge-ok",
  SIGNED: "badge badge-ok",
  CANCELLED: "badge",
};

export function StateBadge({ state }: { state: LifecycleState }) {
  const { t } = useTranslation();
  return (
    <span className={TONE[state]} data-state={state}>
      {t(`lifecycle.state.${state}`)}
    </span>
  );
}

/** The state select of a GET filter form (`?etat=`); an empty value means every state. */
export function StateSelect({
  value,
  states = LIFECYCLE_STATES,
  id = "etat",
  className,
}: {
  value: LifecycleState | null;
  states?: readonly LifecycleState[];
  id?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className={className}>
      <label htmlFor={id}>{t("lifecycle.filter.label")}</label>
      <select id={id} name="etat" defaultValue={value ?? ""}>
        <option value="">{t("lifecycle.filter.all")}</option>
        {states.map((state) => (
          <option key={state} value={state}>
            {t(`lifecycle.state.${state}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function StateFilter({
  value,
  states = LIFECYCLE_STATES,
  id = "etat",
}: {
  value: LifecycleState | null;
  states?: readonly LifecycleState[];
  id?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="inline-form state-filter">
      <StateSelect value={value} states={states} id={id} className="state-filter-field" />
      <button type="submit" className="button button-secondary">
        {t("lifecycle.filter.submit")}
      </button>
    </Form>
  );
}
