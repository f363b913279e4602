// The demo association's accounts, shown on the login page and printed by `npm start`.
export const DEMO_PASSWORD = "quote-part-demo";
export const DEMO_SLUG = "amie-7-vallees";

export const demoAccounts = [
  { email: "admin@demo.quote-part.test", role: "admin", label: "administrateur (bureau)" },
  { email: "tresorier@demo.quote-part.test", role: "treasurer", label: "trésorier" },
  { email: "technicien@demo.quote-part.test", role: "technician", label: "technicien" },
  { email: "membre@demo.quote-part.test", role: "member", label: "contact de la Ressourcerie du Val" },
  { email: "membre2@demo.quote-part.test", role: "member", label: "contact de la Coopérative Les Champs" },
] as const;
