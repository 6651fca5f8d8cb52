/**
 * `npm run playground [-- --port 5173]`: Réso in a browser, with no Discord application. Keeps Réso's data in
 * PLAYGROUND_DATA (an SQLite file) when set; otherwise in a temporary file removed on Ctrl+C.
 */
import { parseArgs } from "node:util";
import { type Playground, startPlayground } from "./playground.js";

const DEFAULT_PORT = 5173;

function readPort(): number {
  let values: { port?: string | undefined };
  try {
    ({ values } = parseArgs({ options: { port: { type: "string", short: "p" } }, strict: true }));
  } catch (error) {
    fail(
      `Option inconnue (${error instanceof Error ? error.message : String(error)}). Usage : npm run playground -- --port 5173`,
    );
  }
  const raw = values.port ?? process.env.PLAYGROUND_PORT;
  if (raw === undefined || raw === "") return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`--port doit être un numéro de port entre 1 et 65535 (reçu « ${raw} »).`);
  }
  return port;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function explain(error: unknown, port: number): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE") {
    return `Le port ${port} est déjà utilisé : fermez l'autre programme ou choisissez-en un autre (npm run playground -- --port 5174).`;
  }
  return `Le bac à sable n'a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}`;
}

async function main(): Promise<void> {
  const port = readPort();
  const dataFile = process.env.PLAYGROUND_DATA?.trim() || undefined;
  process.stdout.write("Démarrage du bac à sable Réso (Discord local, Réso, page web)…\n");
  let playground: Playground | undefined;
  let stopping = false;
  const stop = (code: number) => {
    // A second Ctrl+C while stopping changes nothing: the stop in progress finishes.
    if (stopping) return;
    stopping = true;
    void (async () => {
      process.stdout.write("\nArrêt du bac à sable…\n");
      await playground?.stop();
      process.stdout.write("Arrêté.\n");
      process.exit(code);
    })();
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));
  try {
    playground = await startPlayground({
      port,
      ...(dataFile ? { dataFile } : {}),
      onBotExit(output) {
        process.stderr.write(`Réso s'est arrêté de lui-même. Sa sortie :\n${output}\n`);
        stop(1);
      },
    });
  } catch (error) {
    process.stderr.write(`${explain(error, port)}\n`);
    process.exit(1);
  }
  process.stdout.write(
    [
      "",
      `  Réso — bac à sable : ${playground.url}`,
      "",
      "  Pour essayer Réso dans un navigateur, pas pour une classe : ce Discord local n'est visible que sur cet",
      "  ordinateur (127.0.0.1) et ses messages disparaissent à l'arrêt. Pour une classe, suivez le README.",
      dataFile
        ? `  Progression gardée dans ${dataFile}.`
        : "  Progression dans un fichier temporaire (PLAYGROUND_DATA=fichier.sqlite pour la garder).",
      "  Ctrl+C pour tout arrêter.",
      "",
    ].join("\n"),
  );
}

await main();
