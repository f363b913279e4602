// The demo association's accounts, shown on the login page and printed by `npm start`.
export const DEMO_PASSWORD = "quote-part-demo";
export const DEMO_SLUG = "amie-7-vallees";

// `label` is for the developer's console (npm start); the login page says each one in the reader's
// language from its role and, for a member, the organisation's name (login.demo.*).
export const demoAccounts = [
  { email: "admin@demo.quote-part.test", role: "admin", label: "administrateur (bureau)", member: null },
  { email: "tresorier@demo.quote-part.test", role: "treasurer", label: "trésorier", member: null },
  { email: "technicien@demo.quote-part.test", role: "technician", label: "technicien", member: null },
  {
    email: "membre@demo.quote-part.test",
    role: "member",
    label: "contact de la Ressourcerie du Val",
    member: "Ressourcerie du Val",
  },
  {
    email: "membre2@demo.quote-part.test",
    role: "member",
    label: "contact de la Coopérative Les Champs",
    member: "Coopérative Les Champs",
  },
] as const;
