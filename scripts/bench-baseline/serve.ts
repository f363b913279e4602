// Serves the built baseline page (build-baseline/) through the app's own Express pipeline.
import { createHttpPipeline } from "../http-pipeline";

process.env.NODE_ENV ??= "production";
const app = await createHttpPipeline({ development: false, buildDirectory: "build-baseline" });
const port = Number(process.env.PORT ?? 3341);
app.listen(port, process.env.HOST ?? "127.0.0.1", () => console.log(`baseline on ${port}`));
