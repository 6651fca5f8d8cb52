import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  MessageFlags,
  type SlashCommandSubcommandsOnlyBuilder,
} from "discord.js";
import {
  type CalendarStrings,
  calendarCommandTexts,
  calendarStrings,
  formatDay,
  NO_COUNTRY,
} from "../content/calendar-strings.js";
import type { Locale } from "../content/locale.js";
import { truncate } from "../domain/text.js";
import { findPlace, searchPlaces } from "../domain/tips/publicHolidays.js";
import {
  addBreak,
  type BreakProblem,
  breakId,
  breaksFingerprint,
  findBreak,
  MAX_BREAK_DAYS,
  MAX_BREAKS,
  type SchoolBreak,
} from "../domain/tips/schoolBreaks.js";
import { describePeriod, placeName } from "./calendarText.js";
import { button, type Component, type InteractionContext } from "./contracts.js";
import { customId } from "./customId.js";
import { localize } from "./localize.js";
import { moderator } from "./moderators.js";
import { confirmView } from "./views/layout.js";

/**
 * The class calendar's part of /config: `jours-feries pays [region]` and the `vacances` group (`ajouter du au
 * [nom]`, `retirer periode`, `effacer`), plus the lines /config voir and /aide show about the days with no tip.
 */
const texts = calendarCommandTexts;
export const calendarSubcommands = {
  holidays: texts.joursFeries.name.fr,
  breaks: texts.vacances.name.fr,
  add: texts.ajouter.name.fr,
  remove: texts.retirer.name.fr,
  clear: texts.effacer.name.fr,
} as const;
const names = {
  country: texts.joursFeries.options.pays.name.fr,
  region: texts.joursFeries.options.region.name.fr,
  from: texts.ajouter.options.du.name.fr,
  to: texts.ajouter.options.au.name.fr,
  label: texts.ajouter.options.nom.name.fr,
  period: texts.retirer.options.periode.name.fr,
} as const;

type Context = InteractionContext<string>;

export function addCalendarSubcommands<T extends SlashCommandSubcommandsOnlyBuilder>(builder: T): T {
  builder
    .addSubcommand((subcommand) =>
      localize(subcommand, texts.joursFeries)
        .addStringOption((option) =>
          localize(option, texts.joursFeries.options.pays).setRequired(true).setAutocomplete(true).setMaxLength(60),
        )
        .addStringOption((option) =>
          localize(option, texts.joursFeries.options.region).setAutocomplete(true).setMaxLength(80),
        ),
    )
    .addSubcommandGroup((group) =>
      localize(group, texts.vacances)
        .addSubcommand((subcommand) =>
          localize(subcommand, texts.ajouter)
            .addStringOption((option) => localize(option, texts.ajouter.options.du).setRequired(true).setMaxLength(20))
            .addStringOption((option) => localize(option, texts.ajouter.options.au).setRequired(true).setMaxLength(20))
            .addStringOption((option) => localize(option, texts.ajouter.options.nom).setMaxLength(60)),
        )
        .addSubcommand((subcommand) =>
          localize(subcommand, texts.retirer).addStringOption((option) =>
            localize(option, texts.retirer.options.periode).setRequired(true).setAutocomplete(true).setMaxLength(40),
          ),
        )
        .addSubcommand((subcommand) => localize(subcommand, texts.effacer)),
    );
  return builder;
}

/** `/config jours-feries pays [region]`: every problem named, nothing saved unless both are valid. */
export async function configurePublicHolidays(
  interaction: ChatInputCommandInteraction,
  context: Context,
): Promise<void> {
  const { locale, guildId } = context;
  const strings = calendarStrings[locale];
  const typedCountry = interaction.options.getString(names.country, true).trim();
  const typedRegion = interaction.options.getString(names.region)?.trim() || undefined;
  const { holidays } = context;
  const reply = (content: string) => interaction.reply({ content, flags: MessageFlags.Ephemeral });

  if (NO_COUNTRY.includes(typedCountry.toLowerCase())) {
    await context.guildSettings.update(guildId, { holidayCountry: null, holidayRegion: null });
    return void (await reply(strings.holidaysNone));
  }
  const countries = holidays.countries(locale);
  const country = findPlace(countries, typedCountry);
  if (!country) {
    const codes = countries.map((place) => place.code).sort();
    return void (await reply(
      truncate(`${strings.unknownCountry(typedCountry, codes)}\n${strings.nothingChanged}`, 2000),
    ));
  }
  let region: string | null = null;
  if (typedRegion) {
    const regions = holidays.regions(country.code, locale);
    const found = findPlace(regions, typedRegion);
    if (!found) {
      const problem =
        regions.length === 0
          ? strings.noRegions(country.name)
          : strings.unknownRegion(
              typedRegion,
              country.name,
              regions.map((place) => `${place.code} (${place.name})`),
            );
      return void (await reply(truncate(`${problem}\n${strings.nothingChanged}`, 2000)));
    }
    region = found.code;
  }
  await context.guildSettings.update(guildId, { holidayCountry: country.code, holidayRegion: region });
  await reply(strings.holidaysSaved(placeName(holidays, locale, country.code, region) ?? country.name));
}

/** `/config vacances ajouter|retirer|effacer`. */
export async function editSchoolBreaks(interaction: ChatInputCommandInteraction, context: Context): Promise<void> {
  const { locale, guildId } = context;
  const strings = calendarStrings[locale];
  const show = (period: SchoolBreak) => describePeriod(period, locale, strings);
  let content: string;
  switch (interaction.options.getSubcommand()) {
    case calendarSubcommands.add: {
      let outcome: ReturnType<typeof addBreak> | undefined;
      // Validated against the current periods under the settings' lock: two moderators at once lose nothing.
      await context.guildSettings.update(guildId, (current) => {
        outcome = addBreak(current.breaks, {
          from: interaction.options.getString(names.from, true),
          to: interaction.options.getString(names.to, true),
          label: interaction.options.getString(names.label),
        });
        return outcome.ok ? { breaks: outcome.breaks } : {};
      });
      if (!outcome) throw new Error("settings update did not run");
      content = outcome.ok
        ? strings.breakAdded(show(outcome.added))
        : [
            ...outcome.problems.map((problem) => describeProblem(problem, locale, strings)),
            strings.nothingChanged,
          ].join("\n");
      break;
    }
    case calendarSubcommands.remove: {
      const typed = interaction.options.getString(names.period, true);
      let removed: SchoolBreak | undefined;
      const after = await context.guildSettings.update(guildId, (current) => {
        removed = findBreak(current.breaks, typed);
        return removed ? { breaks: current.breaks.filter((period) => period !== removed) } : {};
      });
      if (removed) content = strings.breakRemoved(show(removed));
      else if (after.breaks.length === 0) content = strings.noBreaks;
      else content = strings.breakUnknown(typed, after.breaks.map(show));
      break;
    }
    default: {
      // Asked first: a slip of the finger must not wipe a year of holidays typed one by one.
      const { breaks } = await context.guildSettings.get(guildId);
      if (breaks.length > 0) {
        await interaction.reply({ ...clearQuestionView(breaks, locale), flags: MessageFlags.Ephemeral });
        return;
      }
      content = strings.noBreaks;
    }
  }
  await interaction.reply({ content: truncate(content, 2000), flags: MessageFlags.Ephemeral });
}

/** The buttons of `/config vacances effacer`'s question: "config:breaks-clear:<fingerprint>" and "config:breaks-keep". */
const clearActions = { confirm: "breaks-clear", keep: "breaks-keep" } as const;

/** Each period as one line ("du 19/12/2030 au 05/01/2031 (Noël)"), for the clearing question and its answer. */
function periodLines(periods: readonly SchoolBreak[], locale: Locale): string[] {
  return periods.map((period) => describePeriod(period, locale, calendarStrings[locale]));
}

function clearQuestionView(breaks: readonly SchoolBreak[], locale: Locale) {
  const strings = calendarStrings[locale];
  return confirmView(
    truncate(strings.clearQuestion(periodLines(breaks, locale)), 2000),
    { id: customId("config", clearActions.confirm, breaksFingerprint(breaks)), label: strings.confirmClear },
    { id: customId("config", clearActions.keep), label: strings.keepBreaks },
  );
}

/** The handlers `/config` routes for clearing the holiday periods (spread into its components). */
export const schoolBreakHandlers: Record<string, Component<string>> = {
  /** Clears the periods the question listed, once: a second click, or a list changed meanwhile, clears nothing. */
  [clearActions.confirm]: button(async (interaction, [fingerprint = ""], context) => {
    const { locale, guildId } = context;
    if (!(await moderator(interaction, locale))) return;
    const strings = calendarStrings[locale];
    let cleared: readonly SchoolBreak[] | undefined;
    const after = await context.guildSettings.update(guildId, (current) => {
      if (current.breaks.length === 0 || breaksFingerprint(current.breaks) !== fingerprint) return {};
      cleared = current.breaks;
      return { breaks: [] };
    });
    const content = cleared
      ? strings.breaksCleared(periodLines(cleared, locale))
      : after.breaks.length === 0
        ? strings.noBreaks
        : strings.breaksChanged;
    await interaction.update({ content: truncate(content, 2000), components: [] });
  }),
  [clearActions.keep]: button(async (interaction, _args, { locale }) => {
    await interaction.update({ content: calendarStrings[locale].clearCancelled, components: [] });
  }),
};

/** Autocomplete of `pays`, `region` and `periode`; false when the focused option is none of them. */
export async function calendarAutocomplete(interaction: AutocompleteInteraction, context: Context): Promise<boolean> {
  const focused = interaction.options.getFocused(true);
  const { locale } = context;
  const choices = (places: { code: string; name: string }[]) =>
    interaction.respond(
      places.map((place) => ({ name: truncate(`${place.name} (${place.code})`, 100), value: place.code })),
    );
  if (focused.name === names.country) {
    await choices(searchPlaces(context.holidays.countries(locale), focused.value));
    return true;
  }
  if (focused.name === names.region) {
    const typedCountry = interaction.options.getString(names.country) ?? "";
    const country = findPlace(context.holidays.countries(locale), typedCountry);
    await choices(country ? searchPlaces(context.holidays.regions(country.code, locale), focused.value) : []);
    return true;
  }
  if (focused.name === names.period) {
    const { breaks } = await context.guildSettings.get(context.guildId);
    const strings = calendarStrings[locale];
    const typed = focused.value.trim().toLowerCase();
    const matching = breaks
      .map((period) => ({ name: truncate(describePeriod(period, locale, strings), 100), value: breakId(period) }))
      .filter((choice) => typed === "" || choice.name.toLowerCase().includes(typed) || choice.value.includes(typed));
    await interaction.respond(matching.slice(0, 25));
    return true;
  }
  return false;
}

function describeProblem(problem: BreakProblem, locale: Locale, strings: CalendarStrings): string {
  switch (problem.kind) {
    case "invalid-date":
      return strings.invalidDate(problem.value);
    case "ends-before-start":
      return strings.endsBeforeStart(formatDay(problem.from, locale), formatDay(problem.to, locale));
    case "too-long":
      return strings.tooLong(problem.days, MAX_BREAK_DAYS);
    case "duplicate":
      return strings.duplicate(describePeriod(problem.existing, locale, strings));
    case "too-many":
      return strings.tooMany(MAX_BREAKS);
  }
}
