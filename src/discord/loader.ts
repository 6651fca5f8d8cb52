import { readdir } from "node:fs/promises";
import { basename, extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import type { CoursePack } from "../content/types.js";
import {
  type Command,
  commandDataPredicate,
  commandPredicate,
  type Event,
  eventPredicate,
  type LoadedCommand,
  type Service,
  servicePredicate,
} from "./contracts.js";

/** Raised when a command or event module is malformed: the bot refuses to start rather than half-work. */
export class LoaderError extends Error {
  override name = "LoaderError";
}

/** Modules of a folder, skipping helpers (index, names starting with "_"), type declarations and source maps. */
async function loadModules(folder: URL): Promise<{ file: string; module: unknown }[]> {
  const files = (await readdir(fileURLToPath(folder)))
    .filter((file) => /\.(?:js|ts)$/.test(file) && !file.endsWith(".d.ts"))
    .filter((file) => !file.startsWith("_") && basename(file, extname(file)) !== "index")
    .sort();
  return Promise.all(
    files.map(async (file) => ({
      file,
      module: ((await import(new URL(file, folder).href)) as { default?: unknown }).default,
    })),
  );
}

function check<T>(predicate: z.ZodType, file: string, module: unknown, kind: string): T {
  const result = predicate.safeParse(module);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join(".") || "(export par défaut)"} ${issue.message}`,
    );
    throw new LoaderError(`${kind} ${file} invalide : ${problems.join("; ")}`);
  }
  return module as T;
}

/** Every command of the folder, with its definition built for `pack` (the study questions it offers). */
export async function loadCommands(
  pack: CoursePack,
  folder = new URL("../commands/", import.meta.url),
): Promise<Map<string, LoadedCommand>> {
  const commands = new Map<string, LoadedCommand>();
  for (const { file, module } of await loadModules(folder)) {
    const declared = check<Command>(commandPredicate, file, module, "Commande");
    const data = typeof declared.data === "function" ? declared.data(pack) : declared.data;
    const command: LoadedCommand = { ...declared, data: check(commandDataPredicate, file, data, "Commande") };
    const fileName = basename(file, extname(file));
    if (command.data.name !== fileName) {
      throw new LoaderError(
        `Commande ${file} invalide : son nom est « ${command.data.name} », le fichier doit s'appeler ${command.data.name}.ts`,
      );
    }
    commands.set(command.data.name, command);
  }
  return commands;
}

export async function loadEvents(folder = new URL("../events/", import.meta.url)): Promise<Event[]> {
  const events: Event[] = [];
  for (const { file, module } of await loadModules(folder)) {
    const event = check<Event>(eventPredicate, file, module, "Événement");
    if (event.name !== basename(file, extname(file))) {
      throw new LoaderError(
        `Événement ${file} invalide : il écoute « ${event.name} », le fichier doit s'appeler ${event.name}.ts`,
      );
    }
    events.push(event);
  }
  return events;
}

export async function loadServices(folder = new URL("../services/", import.meta.url)): Promise<Service[]> {
  const services: Service[] = [];
  for (const { file, module } of await loadModules(folder)) {
    const service = check<Service>(servicePredicate, file, module, "Service");
    if (service.name !== basename(file, extname(file))) {
      throw new LoaderError(
        `Service ${file} invalide : il s'appelle « ${service.name} », le fichier doit s'appeler ${service.name}.ts`,
      );
    }
    services.push(service);
  }
  return services;
}
