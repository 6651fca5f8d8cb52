import MiniSearch from "minisearch";
import type { CourseDocument, CourseSection, SectionRef } from "../content/types.js";
import { paginate } from "./pagination.js";
import { foldText } from "./text.js";

/** Characters of section text per page: a comfortable read on a phone, well under the 4096 of an embed. */
export const PAGE_LIMIT = 1800;

export interface SectionEntry {
  readonly ref: SectionRef;
  readonly document: CourseDocument;
  readonly section: CourseSection;
  /** 0-based position of the section inside its document. */
  readonly indexInDocument: number;
  /** 0-based position in the whole course, for previous/next section across documents. */
  readonly indexInCourse: number;
  /** The section text as Discord markdown, split into pages. */
  readonly pages: readonly string[];
}

export interface SectionMatch {
  readonly entry: SectionEntry;
  readonly score: number;
}

interface IndexedSection {
  id: SectionRef;
  documentId: string;
  title: string;
  documentTitle: string;
  text: string;
}

/**
 * The course, indexed once at start: lookups by id, reading order, pages and accent-insensitive search.
 * Pure data in, no Discord: the commands only render what this returns.
 */
export class CourseCatalog {
  readonly documents: readonly CourseDocument[];
  readonly sections: readonly SectionEntry[];
  readonly #byRef = new Map<string, SectionEntry>();
  readonly #documentsById = new Map<string, CourseDocument>();
  readonly #sectionIndex: MiniSearch<IndexedSection>;
  readonly #documentIndex: MiniSearch<{ id: string; title: string; description: string; text: string }>;

  constructor(
    documents: readonly CourseDocument[],
    renderText: (text: string) => string,
    /** The course's name, shown above its contents. */
    readonly title: string,
  ) {
    this.documents = documents;
    const sections: SectionEntry[] = [];
    for (const document of documents) {
      this.#documentsById.set(document.id, document);
      document.sections.forEach((section, indexInDocument) => {
        const entry: SectionEntry = {
          ref: sectionRef(document.id, section.id),
          document,
          section,
          indexInDocument,
          indexInCourse: sections.length,
          pages: paginate(renderText(section.text), PAGE_LIMIT),
        };
        sections.push(entry);
        this.#byRef.set(entry.ref, entry);
      });
    }
    this.sections = sections;

    const searchOptions = { processTerm: (term: string) => foldText(term) || null };
    this.#sectionIndex = new MiniSearch<IndexedSection>({
      fields: ["title", "documentTitle", "text"],
      storeFields: ["id"],
      ...searchOptions,
      searchOptions: { boost: { title: 4, documentTitle: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: "AND" },
    });
    this.#sectionIndex.addAll(
      sections.map((entry) => ({
        id: entry.ref,
        documentId: entry.document.id,
        title: entry.section.title,
        documentTitle: entry.document.title,
        text: entry.section.text,
      })),
    );
    this.#documentIndex = new MiniSearch({
      fields: ["title", "description", "text"],
      ...searchOptions,
      searchOptions: { boost: { title: 4, description: 2 }, prefix: true, fuzzy: 0.2, combineWith: "AND" },
    });
    this.#documentIndex.addAll(
      documents.map((document) => ({
        id: document.id,
        title: document.title,
        description: document.description,
        text: document.sections.map((section) => `${section.title}\n${section.text}`).join("\n"),
      })),
    );
  }

  document(id: string): CourseDocument | undefined {
    return this.#documentsById.get(id);
  }

  section(ref: string): SectionEntry | undefined {
    return this.#byRef.get(ref);
  }

  sectionsOf(documentId: string): SectionEntry[] {
    return this.sections.filter((entry) => entry.document.id === documentId);
  }

  /** The section `offset` places away in reading order (across documents), if any. */
  neighbour(entry: SectionEntry, offset: -1 | 1): SectionEntry | undefined {
    return this.sections[entry.indexInCourse + offset];
  }

  /**
   * Documents for a query, best first; all of them, in course order, for an empty query.
   * Words must all match (prefix and small typos allowed); when none does, any word may.
   */
  searchDocuments(query: string): CourseDocument[] {
    if (foldText(query) === "") return [...this.documents];
    const hits = this.#searchWithFallback(this.#documentIndex, query);
    return hits.flatMap((hit) => this.document(String(hit.id)) ?? []);
  }

  /** Sections for a query, optionally inside one document; in reading order for an empty query. */
  searchSections(query: string, documentId?: string): SectionMatch[] {
    const inScope = (entry: SectionEntry) => documentId === undefined || entry.document.id === documentId;
    if (foldText(query) === "") return this.sections.filter(inScope).map((entry) => ({ entry, score: 0 }));
    const filter =
      documentId === undefined
        ? undefined
        : (result: { id: unknown }) => String(result.id).startsWith(`${documentId}/`);
    return this.#searchWithFallback(this.#sectionIndex, query, filter).flatMap((hit) => {
      const entry = this.section(String(hit.id));
      return entry ? [{ entry, score: hit.score }] : [];
    });
  }

  /** A document named by its id or its exact title (accents and case aside). */
  resolveDocument(typed: string): CourseDocument | undefined {
    const folded = foldText(typed);
    return this.document(typed.trim()) ?? this.documents.find((document) => foldText(document.title) === folded);
  }

  /** A section named by its ref ("document/section"), its id inside `documentId`, or its exact title. */
  resolveSection(typed: string, documentId?: string): SectionEntry | undefined {
    const trimmed = typed.trim();
    const direct = this.section(trimmed) ?? (documentId ? this.section(sectionRef(documentId, trimmed)) : undefined);
    if (direct && (documentId === undefined || direct.document.id === documentId)) return direct;
    const folded = foldText(trimmed);
    const byTitle = this.sections.filter(
      (entry) =>
        (documentId === undefined || entry.document.id === documentId) && foldText(entry.section.title) === folded,
    );
    return byTitle.length === 1 ? byTitle[0] : undefined;
  }

  #searchWithFallback<T>(
    index: MiniSearch<T>,
    query: string,
    filter?: (result: { id: unknown }) => boolean,
  ): { id: unknown; score: number }[] {
    const strict = index.search(query, filter ? { filter } : {});
    if (strict.length > 0) return strict;
    return index.search(query, { combineWith: "OR", ...(filter ? { filter } : {}) });
  }
}

export function sectionRef(documentId: string, sectionId: string): SectionRef {
  return `${documentId}/${sectionId}`;
}
