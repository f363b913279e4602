import { describe, expect, it } from "vitest";
import { isCrossSiteMutation } from "./csrf.server";

const appOrigin = "http://localhost:3000";

describe("isCrossSiteMutation", () => {
  it("lets every safe method through", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(
        isCrossSiteMutation({ method, appOrigin, originHeader: "https://evil.test", secFetchSite: "cross-site" }),
      ).toBe(false);
    }
  });
  it("refuses a POST from a foreign origin", () => {
    expect(
      isCrossSiteMutation({ method: "POST", appOrigin, originHeader: "https://evil.test", secFetchSite: null }),
    ).toBe(true);
  });
  it("refuses a POST the browser marks cross-site", () => {
    expect(isCrossSiteMutation({ method: "POST", appOrigin, originHeader: null, secFetchSite: "cross-site" })).toBe(
      true,
    );
  });
  it("refuses an opaque origin", () => {
    expect(isCrossSiteMutation({ method: "POST", appOrigin, originHeader: "null", secFetchSite: null })).toBe(true);
  });
  it("accepts same-origin posts and header-less clients", () => {
    expect(
      isCrossSiteMutation({ method: "POST", appOrigin, originHeader: appOrigin, secFetchSite: "same-origin" }),
    ).toBe(false);
    expect(isCrossSiteMutation({ method: "DELETE", appOrigin, originHeader: undefined, secFetchSite: undefined })).toBe(
      false,
    );
  });
});
