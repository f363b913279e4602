// What names a member organisation and says where to write to it: the member form edits these
// fields, and an issued invoice keeps a copy of them as they were on the day it was issued.
export type MemberNameAndAddress = {
  name: string;
  siren: string | null;
  siret: string | null;
  addressLine1: string;
  addressLine2: string;
  postalCode: string;
  city: string;
};
