import { z } from "zod";
import type { SectionRef, StudyQuestionNumber } from "./types.js";
import { duplicates } from "./validate.js";

/**
 * The grading rubric of the four study questions: per question, 4 to 7 key ideas drawn from the course and a
 * model answer. Expressions credit what the course says, in a student's words: never knowledge from outside the
 * course (which network the young use, what cookies are). Idea ids are stable: never rename one (results and statistics are keyed by them).
 *
 * Expressions are matched by src/domain/grading/match.ts; in short: words in order within a small window of
 * the same sentence, `a|b` alternatives for one word, matched by stem (plurals, feminines, verb forms) with one
 * typo tolerated in long words, `mot*` a prefix, `=mot` an exact word. Every word written is required,
 * function words included ("faire partie communauté", not "faire partie de la communauté").
 */
export interface RubricIdea {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Shown to the student, in French: what the idea says, short. */
  readonly label: string;
  /** Weight in the score; 1 when absent. */
  readonly weight?: number;
  /** Phrases and synonyms that show the idea (see above). */
  readonly expressions: readonly string[];
  /** The sections to re-read when the idea is missing. */
  readonly sources: readonly SectionRef[];
  /** A sentence that says the opposite ("ce n'est pas…", "sans…") does not cover the idea. */
  readonly negatable?: boolean;
}

export interface QuestionRubric {
  readonly ideas: readonly RubricIdea[];
  /** A model answer in French, written from the course, 600 to 1200 characters. */
  readonly modelAnswer: string;
}

export type Rubric = Readonly<Record<StudyQuestionNumber, QuestionRubric>>;

// Synonyms shared by several ideas: one word with its alternatives.
const people = "internaute|utilisateur|usager|gens|abonné|follower|membre|client|consommateur|public|audience|fan";
const brand = "marque|entreprise|société|organisation|compte|page|enseigne";
const reactions = "aimer|liker|like|likes|commenter|commentaire|partager|partage|retweeter|clic|cliquer";
const fast = "vite|rapidement|rapide|immédiatement|instantanément|instantané|aussitôt";
const respond = "réagir|répond*|réponse";
const spread = "propager|propagent|propage|répandre|répand*|circuler|circule*|diffuser|viral|virale|virales";

export const rubric: Rubric = {
  1: {
    ideas: [
      {
        id: "reactions-des-internautes",
        label: "Les internautes aiment, commentent et partagent les contenus",
        weight: 2,
        negatable: true,
        expressions: [
          `${reactions} ${reactions}`,
          `réagir|interagir|réaction|interaction avec|au|aux|à contenu|publication|post|message|marque|page`,
          `${people} réagir|interagir|réagissent|interagissent`,
          "mettre|mettent like|likes|commentaire|pouce",
        ],
        sources: ["specificites/proximite-reactivite", "medias-sociaux/facebook"],
      },
      {
        id: "participation-active",
        label: "La marque cherche à susciter l'engagement et la participation active",
        weight: 2,
        negatable: true,
        expressions: [
          "participation active",
          "participer|participent|participation activement|vraiment|active",
          "encourager|susciter|inciter|favoriser|pousser|stimuler|motiver|provoquer|solliciter participation|participer|engagement|engager|réagir|interagir|interaction|réaction|réactions|commenter|partager",
          "faire participer|réagir|interagir",
          "animer communauté|page|compte",
          "contenu|publication|post engageant|engageante|engageants|engageantes",
          "solliciter|demander|donner avis",
        ],
        sources: ["specificites/proximite-reactivite", "medias-sociaux/strategie", "like-love/like-au-love"],
      },
      {
        id: "dialogue-avec-la-marque",
        label: "Un dialogue à double sens entre la marque et son public",
        weight: 2,
        negatable: true,
        expressions: [
          "dialogue|dialoguer|conversation|converser|discussion|discuter|échange|échanger",
          "deux|double sens",
          `${brand} répond*`,
          "leur|les|lui répond*",
          "poser|posent|pose question|questions",
          "créer|crée|créent|nouer|entretenir|établir relation|lien avec",
          "égal à égal",
          "retour|feedback des|du client|clients|internautes|public",
        ],
        sources: ["communitip/dialogue", "like-love/like-au-love", "medias-sociaux/twitter"],
      },
      {
        id: "abonnement-communaute",
        label: "S'abonner au compte pour faire partie de la communauté",
        negatable: true,
        expressions: [
          "se abonner|abonnent|abonne|abonnant",
          "=abonnement|=abonnements",
          "abonné|abonnés|inscrit|inscrits à|au|aux compte|page|marque",
          "faire|font|fait partie communauté",
          "rejoindre|intégrer|rejoignent communauté",
          "suivre|suivent|follow compte|page|marque",
        ],
        sources: ["specificites/proximite-reactivite", "like-love/like-au-love"],
      },
      {
        id: "reactivite",
        label: "Réagir vite, en temps réel, aux commentaires et aux questions",
        negatable: true,
        expressions: [
          `${respond} ${fast}`,
          "répond* commentaire|question|critique|préoccupation|message",
          "temps réel",
          "réactif|réactive|réactivité|instantanéité|instantané",
        ],
        sources: ["specificites/proximite-reactivite", "r-comme-reseaux/gerer"],
      },
      {
        id: "engagement-visibilite",
        label: "L'engagement se mesure (likes, clics, taux) et donne de la visibilité",
        negatable: true,
        expressions: [
          "engagement|like|likes|partage|interaction|réaction visibilité|visible|vu|vue|=portée|algorithme",
          "taux engagement|interaction",
          "mesurer|mesure|compter|nombre engagement|like|likes|partage|clic|interaction",
        ],
        sources: ["medias-sociaux/facebook", "specificites/analyse-ciblage", "like-love/taille-audience"],
      },
    ],
    modelAnswer:
      "L'interactivité, c'est le fait que les réseaux sociaux ne sont pas une vitrine à sens unique : les internautes peuvent aimer, commenter, partager les contenus et réagir à ce que publient les marques. L'engagement désigne leur participation active : ils s'abonnent au compte de l'entreprise pour faire partie de sa communauté, donnent leur avis, relaient les publications. Pour la marque, il s'agit donc de concevoir des contenus qui encouragent cette participation et de passer du discours au dialogue, d'égal à égal avec son public. Comme tout se passe en temps réel, elle doit aussi réagir rapidement aux commentaires, aux questions et aux préoccupations des utilisateurs pour garder une relation positive. Enfin, l'engagement se mesure (likes, partages, commentaires, clics, taux d'engagement) et il est récompensé : plus une publication suscite d'engagement, plus elle gagne en visibilité.",
  },
  2: {
    ideas: [
      {
        id: "fideliser",
        label: "Fidéliser les membres et renforcer les liens avec les clients",
        weight: 2,
        negatable: true,
        expressions: [
          "fidél*",
          "renforcer|créer|tisser|garder|entretenir lien|liens",
          "lien|liens fort|forts|durable|durables",
          "garder|conserver|retenir client|clients|membre|abonné",
          `${people} reviennent|revenir|attaché|attachés`,
          "loyauté|attachement",
        ],
        sources: ["specificites/proximite-reactivite", "like-love/like-au-love"],
      },
      {
        id: "visibilite-portee",
        label: "Plus de portée et de visibilité pour les publications",
        weight: 2,
        negatable: true,
        expressions: [
          "visibilité|visible|visibles|=portée|rayonnement",
          "vu|vue|vues plus|beaucoup|monde",
          "toucher|touchent|touche|atteindre|atteignent plus|beaucoup|monde|large|davantage",
          "plus|mieux vu|vue|vus|vues",
          "fil actualité",
          "algorithme|algorithmes",
        ],
        sources: ["medias-sociaux/facebook", "specificites/proximite-reactivite"],
      },
      {
        id: "ambassadeurs",
        label: "Des membres qui partagent et recommandent la marque (ambassadeurs)",
        negatable: true,
        expressions: [
          "ambassadeur|ambassadeurs|ambassadrice",
          "bouche oreille",
          "recommander|recommandent|conseiller|conseillent",
          "parler|parlent marque|entreprise|produit|autour",
          `partager|partagent|diffuser|relayer|transférer ami|amis|entourage|proche|proches|famille|groupe|groupes|réseau|contact`,
          "pub|publicité gratuite",
          "diffuse|diffuser|diffusion largement|large|plus",
        ],
        sources: ["r-comme-reseaux/pour-l-entreprise"],
      },
      {
        id: "ecoute-retours",
        label: "Écouter les avis et les retours pour s'adapter",
        negatable: true,
        expressions: [
          "avis|retour|retours|feedback|suggestion|suggestions",
          "écouter|écoute|écoutant",
          "besoin|besoins|attentes|demandes",
          "adapter|améliorer|améliorent|ajuster offre|offres|produit|produits|proposition|propositions",
        ],
        sources: ["communitip/dialogue", "like-love/like-au-love"],
      },
      {
        id: "image-et-ventes",
        label: "Capital sympathie, notoriété et, in fine, des ventes",
        negatable: true,
        expressions: [
          "capital sympathie",
          "image|réputation|notoriété|crédibilité",
          "vente|ventes|vend*|achat|acheter|achètent|business|argent|rentable|rentabilité|rapporter|rapporte|bénéfice|bénéfices",
          "chiffre affaires",
        ],
        sources: [
          "like-love/like-au-love",
          "medias-sociaux/outil-de-communication",
          "medias-sociaux/twitter",
          "r-comme-reseaux/pour-l-entreprise",
        ],
      },
      {
        id: "relation-de-qualite",
        label: "Passer du « like » au « love » : une relation de qualité, pas seulement une audience",
        expressions: [
          "like love",
          "histoire amour",
          "relation|interaction|interactions qualité",
          "qualité relation|interaction|interactions|échanges",
          "beaucoup|nombre|grand|quantité abonné|abonnés|fan|fans|follower|followers suffit|suffisant|mais|surtout",
          "transformer audience|fans|abonnés communauté",
        ],
        sources: ["like-love/taille-audience", "like-love/like-au-love"],
      },
    ],
    modelAnswer:
      "Il faut d'abord une audience suffisante, car une prise de parole n'est efficace qu'avec un socle d'abonnés ; mais une fois cette audience recrutée, il faut passer du « like » au « love », c'est-à-dire la transformer en communauté et travailler la qualité de la relation. Son premier intérêt est de fidéliser : en participant et en échangeant avec la marque, les membres renforcent leurs liens avec elle et lui restent attachés. Une communauté engagée augmente aussi la portée et la visibilité des publications, car plus un contenu suscite de réactions, plus il est diffusé. Ses membres relaient les informations dans leurs autres groupes et peuvent devenir de véritables ambassadeurs de la marque. Le dialogue permet en outre à l'entreprise d'écouter les avis, les besoins et les demandes pour adapter ses propositions. Au final, ces interactions positives créent du capital sympathie, construisent la notoriété et génèrent du business.",
  },
  3: {
    ideas: [
      {
        id: "partage-rapide",
        label: "Un contenu partagé très vite atteint un large public",
        expressions: [
          "large|grand|vaste public|audience",
          "beaucoup|bcp|milliers|millions|énormément|plein gens|monde|personnes|vues|internautes",
          `partagé|partagée|partager|partage|partages|partagent ${fast}|masse|beaucoup|bcp|énormément|partout|milliers|millions|fois`,
          `${fast} partage|partages|partagé|partager|partagent`,
          "toucher|touchent|attei* large|beaucoup|nombreux|milliers|millions|public",
          "fait|faire tour internet|web|monde|réseaux",
          "vu|vue|vues milliers|millions|beaucoup",
          "peu de temps",
        ],
        sources: ["specificites/proximite-reactivite", "r-comme-reseaux/pour-l-entreprise"],
      },
      {
        id: "visibilite-notoriete",
        label: "Un atout : plus de visibilité et de notoriété pour la marque",
        weight: 2,
        negatable: true,
        expressions: [
          "visibilité|visible|notoriété|renommée|connu|connue|connus|célèbre|célèbres|populaire",
          "faire connaître|connaitre",
          `connai* mieux|marque|entreprise|${brand}`,
          "pub|publicité gratuite",
          "booster|augmenter|accroître marque|ventes|audience",
        ],
        sources: ["specificites/proximite-reactivite", "r-comme-reseaux/pour-l-entreprise"],
      },
      {
        id: "face-sombre",
        label: "Un revers : mauvaises nouvelles, critiques et fake news se propagent aussi vite",
        weight: 2,
        expressions: [
          "mauvaise|mauvaises nouvelle|nouvelles|publicité|pub|info|infos|information|informations|avis|commentaire|commentaires",
          "commentaire|commentaires|avis|critique|critiques|information|informations|chose|choses|contenu|message négatif|négatifs|négative|négatives",
          "fake|fakes|fausse|fausses news|nouvelle|nouvelles|information|informations|infos",
          "rumeur|rumeurs|désinformation|intox|complot|conspirationniste|conspirationnistes",
          "bad buzz",
          "face sombre",
          `critique|critiques|scandale|polémique ${spread}`,
          `négatif|négative|négatives|négatifs ${spread}`,
        ],
        sources: ["specificites/proximite-reactivite", "r-comme-reseaux/gerer"],
      },
      {
        id: "image-en-danger",
        label: "L'image et la réputation de l'entreprise peuvent être abîmées",
        // Only image or reputation harmed: "la viralité améliore son image" is the benefit, not this risk.
        expressions: [
          "nuire|abîmer|abimer|ternir|écorner|détruire|dégrader|salir|entacher|ruiner|casser image|réputation|crédibilité|marque|entreprise|société",
          "image|réputation|crédibilité danger|jeu|souffre|souffrir|coup|abîmée|abimée|ternie|écornée|détruite|dégradée|ruinée|entachée",
          "mauvaise|mauvais image|réputation|pub|publicité",
          "perdre|perd|perdent crédibilité|réputation|confiance",
          "=dégâts|=dégât|dommage|dommages",
        ],
        sources: ["r-comme-reseaux/gerer", "communitip/ne-jamais-mentir", "like-love/commentaire"],
      },
      {
        id: "reagir-et-transparence",
        label: "S'y préparer : réagir vite, rester transparent, ne jamais mentir",
        negatable: true,
        expressions: [
          `${respond} ${fast}`,
          `${respond} critique|critiques|commentaire|commentaires|problème|crise|buzz`,
          "transparent|transparente|transparence|honnête|honnêteté|sincère|sincérité|humilité|humble",
          "jamais|pas mentir",
          "mensonge|mensonges",
          "surveiller|surveillance|veille|modérer|modération",
          "préparer|préparé|préparée|prêt|prête réagir|répond*|crise",
          "gérer|gestion crise|buzz|critique|critiques|problème",
        ],
        sources: ["r-comme-reseaux/gerer", "communitip/ne-jamais-mentir", "communitip/attitude"],
      },
      {
        id: "reponse-nuancee",
        label: "Conclure avec nuance : une arme à double tranchant",
        expressions: [
          "double tranchant",
          "avantage|avantages|atout|atouts|bon|bonne|positif|positive inconvénient|inconvénients|risque|risques|danger|dangers|mauvais|mauvaise|négatif|négative|limite|limites",
          "inconvénient|inconvénients|risque|risques avantage|avantages|atout|atouts",
          "oui non",
          "pas toujours",
          "pas que avantages",
          "dépend|dépendre",
          "côté autre",
          "seulement si",
          "que si",
          "sauf si",
          "à condition",
          "bien pas bien",
          "retourner|retourne contre",
          "revers|boomerang",
          "pas oublier",
          "à la fois",
          "mais attention",
        ],
        sources: ["specificites/proximite-reactivite"],
      },
      {
        id: "contenu-a-partager",
        label: "Publier ce que les gens jugent utile, important ou « cool », pour qu'ils le partagent",
        negatable: true,
        expressions: [
          "contenu|contenus|publication|publications|post|posts|vidéo|vidéos|information|info|infos utile|utiles|important|importante|cool|drôle|drôles|original|originale|originaux|originales|intéressant|intéressante|intéressants",
          "envie partager|relayer|partage|repartager",
          "inciter|incite|incitent|donner|donne|pousser|pousse partager|partage|partagé|partagée",
          "plaît|plaire|plaisent partager|partagent|partage|relayer|relaient",
          "utile|utiles|important|importante|cool partager|partagent|partage|transférer|transfèrent|relayer",
        ],
        sources: ["r-comme-reseaux/pour-l-entreprise", "specificites/proximite-reactivite"],
      },
    ],
    modelAnswer:
      "La viralité est une arme à double tranchant. Un contenu qui plaît est partagé d'un groupe à l'autre et peut atteindre un large public en très peu de temps : c'est un atout, car la visibilité et la notoriété de la marque augmentent fortement, à condition de publier des contenus utiles ou originaux qui donnent envie d'être partagés. Mais la face sombre de la viralité, c'est que les mauvaises nouvelles, les commentaires négatifs, les fake news et les rumeurs se propagent tout aussi vite, comme une traînée de poudre. Un bad buzz peut alors écorner l'image et la réputation de l'entreprise, et un mensonge découvert provoque des dégâts durables. La viralité est donc une bonne chose si l'entreprise s'y prépare : surveiller ce qui se dit, réagir très vite en cas de problème, rester transparente, accepter les critiques avec humilité et ne jamais mentir.",
  },
  4: {
    ideas: [
      {
        id: "outils-de-ciblage",
        label: "Les plateformes offrent des outils de ciblage avancés (publicité ciblée)",
        negatable: true,
        expressions: [
          "outil|outils|option|options|fonction|fonctionnalité ciblage|cibler|cibl*",
          "publicité|publicités|pub|pubs|annonce|annonces|campagne|campagnes ciblée|ciblées|ciblé|sponsorisée|sponsorisées|payante|payantes",
          "sponsoriser|sponsorisé|sponsorisée|sponsorisés|sponsorisation",
          "hashtag|hashtags",
          "ciblage précis|avancé|avancés|pointu",
          "qui verront|verra|voient publicité|publicités|pub|pubs|annonce|annonces",
          "choisir|sélectionner|définir précisément|exactement",
        ],
        sources: ["specificites/analyse-ciblage", "medias-sociaux/facebook", "medias-sociaux/twitter"],
      },
      {
        id: "criteres-de-ciblage",
        label: "Cibler selon des critères démographiques, géographiques, comportementaux et d'intérêts",
        weight: 2,
        negatable: true,
        expressions: [
          "démographique|démographiques|géographique|géographiques|comportemental|comportementaux|comportementales|comportement|comportements",
          "âge|sexe|genre|ville|pays|région|localisation|géolocalisation|lieu|endroit|habit*|métier|profession|revenu|revenus",
          "centre|centres intérêt|intérêts",
          "intérêt|intérêts|passion|passions|loisir|loisirs leur|leurs|ses",
          "leur|leurs intérêt|intérêts|passions|loisirs",
          "critère|critères",
        ],
        sources: ["specificites/analyse-ciblage"],
      },
      {
        id: "donnees-des-profils",
        label: "Les réseaux connaissent le profil et les centres d'intérêt des internautes",
        negatable: true,
        expressions: [
          "=données|=donnée|data",
          "profil|profils",
          "information|informations|infos personnel|personnelle|personnelles|utilisateur|utilisateurs",
          "récolter|récoltent|collecter|collectent|recueillir|rassembler|enregistrer information|informations|infos",
          `connai*|savent|savoir|sait ${people}|goûts|goût|habitudes|tout|chose|choses`,
          "algorithme|algorithmes",
        ],
        sources: ["medias-sociaux/facebook", "medias-sociaux/linkedin"],
      },
      {
        id: "message-personnalise",
        label: "Un message plus personnalisé et pertinent pour chaque public",
        negatable: true,
        expressions: [
          "personnalisé|personnalisée|personnaliser|personnalisation|personnalisés|personnalisées",
          "pertinent|pertinente|pertinence",
          "adapter|adapté|adaptée|adaptés message|messages|contenu|publicité|pub|communication",
          "message|messages|contenu|publicité|pub|communication adapté|adaptée|adaptés|adaptées",
          "correspond*",
          "bonne|bonnes personne|personnes|cible",
          "sur mesure",
        ],
        sources: ["specificites/analyse-ciblage", "medias-sociaux/definition"],
      },
      {
        id: "mesurer-et-optimiser",
        label: "Mesurer les résultats (impressions, clics) pour optimiser les campagnes",
        negatable: true,
        expressions: [
          "mesurer|mesure|analyser|analyse|analyses|statistique|statistiques|stats|indicateur|indicateurs|kpi",
          "clic|clics|impression|impressions",
          "optimiser|optimisation|améliorer|ajuster campagne|campagnes|résultat|résultats|publicité|pub",
          "vérifier|savoir|voir si campagne|pub|publicité|ça marche|marcher|fonctionne",
        ],
        sources: ["specificites/analyse-ciblage"],
      },
      {
        id: "choisir-le-reseau",
        label: "Choisir le réseau adapté à sa cible (Facebook, LinkedIn, Instagram…)",
        negatable: true,
        expressions: [
          "choisir|choix|sélectionner|bon|bons réseau|réseaux|plateforme|plateformes",
          "réseau|réseaux|plateforme|plateformes adapté|adaptés|adaptée|adaptées|approprié|appropriés",
          "cible|public détermine|déterminer|détermine choix|réseau",
          "linkedin|viadeo professionnel|professionnels|pro|pros|btob|emploi|entreprises|bénévoles",
          "instagram|pinterest beauté|art|photo|photos|photographies",
          "facebook grand|particuliers|btoc|famille|amis",
          "twitter journaliste|journalistes|actualité|journal|magazine|btob",
        ],
        sources: [
          "medias-sociaux/importance-du-site",
          "r-comme-reseaux/cas-pratique",
          "communitip/choisir-ses-reseaux",
        ],
      },
    ],
    modelAnswer:
      "Les plateformes de médias sociaux offrent des outils de ciblage avancés, par exemple la publicité sponsorisée ou les hashtags sur Twitter, pour diffuser un message auprès d'un public spécifique. Les entreprises peuvent choisir ce public selon des critères démographiques (âge, sexe), géographiques (lieu de vie), comportementaux et selon les centres d'intérêt. C'est possible parce que les réseaux connaissent très bien leurs utilisateurs : leur profil, leurs likes et leurs interactions révèlent leurs goûts. La communication devient ainsi plus personnalisée et plus pertinente. Les outils d'analyse mesurent ensuite les impressions, les clics et l'engagement, ce qui permet d'optimiser les campagnes. Enfin, c'est la cible qui détermine le choix du réseau : LinkedIn pour les professionnels, Facebook pour le grand public, Instagram ou Pinterest pour l'art et la beauté.",
  },
};

// ─── Validation ────────────────────────────────────────────────────────────────

const kebab = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "doit être en kebab-case (a-z, 0-9, tirets)")
  .max(40);

const ideaSchema = z.object({
  id: kebab,
  label: z.string().trim().min(1, "ne doit pas être vide").max(100),
  weight: z.number().int().min(1).max(3).optional(),
  expressions: z
    .array(
      z
        .string()
        .trim()
        .min(1, "ne doit pas être vide")
        .regex(/^[\p{L}\p{N}'’*|=\- ]+$/u, "caractères permis : lettres, chiffres, ' - | * = et espaces"),
    )
    .min(1, "au moins une expression"),
  sources: z
    .array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, "doit être « documentId/sectionId »"))
    .min(1, "au moins une section source"),
  negatable: z.boolean().optional(),
});

const questionSchema = z.object({
  ideas: z.array(ideaSchema).min(4, "au moins 4 idées clés").max(7, "au plus 7 idées clés"),
  modelAnswer: z
    .string()
    .trim()
    .min(600, "la réponse modèle doit faire au moins 600 caractères")
    .max(1200, "la réponse modèle doit faire au plus 1200 caractères"),
});

export const rubricSchema = z.object({ 1: questionSchema, 2: questionSchema, 3: questionSchema, 4: questionSchema });

/**
 * Problems in the rubric, one line each; empty when it is sound. Checks the shape (zod), that idea ids are
 * unique across the rubric, that no idea repeats an expression, and that every source is a known section.
 */
export function rubricProblems(value: Rubric, knownSectionRefs: Iterable<string>): string[] {
  const problems: string[] = [];
  const parsed = rubricSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`grille.${issue.path.join(".")} : ${issue.message}`);
  }
  const known = new Set(knownSectionRefs);
  const questions = ([1, 2, 3, 4] as const).map((question) => ({ question, rubric: value[question] }));
  const ideas = questions.flatMap(({ question, rubric: questionRubric }) =>
    (questionRubric?.ideas ?? []).map((idea) => ({ question, idea })),
  );
  problems.push(
    ...duplicates(
      ideas.map(({ idea }) => idea.id),
      "idée de la grille",
    ),
  );
  for (const { question, idea } of ideas) {
    for (const source of idea.sources ?? []) {
      if (!known.has(source)) problems.push(`grille.${question}.${idea.id} : section inconnue ${source}`);
    }
    problems.push(...duplicates(idea.expressions ?? [], `expression de ${idea.id}`));
  }
  return problems;
}
