import type { QuizItem, QuizOption } from "./types.js";

/**
 * The four study questions of "Travail à faire", as the quiz's chapters.
 * Exact text of the seed (000): straight apostrophes in 1, typographic ones in 2,
 * and a no-break space (U+00A0) before each question mark.
 */
export const studyQuestions = {
  1: "En quoi consiste l'interactivité et l'engagement des internautes sur les réseaux sociaux\u00a0?",
  2: "Quel est l’intérêt d’avoir une communauté active\u00a0?",
  3: "La viralité des réseaux est-elle une bonne chose\u00a0?",
  4: "En quoi il est possible de mieux cibler les personnes sur les réseaux sociaux\u00a0?",
} as const satisfies Record<1 | 2 | 3 | 4, string>;

/** The options of every "truefalse" item. */
const vraiFaux: readonly QuizOption[] = [
  { id: "v", text: "Vrai" },
  { id: "f", text: "Faux" },
];

/**
 * The quiz bank. Item ids are stable: never renumber or reuse one (scores and Leitner boxes are keyed by them).
 * To retire an item, delete it and leave its id unused.
 */
export const quizBank: readonly QuizItem[] = [
  // ─── Chapitre 1 : interactivité et engagement ───────────────────────────────
  {
    id: "q1-01",
    question: 1,
    kind: "multiple",
    prompt:
      "Selon « Spécificités de la communication sur les réseaux sociaux », quelles actions des utilisateurs font des réseaux un environnement interactif ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Aimer le contenu" },
      { id: "b", text: "Partager le contenu" },
      { id: "c", text: "Commenter le contenu" },
      { id: "d", text: "Modifier le contenu publié par la marque" },
    ],
    correct: ["a", "b", "c"],
    explanation:
      "Le cours dit que les utilisateurs « peuvent aimer, commenter, partager et interagir avec le contenu ». Modifier les publications d’une marque n’en fait pas partie.",
    sources: ["specificites/proximite-reactivite"],
  },
  {
    id: "q1-02",
    question: 1,
    kind: "single",
    prompt:
      "D’après « Spécificités de la communication… », comment la communication commerciale sur les réseaux sociaux doit-elle être conçue ?",
    options: [
      { id: "a", text: "Pour encourager l’engagement et la participation active de l’audience" },
      { id: "b", text: "Pour diffuser un message unique au plus grand nombre, sans retour" },
      { id: "c", text: "Pour remplacer le site internet de l’entreprise" },
      { id: "d", text: "Pour limiter les commentaires et garder le contrôle du message" },
    ],
    correct: ["a"],
    explanation:
      "Elle « doit être conçue pour encourager l’engagement et la participation active de l’audience » et inciter à s’abonner. Le message à sens unique, c’est la publicité conventionnelle ; et le site reste le seul espace maîtrisé.",
    sources: ["specificites/proximite-reactivite", "communitip/dialogue", "medias-sociaux/importance-du-site"],
  },
  {
    id: "q1-03",
    question: 1,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « Spécificités de la communication… », la communication sur les réseaux doit inciter les clients à s’abonner au compte de la société pour faire partie de sa communauté.",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : elle doit encourager l’engagement « et inciter les clients à s’abonner au compte de la société pour faire partie de la communauté des utilisateurs ».",
    sources: ["specificites/proximite-reactivite"],
  },
  {
    id: "q1-04",
    question: 1,
    kind: "single",
    prompt:
      "Selon Perspectives Communication, quelle est la grande différence entre les médias sociaux et les médias traditionnels ?",
    options: [
      { id: "a", text: "Ils ne tirent aucun revenu de la publicité" },
      { id: "b", text: "Leurs contenus peuvent être personnalisés et interactifs" },
      { id: "c", text: "Ils ne véhiculent pas d’information" },
      { id: "d", text: "Ils sont réservés aux professionnels" },
    ],
    correct: ["b"],
    explanation:
      "Les médias sociaux sont « un espace d’expression et de diffusion de l’information où les contenus peuvent être personnalisés et interactifs ». Ils véhiculent de l’information et vivent de la publicité.",
    sources: ["medias-sociaux/definition"],
  },
  {
    id: "q1-05",
    question: 1,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Sur Facebook, plus une publication produit d’engagement (clics, likes, partages, commentaires), plus elle gagne en visibilité.",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : « plus une publication produit de l’engagement, plus [elle] va gagner en visibilité ». Engager sa communauté augmente donc la portée des publications.",
    sources: ["medias-sociaux/facebook"],
  },
  {
    id: "q1-06",
    question: 1,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon Perspectives Communication, l’engagement sur Facebook est une fin en soi : c’est le résultat qui compte le plus.",
    options: vraiFaux,
    correct: ["f"],
    explanation:
      "Faux : l’engagement « n’est pas une fin en soi ». Ce qui compte, c’est le nombre de visites que Facebook génère sur les pages de votre site.",
    sources: ["medias-sociaux/facebook"],
  },
  {
    id: "q1-07",
    question: 1,
    kind: "single",
    prompt:
      "Selon « Du Like au Love », que signifie le « Like » d’un internaute qui s’abonne au profil social d’une marque ?",
    options: [
      { id: "a", text: "La preuve qu’il est déjà un client fidèle" },
      { id: "b", text: "Une histoire d’amour déjà aboutie avec la marque" },
      { id: "c", text: "Un premier signal fort : le feu vert pour débuter une relation" },
      { id: "d", text: "Un simple clic, sans valeur pour la marque" },
    ],
    correct: ["c"],
    explanation:
      "Le Like est « un premier signal fort » : l’internaute donne à la marque « le feu vert pour débuter une relation ». C’est un bon début, mais il faut aller plus loin, vers le « Love ».",
    sources: ["like-love/like-au-love"],
  },
  {
    id: "q1-08",
    question: 1,
    kind: "multiple",
    prompt:
      "Selon « Du Like au Love », que doivent faire les marques pour passer « du discours au dialogue » ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Solliciter l’avis des internautes" },
      { id: "b", text: "S’appuyer sur un community management performant" },
      { id: "c", text: "Relancer des campagnes de recrutement massif de fans" },
      { id: "d", text: "Inviter à commenter et à partager" },
    ],
    correct: ["a", "b", "d"],
    explanation:
      "Il faut « stimuler les échanges en sollicitant des avis, en invitant à commenter et partager », et un community management performant est une des clés. Recruter des fans, c’était l’étape d’avant.",
    sources: ["like-love/like-au-love", "like-love/introduction"],
  },
  {
    id: "q1-09",
    question: 1,
    kind: "single",
    prompt:
      "Selon « Du Like au Love », à partir de quel taux d’interaction une page Facebook est-elle considérée comme excellente ?",
    options: [
      { id: "a", text: "Plus de 10 %" },
      { id: "b", text: "Plus de 50 %" },
      { id: "c", text: "Plus de 72 %" },
      { id: "d", text: "Plus de 1 %" },
    ],
    correct: ["d"],
    explanation:
      "« On considère qu’un taux d’interaction supérieur à 1 % pour une page Facebook est excellent. » D’où la nécessité d’une base minimale d’abonnés pour générer du dialogue.",
    sources: ["like-love/taille-audience"],
  },
  {
    id: "q1-10",
    question: 1,
    kind: "multiple",
    prompt:
      "D’après CommuniTip, qu’est-ce qui distingue la communication sur les réseaux sociaux de la publicité conventionnelle ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Le public peut donner un retour (feedback)" },
      { id: "b", text: "On communique d’égal à égal avec son public" },
      { id: "c", text: "Le message part dans un seul sens, vers le plus grand nombre" },
      { id: "d", text: "La marque écoute son public pour adapter ses propositions" },
    ],
    correct: ["a", "b", "d"],
    explanation:
      "La publicité conventionnelle est unidirectionnelle, presque sans feedback. Sur internet « le dialogue commence » : on communique d’égal à égal, on écoute et on adapte ses propositions.",
    sources: ["communitip/dialogue"],
  },
  {
    id: "q1-11",
    question: 1,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon Perspectives Communication, le nombre de followers révèle mieux la notoriété d’une marque que son taux d’engagement.",
    options: vraiFaux,
    correct: ["f"],
    explanation:
      "Faux : « il est maintenant admis que le taux d’engagement est plus révélateur de votre notoriété que le nombre de followers ».",
    sources: ["medias-sociaux/valeur-des-sujets"],
  },
  {
    id: "q1-12",
    question: 1,
    kind: "single",
    prompt: "Selon CommuniTip, dans quel esprit faut-il aborder la conversation sur les réseaux sociaux ?",
    options: [
      { id: "a", text: "Ouverture, transparence et dialogue" },
      { id: "b", text: "Contrôle strict de tout ce qui est dit sur la marque" },
      { id: "c", text: "Discrétion : observer sans jamais participer" },
      { id: "d", text: "Promotion : mettre une offre en avant dans chaque message" },
    ],
    correct: ["a"],
    explanation:
      "« On doit aborder la conversation dans les réseaux sociaux avec un esprit d’ouverture, de transparence et de dialogue. » En ligne, le contrôle n’est plus possible, et participer permet d’influencer la conversation.",
    sources: ["communitip/attitude"],
  },

  // ─── Chapitre 2 : l’intérêt d’une communauté active ─────────────────────────
  {
    id: "q2-01",
    question: 2,
    kind: "multiple",
    prompt:
      "Selon « Spécificités de la communication… », que permet à l’entreprise une communauté en ligne active autour de sa marque ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Garantir que chaque publication devienne virale" },
      { id: "b", text: "Renforcer les liens avec ses clients" },
      { id: "c", text: "Se passer d’un site internet" },
      { id: "d", text: "Favoriser une adhésion qui fidélise membres et consommateurs" },
    ],
    correct: ["b", "d"],
    explanation:
      "En encourageant la participation, les entreprises « peuvent renforcer les liens avec leurs clients et favoriser une adhésion » qui fidélise. Le site reste indispensable, et aucune publication n’est sûre de devenir virale.",
    sources: ["specificites/proximite-reactivite", "medias-sociaux/importance-du-site"],
  },
  {
    id: "q2-02",
    question: 2,
    kind: "single",
    prompt: "Dans « R comme Réseaux sociaux », qui sont les « ambassadeurs » qui font la notoriété d’une marque ?",
    options: [
      { id: "a", text: "Des influenceurs rémunérés pour parler de la marque" },
      { id: "b", text: "Des personnes convaincues que la marque leur apporte du positif" },
      { id: "c", text: "Les salariés chargés du community management" },
      { id: "d", text: "Les journalistes qui suivent le secteur" },
    ],
    correct: ["b"],
    explanation:
      "La notoriété se construit grâce à des personnes qui deviennent de « vrais ambassadeurs, tellement ils sont convaincus qu’elle leur apporte quelque chose de positif ». Le texte ne parle pas de rémunération.",
    sources: ["r-comme-reseaux/pour-l-entreprise"],
  },
  {
    id: "q2-03",
    question: 2,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « R comme Réseaux sociaux », un réseau social est avant tout une place de marché où l’entreprise vend ses produits.",
    options: vraiFaux,
    correct: ["f"],
    explanation:
      "Faux : « un réseau social n’est pas une place de marché ». Croire qu’une page Facebook va booster les ventes est « la plus grande erreur » des chefs d’entreprise. C’est un lieu d’échange d’informations.",
    sources: ["r-comme-reseaux/pour-l-entreprise"],
  },
  {
    id: "q2-04",
    question: 2,
    kind: "single",
    prompt:
      "Selon « Du Like au Love », quelle est la deuxième étape-clé pour les marques, une fois leurs fans recrutés ?",
    options: [
      { id: "a", text: "Recruter encore plus de fans" },
      { id: "b", text: "Réduire le nombre de réseaux utilisés" },
      { id: "c", text: "Transformer cette audience en communauté" },
      { id: "d", text: "Ouvrir une boutique en ligne sur le réseau" },
    ],
    correct: ["c"],
    explanation:
      "Après avoir investi pour recruter des fans, les marques doivent « se pencher sur une deuxième étape-clé : transformer cette audience en communauté », en travaillant la qualité de la relation.",
    sources: ["like-love/introduction", "like-love/taille-audience"],
  },
  {
    id: "q2-05",
    question: 2,
    kind: "multiple",
    prompt:
      "Selon « Du Like au Love », que cherchent les marques en favorisant des interactions positives avec leur communauté ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "In fine, générer du business" },
      { id: "b", text: "Remplacer le dialogue par un discours de marque" },
      { id: "c", text: "Se contenter d’augmenter le nombre d’abonnés" },
      { id: "d", text: "Générer du capital sympathie" },
    ],
    correct: ["a", "d"],
    explanation:
      "« Le but : favoriser les interactions positives pour générer du capital sympathie et in fine du business. » Il faut aller au-delà de la taille d’audience et passer du discours au dialogue.",
    sources: ["like-love/like-au-love"],
  },
  {
    id: "q2-06",
    question: 2,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « Du Like au Love », il faut un socle d’audience suffisant pour qu’une prise de parole de la marque soit réellement efficace.",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : « il est nécessaire d’avoir un socle d’audience suffisant pour qu’une prise de parole soit réellement efficace ». Mais une fois cette taille atteinte, le plus difficile reste la qualité de la relation.",
    sources: ["like-love/taille-audience"],
  },
  {
    id: "q2-07",
    question: 2,
    kind: "single",
    prompt:
      "Selon « Du Like au Love », que se passe-t-il si une entreprise ne développe pas la qualité de ses interactions avec son public ?",
    options: [
      { id: "a", text: "Le réseau social supprime sa page" },
      { id: "b", text: "Ses abonnés deviennent quand même des ambassadeurs" },
      { id: "c", text: "Elle gagne malgré tout du capital sympathie" },
      { id: "d", text: "Ses efforts pour créer une base de fans auront été vains" },
    ],
    correct: ["d"],
    explanation:
      "Il est « impératif » de développer la qualité des interactions, « sinon tous leurs efforts pour créer une base de fans conséquente auront été vains ».",
    sources: ["like-love/like-au-love"],
  },
  {
    id: "q2-08",
    question: 2,
    kind: "single",
    prompt:
      "Selon Perspectives Communication, pourquoi est-il bénéfique de créer et d’engager sa communauté sur Facebook ?",
    options: [
      { id: "a", text: "Cela augmente la portée des publications de l’entreprise" },
      { id: "b", text: "Cela dispense de payer pour gagner en visibilité" },
      { id: "c", text: "Cela rend publics les algorithmes de Facebook" },
      { id: "d", text: "Cela garantit que chaque abonné achètera" },
    ],
    correct: ["a"],
    explanation:
      "Engager sa communauté est « très bénéfique pour augmenter la portée des publications ». Le cours conseille pourtant aussi de « mettre la main au portefeuille », et les algorithmes restent secrets.",
    sources: ["medias-sociaux/facebook"],
  },
  {
    id: "q2-09",
    question: 2,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? D’après Perspectives Communication, 72 % des membres de Twitter sont plus susceptibles d’acheter à une société après s’être abonnés à son compte ou avoir échangé avec elle.",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : « 72 % des membres de la plateforme sont plus susceptibles d’acheter les produits ou services d’une société après s’être abonnés à son compte Twitter, ou avoir échangé avec la marque ».",
    sources: ["medias-sociaux/twitter"],
  },
  {
    id: "q2-10",
    question: 2,
    kind: "multiple",
    prompt: "D’après CommuniTip, qu’apprend une marque en écoutant les échanges avec son public ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Ses inquiétudes" },
      { id: "b", text: "Ses besoins et ses demandes" },
      { id: "c", text: "Ce qu’il faut adapter dans ses propositions" },
      { id: "d", text: "Comment contrôler tout ce qui se dit sur la marque" },
    ],
    correct: ["a", "b", "c"],
    explanation:
      "Il faut écouter et tirer des leçons des échanges « sur les inquiétudes, les besoins, les demandes, afin d’adapter nos propositions ». En revanche, en ligne, le contrôle de tout ce qui se dit « n’est plus possible ».",
    sources: ["communitip/dialogue", "communitip/attitude"],
  },
  {
    id: "q2-11",
    question: 2,
    kind: "single",
    prompt: "Selon CommuniTip, que produit instantanément le fait de pouvoir interagir avec une marque ?",
    options: [
      { id: "a", text: "Un effet de rareté" },
      { id: "b", text: "Un effet de proximité" },
      { id: "c", text: "Une hausse immédiate des ventes" },
      { id: "d", text: "Une notoriété mondiale" },
    ],
    correct: ["b"],
    explanation:
      "« Un bénéfice important de la communication on line c’est l’effet de proximité : le fait de pouvoir interagir avec la marque produit instantanément cet effet. »",
    sources: ["communitip/proximite-personnalite"],
  },
  {
    id: "q2-12",
    question: 2,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon Perspectives Communication, la vocation des réseaux sociaux est de créer une communauté et d’échanger avec son audience.",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : « La vocation des réseaux sociaux est de créer une communauté (familiale, amicale, professionnelle ou d’intérêt commun) et échanger avec son audience », d’où l’intérêt d’un contenu engageant.",
    sources: ["medias-sociaux/strategie"],
  },

  // ─── Chapitre 3 : la viralité ───────────────────────────────────────────────
  {
    id: "q3-01",
    question: 3,
    kind: "single",
    prompt:
      "D’après le cours, quelle réponse nuancée peut-on donner à la question « La viralité des réseaux est-elle une bonne chose ? »",
    options: [
      { id: "a", text: "Oui, toujours : elle garantit la notoriété de la marque" },
      { id: "b", text: "Non, jamais : les marques doivent l’éviter" },
      { id: "c", text: "Elle accroît la visibilité, mais propage aussi vite le négatif" },
      { id: "d", text: "Elle ne concerne que les fake-news" },
    ],
    correct: ["c"],
    explanation:
      "Un contenu partagé peut augmenter « de manière significative » la visibilité de la marque ; mais la « face sombre » de la viralité est la vitesse de propagation des mauvaises nouvelles, commentaires négatifs et fake-news.",
    sources: ["specificites/proximite-reactivite", "r-comme-reseaux/pour-l-entreprise", "r-comme-reseaux/gerer"],
  },
  {
    id: "q3-02",
    question: 3,
    kind: "multiple",
    prompt:
      "Que cite « Spécificités de la communication… » dans la « face sombre » de la viralité ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Les mauvaises nouvelles" },
      { id: "b", text: "Les fake-news et les rumeurs conspirationnistes" },
      { id: "c", text: "Les publications sponsorisées des marques" },
      { id: "d", text: "Les commentaires négatifs" },
    ],
    correct: ["a", "b", "d"],
    explanation:
      "La face sombre de la viralité est « la vitesse de propagation des mauvaises nouvelles, des commentaires négatifs, des fake-news et autres rumeurs conspirationnistes ». Les publications sponsorisées n’y figurent pas.",
    sources: ["specificites/proximite-reactivite"],
  },
  {
    id: "q3-03",
    question: 3,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « Spécificités de la communication… », un contenu viral peut atteindre un large public en peu de temps.",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : « le contenu sur les réseaux sociaux a le potentiel de devenir viral, atteignant ainsi un large public en peu de temps ».",
    sources: ["specificites/proximite-reactivite"],
  },
  {
    id: "q3-04",
    question: 3,
    kind: "single",
    prompt:
      "Selon « R comme Réseaux sociaux », à quelle condition une personne transfère-t-elle une information d’un de ses groupes à un autre ?",
    options: [
      { id: "a", text: "Si la marque la rémunère pour le faire" },
      { id: "b", text: "Si l’information est sponsorisée" },
      { id: "c", text: "Si elle connaît personnellement l’entreprise" },
      { id: "d", text: "Si elle juge l’information utile, importante ou « cool »" },
    ],
    correct: ["d"],
    explanation:
      "Chacun fait partie de plusieurs groupes et peut « transférer » l’information de l’un à l’autre, mais « ne fera cela que si elle pense que l’information est utile, importante ou cool ».",
    sources: ["r-comme-reseaux/pour-l-entreprise"],
  },
  {
    id: "q3-05",
    question: 3,
    kind: "single",
    prompt:
      "D’après « R comme Réseaux sociaux », que risque une entreprise qui ne réagit pas très vite à une question ou à un problème d’un client ?",
    options: [
      { id: "a", text: "Une info négative se propage comme une traînée de poudre" },
      { id: "b", text: "Son compte est suspendu par la plateforme" },
      { id: "c", text: "Rien : les internautes oublient vite" },
      { id: "d", text: "Ses publications perdent leur format multimédia" },
    ],
    correct: ["a"],
    explanation:
      "L’entreprise doit « réagir très vite en cas de question ou de problème, faute de quoi, une information négative pourra se propager comme une traînée de poudre sur le web, écornant l’image de l’entreprise ».",
    sources: ["r-comme-reseaux/gerer", "specificites/proximite-reactivite"],
  },
  {
    id: "q3-06",
    question: 3,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon CommuniTip, une entreprise absente des réseaux sociaux évite que l’on y parle d’elle.",
    options: vraiFaux,
    correct: ["f"],
    explanation:
      "Faux : « même si nous ne sommes pas actifs dans cet environnement, les commentaires peuvent nous concerner directement ». Participer permet au contraire de donner son avis et d’influencer la conversation.",
    sources: ["communitip/attitude"],
  },
  {
    id: "q3-07",
    question: 3,
    kind: "multiple",
    prompt: "En cas de crise, d’échec ou de problème, que conseille CommuniTip ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Accepter les critiques avec humilité" },
      { id: "b", text: "Attendre en silence que la rumeur s’éteigne" },
      { id: "c", text: "Supprimer les commentaires critiques" },
      { id: "d", text: "Donner les informations nécessaires pour montrer ses efforts" },
    ],
    correct: ["a", "d"],
    explanation:
      "Il faut « accepter d’éventuelles critiques avec humilité, et s’efforcer de donner les informations nécessaires montrant ainsi nos efforts ». Le texte ne conseille ni de supprimer ni de se taire.",
    sources: ["communitip/ne-jamais-mentir"],
  },
  {
    id: "q3-08",
    question: 3,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon CommuniTip, sur les réseaux sociaux, un mensonge découvert provoque des dégâts qui durent longtemps.",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : « il ne faut jamais mentir. Sur les réseaux sociaux, la vérité finit souvent par voir le jour, et un mensonge éventé provoque des dégâts qui durent longtemps ».",
    sources: ["communitip/ne-jamais-mentir"],
  },
  {
    id: "q3-09",
    question: 3,
    kind: "single",
    prompt: "Selon Perspectives Communication, que garantit le fait de bien communiquer sur les réseaux sociaux ?",
    options: [
      { id: "a", text: "Que chaque publication transporte les foules" },
      { id: "b", text: "Rien : tous les sujets n’éveillent pas le même intérêt" },
      { id: "c", text: "Un taux d’engagement élevé pour toute marque" },
      { id: "d", text: "Que le racolage soit bien accueilli" },
    ],
    correct: ["b"],
    explanation:
      "Communiquer sur les réseaux « n’est en aucune manière une garantie que vos publications transportent les foules, même si vous le faites bien » : tous les sujets n’éveillent pas le même intérêt. Et pas de racolage.",
    sources: ["medias-sociaux/valeur-des-sujets"],
  },
  {
    id: "q3-10",
    question: 3,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon CommuniTip, une marque très active en ligne peut contrôler tout ce qui se dit sur elle.",
    options: vraiFaux,
    correct: ["f"],
    explanation:
      "Faux : « sur l’environnement en ligne ce contrôle n’est plus possible », et il n’est même pas nécessaire avec une stratégie adaptée. Participer permet d’influencer la conversation, pas de la contrôler.",
    sources: ["communitip/attitude"],
  },
  {
    id: "q3-11",
    question: 3,
    kind: "single",
    prompt:
      "Selon « R comme Réseaux sociaux », qu’est-ce qui est en jeu quand une entreprise se lance sur les réseaux sans s’y être préparée ?",
    options: [
      { id: "a", text: "Son classement dans Google" },
      { id: "b", text: "La sécurité de ses données clients" },
      { id: "c", text: "Sa crédibilité" },
      { id: "d", text: "Le prix de ses produits" },
    ],
    correct: ["c"],
    explanation:
      "Faire vivre des comptes prend du temps et il faut réagir vite : « il convient donc de s’y préparer et de s’en donner les moyens, c’est la crédibilité de l’entreprise qui est en jeu ».",
    sources: ["r-comme-reseaux/gerer"],
  },
  {
    id: "q3-12",
    question: 3,
    kind: "multiple",
    prompt:
      "Quels moyens le cours donne-t-il pour faire face aux avis et aux informations qui circulent sur une entreprise ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Ne répondre qu’aux avis positifs" },
      { id: "b", text: "Gérer son e-réputation et sa relation client" },
      { id: "c", text: "Réagir très vite aux questions et aux problèmes" },
      { id: "d", text: "Faire une veille sur Twitter pour surveiller sa réputation" },
    ],
    correct: ["b", "c", "d"],
    explanation:
      "Sur Twitter, « il sera donc pertinent d’y faire une veille pour surveiller votre réputation » ; un commentaire de « Du Like au Love » cite l’e-réputation et la relation client ; et il faut réagir très vite.",
    sources: ["medias-sociaux/twitter", "like-love/commentaire", "r-comme-reseaux/gerer"],
  },
  {
    id: "q3-13",
    question: 3,
    kind: "single",
    prompt:
      "Selon « R comme Réseaux sociaux », qu’est-ce qui caractérise les réseaux sociaux d’aujourd’hui par rapport aux réseaux d’affaires d’autrefois ?",
    options: [
      { id: "a", text: "Pouvoir enfin utiliser un réseau pour développer ses affaires" },
      { id: "b", text: "Pouvoir vendre directement ses produits à ses contacts" },
      { id: "c", text: "N’avoir à choisir qu’une seule plateforme" },
      { id: "d", text: "Se créer un réseau rapidement, facilement, à l’échelle mondiale" },
    ],
    correct: ["d"],
    explanation:
      "Les hommes ont toujours utilisé leurs réseaux pour leurs affaires ; ce qui est nouveau, c’est « la capacité de se créer un réseau rapidement, facilement et à l’échelle mondiale ».",
    sources: ["r-comme-reseaux/introduction"],
  },

  // ─── Chapitre 4 : le ciblage ────────────────────────────────────────────────
  {
    id: "q4-01",
    question: 4,
    kind: "multiple",
    prompt:
      "Selon « Spécificités de la communication… », selon quels critères les outils de ciblage permettent-ils de choisir son public ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Centres d’intérêt" },
      { id: "b", text: "Taux d’engagement de la page de l’entreprise" },
      { id: "c", text: "Démographiques" },
      { id: "d", text: "Comportementaux" },
      { id: "e", text: "Géographiques" },
    ],
    correct: ["a", "c", "d", "e"],
    explanation:
      "Les outils de ciblage avancés diffusent le message auprès d’un public spécifique « en fonction de critères démographiques, géographiques, comportementaux et d’intérêts ». Le taux d’engagement mesure la performance, pas la cible.",
    sources: ["specificites/analyse-ciblage"],
  },
  {
    id: "q4-02",
    question: 4,
    kind: "single",
    prompt:
      "Selon « Spécificités de la communication… », qu’apporte le ciblage précis à la communication d’une entreprise ?",
    options: [
      { id: "a", text: "Une communication plus personnalisée et pertinente" },
      { id: "b", text: "Une viralité garantie" },
      { id: "c", text: "Un même message, identique pour tous les publics" },
      { id: "d", text: "La fin de toute dépense publicitaire" },
    ],
    correct: ["a"],
    explanation:
      "Diffuser son message auprès d’un public spécifique « permet une communication plus personnalisée et pertinente ».",
    sources: ["specificites/analyse-ciblage"],
  },
  {
    id: "q4-03",
    question: 4,
    kind: "single",
    prompt:
      "Selon « Spécificités de la communication… », à quoi sert la mesure des performances (impressions, engagements, clics…) ?",
    options: [
      { id: "a", text: "À connaître l’identité exacte de chaque internaute" },
      { id: "b", text: "À optimiser les campagnes pour obtenir de meilleurs résultats" },
      { id: "c", text: "À contourner les algorithmes des plateformes" },
      { id: "d", text: "À remplacer le ciblage par un envoi à tous" },
    ],
    correct: ["b"],
    explanation:
      "Les outils d’analyse mesurent l’efficacité de la communication (impressions, engagements, clics…) : « cette analyse permet d’optimiser les campagnes pour obtenir de meilleurs résultats ».",
    sources: ["specificites/analyse-ciblage"],
  },
  {
    id: "q4-04",
    question: 4,
    kind: "multiple",
    prompt:
      "Quelles mesures « Spécificités de la communication… » cite-t-il parmi celles des outils d’analyse des plateformes ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Le chiffre d’affaires réalisé en magasin" },
      { id: "b", text: "Le nombre de clics" },
      { id: "c", text: "Le nombre d’engagements" },
      { id: "d", text: "Le nombre d’impressions" },
    ],
    correct: ["b", "c", "d"],
    explanation:
      "Les outils d’analyse mesurent l’efficacité de la communication, « y compris le nombre d’impressions, d’engagements, de clics, etc. ». Les ventes en magasin ne sont pas mentionnées.",
    sources: ["specificites/analyse-ciblage"],
  },
  {
    id: "q4-05",
    question: 4,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon Perspectives Communication, c’est le réseau choisi qui détermine la cible de l’entreprise, et non l’inverse.",
    options: vraiFaux,
    correct: ["f"],
    explanation:
      "Faux : « C’est votre cible qui détermine le choix du réseau, pas le contraire. » Les réseaux doivent vous servir, et vos publications diriger l’internaute vers votre site.",
    sources: ["medias-sociaux/importance-du-site"],
  },
  {
    id: "q4-06",
    question: 4,
    kind: "single",
    prompt:
      "Selon Perspectives Communication, pourquoi Facebook cherche-t-il à faire passer à l’internaute le plus de temps possible sur le réseau ?",
    options: [
      { id: "a", text: "Pour lui vendre directement ses propres produits" },
      { id: "b", text: "Pour le mettre en relation avec des recruteurs" },
      { id: "c", text: "Pour cerner son profil et ses intérêts, et en faire une cible publicitaire" },
      { id: "d", text: "Pour l’aider à créer son propre site internet" },
    ],
    correct: ["c"],
    explanation:
      "Facebook incite l’internaute à interagir « pour définir son profil et ses centres d’intérêts » et bénéficier d’un vivier de contacts « qu’il pourra utiliser comme cible publicitaire (fichiers très qualifiés) ».",
    sources: ["medias-sociaux/facebook"],
  },
  {
    id: "q4-07",
    question: 4,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon Perspectives Communication, le système de hashtags de Twitter permet de cibler son audience, au-delà de toute publicité.",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : « Le système de hashtags de Twitter est très au point pour cibler votre audience, au delà de toute publicité. »",
    sources: ["medias-sociaux/twitter"],
  },
  {
    id: "q4-08",
    question: 4,
    kind: "single",
    prompt: "D’après CommuniTip, quel réseau une organisation qui cherche des bénévoles a-t-elle intérêt à utiliser ?",
    options: [
      { id: "a", text: "Instagram" },
      { id: "b", text: "Pinterest" },
      { id: "c", text: "Tumblr" },
      { id: "d", text: "LinkedIn" },
    ],
    correct: ["d"],
    explanation:
      "« Pour une organisation qui cherche des bénévoles le fait d’avoir une page sur Linkedin lui permettra de recruter les profils les plus adaptés à ses projets. »",
    sources: ["communitip/choisir-ses-reseaux"],
  },
  {
    id: "q4-09",
    question: 4,
    kind: "multiple",
    prompt:
      "Selon CommuniTip, quelles associations entre un type d’organisation et un réseau sont conseillées ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Organisation qui cherche des bénévoles → Tumblr" },
      { id: "b", text: "Marque qui s’adresse au grand public → Fan Page sur Facebook" },
      { id: "c", text: "Produits liés à l’art ou à la beauté → Instagram et Pinterest" },
      { id: "d", text: "Journal ou magazine → Twitter" },
    ],
    correct: ["b", "c", "d"],
    explanation:
      "CommuniTip conseille Twitter pour un journal, Instagram et Pinterest pour l’art et la beauté, une Fan Page Facebook pour le grand public, et LinkedIn (pas Tumblr) pour recruter des bénévoles.",
    sources: ["communitip/choisir-ses-reseaux"],
  },
  {
    id: "q4-10",
    question: 4,
    kind: "single",
    prompt: "Selon Perspectives Communication, comment LinkedIn aide-t-il les commerciaux à prospecter ?",
    options: [
      { id: "a", text: "Ses outils de recherche repèrent les bons contacts des entreprises visées" },
      { id: "b", text: "Il diffuse largement leurs publications sans qu’ils aient à payer" },
      { id: "c", text: "Il leur donne accès aux fichiers de contacts de Facebook" },
      { id: "d", text: "Il classe les entreprises selon leur chiffre d’affaires" },
    ],
    correct: ["a"],
    explanation:
      "« Grâce à ses puissants outils de recherches, Linkedin leur permet d’identifier les contacts pertinents dans les entreprises visées. » Sans être sponsorisées, les publications n’y ont qu’une portée limitée.",
    sources: ["medias-sociaux/linkedin"],
  },
  {
    id: "q4-11",
    question: 4,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « R comme Réseaux sociaux », Facebook convient a priori plutôt aux produits destinés aux particuliers (vêtements, parfums, loisirs…).",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : sur Facebook, les échanges entre amis portent « a priori davantage sur des produits s’adressant aux particuliers ». Perspectives Communication le juge pertinent si vos produits intéressent le grand public (BtoC).",
    sources: ["r-comme-reseaux/cas-pratique", "medias-sociaux/facebook"],
  },
  {
    id: "q4-12",
    question: 4,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon Perspectives Communication, sur LinkedIn comme sur Facebook, une publication atteint un large public sans avoir besoin d’être sponsorisée.",
    options: vraiFaux,
    correct: ["f"],
    explanation:
      "Faux : « à l’instar de Facebook, sans être sponsorisées, les publications n’ont qu’une portée limitée ». Sponsoriser permet d’acquérir une audience plus large et plus qualifiée.",
    sources: ["medias-sociaux/linkedin", "medias-sociaux/facebook"],
  },
  {
    id: "q4-13",
    question: 4,
    kind: "single",
    prompt: "Selon « R comme Réseaux sociaux », pourquoi les marques utilisent-elles de plus en plus Pinterest ?",
    options: [
      { id: "a", text: "C’est la plus grande plateforme sociale mondiale" },
      { id: "b", text: "On y met en avant des photos de produits, que les utilisateurs épinglent" },
      { id: "c", text: "On y publie de courtes informations de 140 caractères" },
      { id: "d", text: "Il met en relation candidats et recruteurs" },
    ],
    correct: ["b"],
    explanation:
      "Pinterest est « avant tout un réseau où on met en avant des photographies des produits », épinglées par les utilisateurs à qui elles plaisent. Les autres réponses décrivent Facebook, Twitter et LinkedIn.",
    sources: ["r-comme-reseaux/cas-pratique"],
  },
  {
    id: "q4-14",
    question: 4,
    kind: "single",
    prompt:
      "Selon « Spécificités de la communication… », pourquoi utiliser la diversité des formats (images, vidéos, gifs, sondages, stories…) ?",
    options: [
      { id: "a", text: "Pour échapper aux outils d’analyse des plateformes" },
      { id: "b", text: "Parce que les textes seuls ne sont pas autorisés" },
      { id: "c", text: "Pour capter l’attention de son public de façon créative et attrayante" },
      { id: "d", text: "Pour publier le même contenu sur tous les réseaux" },
    ],
    correct: ["c"],
    explanation:
      "Les entreprises doivent utiliser cette diversité de formats « pour capturer l’attention de leur public de manière créative et attrayante ».",
    sources: ["specificites/analyse-ciblage"],
  },
];
