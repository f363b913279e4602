// The member's signature, drawn with a finger on a canvas (signature_pad, loaded only here and
// only in the browser). The PNG goes into a hidden field when the stroke ends, so the form posts
// it like any other value. Without JS this renders nothing and the report is saved unsigned.
import { useEffect, useRef, useState } from "react";
import type SignaturePad from "signature_pad";
import { ErrorList } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";

export function SignatureField({
  errors,
  signerErrors,
  defaultSigner,
}: {
  errors?: string[];
  signerErrors?: string[];
  defaultSigner?: string;
}) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const [dataUrl, setDataUrl] = useState("");
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const canvas = canvasRef.current;
    if (!canvas) return;
    let width = -1;
    const onResize = () => {
      // Phones fire "resize" when the address bar slides away: only a real width change matters.
      if (canvas.offsetWidth === width) return;
      width = canvas.offsetWidth;
      // Match the canvas to its on-screen size and the screen's density, or strokes land offset;
      // the strokes already drawn are redrawn at the new size rather than lost.
      const pad = padRef.current;
      const strokes = pad?.toData() ?? [];
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      canvas.width = canvas.offsetWidth * ratio;
      canvas.height = canvas.offsetHeight * ratio;
      canvas.getContext("2d")?.scale(ratio, ratio);
      if (!pad) return;
      pad.clear();
      if (strokes.length > 0) pad.fromData(strokes);
      setDataUrl(pad.isEmpty() ? "" : pad.toDataURL("image/png"));
    };
    void import("signature_pad").then(({ default: Pad }) => {
      if (cancelled) return;
      onResize();
      const pad = new Pad(canvas, {
        backgroundColor: "rgb(255, 255, 255)",
        penColor: "rgb(20, 24, 40)",
        minWidth: 0.8,
        maxWidth: 2.6,
      });
      pad.addEventListener("endStroke", () => setDataUrl(pad.isEmpty() ? "" : pad.toDataURL("image/png")));
      padRef.current = pad;
      setReady(true);
    });
    window.addEventListener("resize", onResize);
    return () => {
      cancelled = true;
      window.removeEventListener("resize", onResize);
      padRef.current?.off();
      padRef.current = null;
    };
  }, []);

  return (
    <fieldset className="signature-field" hidden={!ready}>
      <legend>{t("reports.signature")}</legend>
      <div className="field">
        <label htmlFor="signerName">{t("reports.signerName")}</label>
        <input
          id="signerName"
          name="signerName"
          type="text"
          autoComplete="name"
          defaultValue={defaultSigner}
          aria-invalid={signerErrors?.length ? true : undefined}
        />
        <ErrorList errors={signerErrors} />
      </div>
      <p className="muted" id="signature-hint">
        {t("reports.signatureHint")}
      </p>
      <canvas
        ref={canvasRef}
        className="signature-canvas"
        aria-label={t("reports.signature")}
        aria-describedby="signature-hint"
        data-testid="signature-canvas"
      />
      <input type="hidden" name="signature" value={dataUrl} />
      <ErrorList errors={errors} />
      <div className="row-actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            padRef.current?.clear();
            setDataUrl("");
          }}
        >
          {t("reports.clear")}
        </button>
        <button type="submit" name="intent" value="sign" className="button button-huge">
          ✍ {t("reports.sign")}
        </button>
      </div>
    </fieldset>
  );
}
