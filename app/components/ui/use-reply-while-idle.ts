// A form that stays on its page once sent (an invitation, then the next one): the action's reply
// feeds the form only while nothing is on its way, so that a new submission does not keep showing
// the errors of the previous one.
import { useActionData, useNavigation } from "@remix-run/react";

/** `useSchemaForm(schema, { lastResult: useReplyWhileIdle<typeof action>() })`. */
export function useReplyWhileIdle<Action>() {
  const actionData = useActionData<Action>();
  const navigation = useNavigation();
  return navigation.state === "idle" ? actionData : null;
}
