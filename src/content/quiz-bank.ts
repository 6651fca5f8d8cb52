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
 * To retire an item, delete it and leave its id unused. Retired: q1-05 (same fact as q2-08), and the misfiled
 * q2-03, q3-06, q3-10, q3-13, q4-14, refiled as q1-17, q1-13 (with q3-10), q1-18 and q1-19.
 *
 * Writing rules (content review, December 2026): each prompt names its document by the title /cours shows;
 * quotations are exact, with "…" wherever words are left out; French typography with a no-break space (U+00A0,
 * as in the study questions) before ? ! : ; and inside « »; distractors are confusions students really make
 * (between documents, between networks, between a benefit and a risk); the right option is the longest in at
 * most a third of the single-answer items; no two items test the same fact. test/unit/quiz-quality.test.ts checks
 * what a program can check.
 */
export const quizBank: readonly QuizItem[] = [
  // ─── Chapitre 1 : interactivité et engagement ──────────────────────────────────
  {
    id: "q1-01",
    question: 1,
    kind: "multiple",
    prompt:
      "Selon « Spécificités de la communication sur les réseaux sociaux », quelles actions des utilisateurs font des réseaux sociaux un environnement interactif ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Aimer le contenu" },
      { id: "b", text: "Partager le contenu" },
      { id: "c", text: "Sponsoriser le contenu" },
      { id: "d", text: "Commenter le contenu" },
    ],
    correct: ["a", "b", "d"],
    explanation:
      "Les utilisateurs « peuvent aimer, commenter, partager et interagir avec le contenu ». Sponsoriser une publication, c’est ce que fait l’entreprise qui paie pour sa visibilité, pas une interaction du public.",
    sources: ["specificites/proximite-reactivite"],
  },
  {
    id: "q1-02",
    question: 1,
    kind: "single",
    prompt:
      "Selon « Spécificités de la communication sur les réseaux sociaux », dans quel but la communication commerciale sur les réseaux sociaux doit-elle être conçue ?",
    options: [
      { id: "a", text: "Pour encourager l’engagement et la participation active de l’audience" },
      { id: "b", text: "Pour diffuser un message unique au plus grand nombre, sans attendre de retour" },
      { id: "c", text: "Pour toucher le plus large public possible en peu de temps" },
      { id: "d", text: "Pour limiter les commentaires et garder le contrôle du message" },
    ],
    correct: ["a"],
    explanation:
      "Elle « doit donc être conçue pour encourager l’engagement et la participation active de l’audience ». Le message à sens unique, c’est la publicité conventionnelle décrite par le #CommuniTip ; toucher un large public vite, c’est la viralité.",
    sources: ["specificites/proximite-reactivite", "communitip/dialogue"],
  },
  {
    id: "q1-03",
    question: 1,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « Spécificités de la communication sur les réseaux sociaux », la communication sur les réseaux sociaux doit inciter les clients à s’abonner au compte de la société pour faire partie de sa communauté.",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : elle doit encourager l’engagement « et pour inciter les clients à s’abonner au compte de la société pour faire partie de la communauté des utilisateurs ».",
    sources: ["specificites/proximite-reactivite"],
  },
  {
    id: "q1-04",
    question: 1,
    kind: "single",
    prompt:
      "Selon « Communiquer sur les médias sociaux », quelle est la grande différence entre les médias sociaux et les médias traditionnels ?",
    options: [
      { id: "a", text: "Ils ne tirent aucun revenu de la publicité" },
      { id: "b", text: "Leurs contenus peuvent être personnalisés et interactifs" },
      { id: "c", text: "Ils ne véhiculent pas d’information, seulement des échanges entre amis" },
      { id: "d", text: "Ils sont réservés aux professionnels et aux entreprises" },
    ],
    correct: ["b"],
    explanation:
      "Les médias sociaux sont « un espace d’expression et de diffusion de l’information où les contenus peuvent être personnalisés et interactifs ». Ils véhiculent pourtant de l’information et tirent leurs revenus de la publicité.",
    sources: ["medias-sociaux/definition"],
  },
  {
    id: "q1-06",
    question: 1,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « Communiquer sur les médias sociaux », l’engagement sur Facebook est une fin en soi : c’est le résultat qui compte le plus.",
    options: vraiFaux,
    correct: ["f"],
    explanation:
      "Faux : l’engagement « est une chose mais n’est pas une fin en soi. Ce qui compte, c’est le nombre de visites que Facebook génère sur les pages de votre site ».",
    sources: ["medias-sociaux/facebook"],
  },
  {
    id: "q1-07",
    question: 1,
    kind: "single",
    prompt:
      "Selon « Réseaux sociaux : passez du “Like” au “Love” ! », que signifie le « Like » d’un internaute qui s’abonne au profil social d’une marque ?",
    options: [
      { id: "a", text: "La preuve qu’il est déjà un client fidèle" },
      { id: "b", text: "Une histoire d’amour déjà aboutie avec la marque" },
      { id: "c", text: "Le feu vert pour débuter une relation" },
      { id: "d", text: "Un simple clic, sans aucune valeur pour la marque" },
    ],
    correct: ["c"],
    explanation:
      "En likant, les internautes « envoient un premier signal fort. Ils donnent à la marque le feu vert pour débuter une relation ». C’est un bon début, pas encore le « Love ».",
    sources: ["like-love/like-au-love"],
  },
  {
    id: "q1-08",
    question: 1,
    kind: "multiple",
    prompt:
      "Selon « Réseaux sociaux : passez du “Like” au “Love” ! », comment les marques stimulent-elles les échanges quand elles passent « du discours au dialogue » ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "En sollicitant des avis" },
      { id: "b", text: "En publiant davantage d’annonces de la marque" },
      { id: "c", text: "En relançant des campagnes de recrutement massif de fans" },
      { id: "d", text: "En invitant à commenter et partager" },
    ],
    correct: ["a", "d"],
    explanation:
      "Elles doivent « passer du discours au dialogue, afin de stimuler les échanges en sollicitant des avis, en invitant à commenter et partager ». Recruter des fans, c’était l’étape d’avant ; multiplier les annonces, c’est rester dans le discours.",
    sources: ["like-love/like-au-love", "like-love/introduction"],
  },
  {
    id: "q1-09",
    question: 1,
    kind: "single",
    prompt:
      "Selon « Réseaux sociaux : passez du “Like” au “Love” ! », quel taux d’interaction d’une page Facebook est considéré comme excellent ?",
    options: [
      { id: "a", text: "Plus de 10 %" },
      { id: "b", text: "Plus de 50 %" },
      { id: "c", text: "Plus de 72 %" },
      { id: "d", text: "Plus de 1 %" },
    ],
    correct: ["d"],
    explanation:
      "« On considère qu’un taux d’interaction supérieur à 1% pour une page Facebook est excellent. » Les 72 % sont un autre chiffre : celui des membres de Twitter plus enclins à acheter après s’être abonnés.",
    sources: ["like-love/taille-audience"],
  },
  {
    id: "q1-10",
    question: 1,
    kind: "multiple",
    prompt:
      "D’après « #CommuniTip #5 : Les réseaux sociaux : oui, mais… comment? », qu’est-ce qui distingue la communication sur les réseaux sociaux de la publicité conventionnelle ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Le public peut donner un retour (feedback)" },
      { id: "b", text: "On communique d’égal à égal avec son public" },
      { id: "c", text: "Le message part dans un seul sens, vers le plus grand nombre" },
      { id: "d", text: "La marque écoute son public pour adapter ses propositions" },
    ],
    correct: ["a", "b", "d"],
    explanation:
      "La publicité conventionnelle est « unidirectionnelle », presque sans feedback. Sur internet, « le dialogue commence » : on communique d’égal à égal, on écoute et on adapte ses propositions.",
    sources: ["communitip/dialogue"],
  },
  {
    id: "q1-11",
    question: 1,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « Communiquer sur les médias sociaux », le nombre de followers révèle mieux la notoriété d’une marque que son taux d’engagement.",
    options: vraiFaux,
    correct: ["f"],
    explanation:
      "Faux : « il est maintenant admis que le taux d’engagement est plus révélateur de votre notoriété que le nombre de followers ».",
    sources: ["medias-sociaux/valeur-des-sujets"],
  },
  {
    id: "q1-12",
    question: 1,
    kind: "single",
    prompt:
      "Selon « #CommuniTip #5 : Les réseaux sociaux : oui, mais… comment? », dans quel esprit faut-il aborder la conversation sur les réseaux sociaux ?",
    options: [
      { id: "a", text: "Ouverture, transparence et dialogue" },
      { id: "b", text: "Un ton audacieux, glamour ou savant" },
      { id: "c", text: "Discrétion : observer sans jamais participer" },
      { id: "d", text: "Promotion : une offre mise en avant dans chaque message" },
    ],
    correct: ["a"],
    explanation:
      "« On doit aborder la conversation dans les réseaux sociaux avec un esprit d’ouverture, de transparence et de dialogue. » Audacieuse, glamour ou savante : ce sont des exemples de personnalité de marque, pas l’esprit de la conversation.",
    sources: ["communitip/attitude", "communitip/proximite-personnalite"],
  },
  {
    id: "q1-13",
    question: 1,
    kind: "single",
    prompt:
      "Selon « #CommuniTip #5 : Les réseaux sociaux : oui, mais… comment? », que permet à une entreprise le fait de participer à la conversation sur les réseaux sociaux ?",
    options: [
      { id: "a", text: "Contrôler tout ce qui est dit sur sa marque" },
      { id: "b", text: "Donner son avis et influencer la conversation" },
      { id: "c", text: "Empêcher les commentaires qui la concernent" },
      { id: "d", text: "Éviter qu’on parle d’elle tant qu’elle n’a pas de compte" },
    ],
    correct: ["b"],
    explanation:
      "En ligne, « ce contrôle n’est plus possible », et même absente, une entreprise peut être concernée par les commentaires. « Le fait de participer nous permet à contrario de donner notre avis et d’influencer la conversation. »",
    sources: ["communitip/attitude"],
  },
  {
    id: "q1-14",
    question: 1,
    kind: "single",
    prompt:
      "Selon « Spécificités de la communication sur les réseaux sociaux », pourquoi les entreprises doivent-elles être prêtes à réagir rapidement sur les réseaux sociaux ?",
    options: [
      { id: "a", text: "Pour que leurs publications deviennent virales" },
      { id: "b", text: "Pour garder une relation positive avec l’audience" },
      { id: "c", text: "Pour mesurer l’efficacité de leur communication commerciale" },
      { id: "d", text: "Pour que les clients s’abonnent au compte de la société" },
    ],
    correct: ["b"],
    explanation:
      "Ce sont « des environnements en temps réel où les conversations se déroulent rapidement » : il faut réagir vite « pour maintenir une relation positive avec l’audience ».",
    sources: ["specificites/proximite-reactivite"],
  },
  {
    id: "q1-15",
    question: 1,
    kind: "multiple",
    prompt:
      "Selon « Spécificités de la communication sur les réseaux sociaux » (« Instantanéité et réactivité »), à quoi les entreprises doivent-elles être prêtes à réagir rapidement ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Aux commentaires des utilisateurs" },
      { id: "b", text: "Aux questions des utilisateurs" },
      { id: "c", text: "Aux préoccupations des utilisateurs" },
      { id: "d", text: "Aux changements d’algorithme des plateformes" },
    ],
    correct: ["a", "b", "c"],
    explanation:
      "Elles doivent « réagir rapidement aux commentaires, aux questions et aux préoccupations des utilisateurs ». Les changements d’algorithme, c’est un risque que signale « Communiquer sur les médias sociaux », pas l’objet de la réactivité.",
    sources: ["specificites/proximite-reactivite", "medias-sociaux/importance-du-site"],
  },
  {
    id: "q1-16",
    question: 1,
    kind: "single",
    prompt: "Selon « Communiquer sur les médias sociaux », quel contenu faut-il publier pour engager son audience ?",
    options: [
      { id: "a", text: "Des contenus racoleurs, qui font réagir à coup sûr" },
      { id: "b", text: "Des photos et des vidéos originales, qui n’appartiennent qu’à vous" },
      { id: "c", text: "Les mêmes publications sur tous les réseaux, pour gagner du temps" },
      { id: "d", text: "Une offre ou une promotion dans chaque publication" },
    ],
    correct: ["b"],
    explanation:
      "Il faut « publier du contenu engageant, qui suscite l’intérêt », avec « des photos et des vidéos originales (qui vous définissent et n’appartiennent qu’à vous) ». Pas de racolage, et chaque réseau a ses usages.",
    sources: ["medias-sociaux/strategie", "medias-sociaux/valeur-des-sujets"],
  },
  {
    id: "q1-17",
    question: 1,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « R comme ... Réseaux sociaux », un réseau social est avant tout une place de marché où l’entreprise vend ses produits.",
    options: vraiFaux,
    correct: ["f"],
    explanation:
      "Faux : « un réseau social n'est pas une place de marché ». C’est « un lieu où on peut échanger des informations » ; croire qu’une page Facebook va booster les ventes est « la plus grande erreur des chefs d'entreprise ».",
    sources: ["r-comme-reseaux/pour-l-entreprise"],
  },
  {
    id: "q1-18",
    question: 1,
    kind: "single",
    prompt:
      "Selon « R comme ... Réseaux sociaux », qu’est-ce qui caractérise les réseaux sociaux d’aujourd’hui par rapport aux réseaux d’affaires d’autrefois ?",
    options: [
      { id: "a", text: "Pouvoir enfin utiliser un réseau pour développer ses affaires" },
      { id: "b", text: "Pouvoir vendre directement ses produits à ses contacts" },
      { id: "c", text: "Se créer un réseau rapidement, facilement, à l’échelle mondiale" },
      { id: "d", text: "N’avoir plus besoin de choisir entre plusieurs plateformes" },
    ],
    correct: ["c"],
    explanation:
      "Les hommes ont toujours utilisé leurs réseaux pour leurs affaires ; ce qui est nouveau, c’est « la capacité de se créer un réseau rapidement, facilement et à l'échelle mondiale ». Et il faut choisir parmi une multitude de plateformes.",
    sources: ["r-comme-reseaux/introduction"],
  },
  {
    id: "q1-19",
    question: 1,
    kind: "single",
    prompt:
      "Selon « Spécificités de la communication sur les réseaux sociaux », pourquoi les entreprises doivent-elles utiliser la diversité des formats (images, vidéos, gifs, sondages, stories…) ?",
    options: [
      { id: "a", text: "Pour échapper aux outils d’analyse des plateformes" },
      { id: "b", text: "Pour capter l’attention de leur public" },
      { id: "c", text: "Pour cibler leur public selon des critères démographiques" },
      { id: "d", text: "Pour publier le même contenu sur tous les réseaux" },
    ],
    correct: ["b"],
    explanation:
      "Les entreprises doivent utiliser cette diversité de formats « pour capturer l'attention de leur public de manière créative et attrayante ». Le ciblage par critères est une autre spécificité, celle des outils de ciblage.",
    sources: ["specificites/analyse-ciblage"],
  },

  // ─── Chapitre 2 : l’intérêt d’une communauté active ────────────────────────────
  {
    id: "q2-01",
    question: 2,
    kind: "multiple",
    prompt:
      "Selon « Spécificités de la communication sur les réseaux sociaux », que permet à l’entreprise une communauté en ligne où elle encourage la participation et l’interaction ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Garantir que chaque publication devienne virale" },
      { id: "b", text: "Renforcer les liens avec ses clients" },
      { id: "c", text: "Se passer d’un site internet" },
      { id: "d", text: "Favoriser une adhésion qui fidélise membres et consommateurs" },
    ],
    correct: ["b", "d"],
    explanation:
      "Les entreprises « peuvent renforcer les liens avec leurs clients et favoriser une adhésion qui est susceptible de fidéliser les membres et consommateurs ». Aucune publication n’est sûre de devenir virale, et le site reste indispensable.",
    sources: ["specificites/proximite-reactivite", "medias-sociaux/importance-du-site"],
  },
  {
    id: "q2-02",
    question: 2,
    kind: "single",
    prompt: "Dans « R comme ... Réseaux sociaux », qui sont les « ambassadeurs » qui font la notoriété d’une marque ?",
    options: [
      { id: "a", text: "Des influenceurs rémunérés pour parler de la marque" },
      { id: "b", text: "Des personnes convaincues par la marque" },
      { id: "c", text: "Les salariés chargés du community management" },
      { id: "d", text: "Les journalistes qui suivent le secteur" },
    ],
    correct: ["b"],
    explanation:
      "Ce sont des personnes qui deviennent « des vrais ambassadeurs, tellement ils sont convaincus qu'elle leur apporte quelque chose de positif ». Le texte ne parle ni de rémunération ni de salariés.",
    sources: ["r-comme-reseaux/pour-l-entreprise"],
  },
  {
    id: "q2-04",
    question: 2,
    kind: "single",
    prompt:
      "Selon « Réseaux sociaux : passez du “Like” au “Love” ! », quelle est la deuxième étape-clé pour les marques, une fois leurs fans recrutés ?",
    options: [
      { id: "a", text: "Recruter encore plus de fans" },
      { id: "b", text: "Réduire le nombre de réseaux utilisés" },
      { id: "c", text: "Transformer cette audience en communauté" },
      { id: "d", text: "Ouvrir une boutique en ligne sur le réseau" },
    ],
    correct: ["c"],
    explanation:
      "Après avoir investi pour recruter des fans, les marques doivent « se pencher sur une deuxième étape-clé : transformer cette audience en communauté ».",
    sources: ["like-love/introduction"],
  },
  {
    id: "q2-05",
    question: 2,
    kind: "multiple",
    prompt:
      "Selon « Réseaux sociaux : passez du “Like” au “Love” ! », que cherchent les marques en favorisant des interactions positives avec leur communauté ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "In fine, générer du business" },
      { id: "b", text: "Remplacer le dialogue par un discours de marque" },
      { id: "c", text: "Se contenter d’augmenter le nombre d’abonnés" },
      { id: "d", text: "Générer du capital sympathie" },
    ],
    correct: ["a", "d"],
    explanation:
      "Le but : « favoriser les interactions positives pour générer du capital sympathie et in fine du business ». Il s’agit d’aller au-delà de la taille d’audience, en passant du discours au dialogue.",
    sources: ["like-love/like-au-love"],
  },
  {
    id: "q2-06",
    question: 2,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « Réseaux sociaux : passez du “Like” au “Love” ! », les marques ont eu raison de recruter massivement des fans, car il faut un socle d’audience suffisant pour qu’une prise de parole soit efficace.",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : « Et elles ont eu raison ! En effet, il est nécessaire d’avoir un socle d’audience suffisant pour qu’une prise de parole soit réellement efficace. » Ensuite seulement vient le travail sur la qualité de la relation.",
    sources: ["like-love/taille-audience"],
  },
  {
    id: "q2-07",
    question: 2,
    kind: "single",
    prompt:
      "Selon « Réseaux sociaux : passez du “Like” au “Love” ! », que se passe-t-il si une entreprise ne développe pas la qualité de ses interactions avec son public ?",
    options: [
      { id: "a", text: "Elle doit sponsoriser toutes ses publications" },
      { id: "b", text: "Ses abonnés deviennent quand même des ambassadeurs" },
      { id: "c", text: "Elle gagne malgré tout du capital sympathie" },
      { id: "d", text: "Ses efforts pour créer une base de fans auront été vains" },
    ],
    correct: ["d"],
    explanation:
      "Il est « impératif » de développer la qualité des interactions, « sinon tous leurs efforts pour créer une base de fans conséquente auront été vains ».",
    sources: ["like-love/like-au-love"],
  },
  {
    id: "q2-08",
    question: 2,
    kind: "single",
    prompt:
      "Selon « Communiquer sur les médias sociaux », pourquoi est-il bénéfique de créer et d’engager sa communauté sur Facebook ?",
    options: [
      { id: "a", text: "La portée de ses publications augmente" },
      { id: "b", text: "L’entreprise n’a plus besoin de payer pour être visible" },
      { id: "c", text: "Les algorithmes de Facebook deviennent publics" },
      { id: "d", text: "Chaque abonné finit par acheter ses produits" },
    ],
    correct: ["a"],
    explanation:
      "Engager sa communauté est « très bénéfique pour augmenter la portée des publications », car plus une publication produit d’engagement, plus elle gagne en visibilité. Mais il faut aussi payer, et les algorithmes restent secrets.",
    sources: ["medias-sociaux/facebook"],
  },
  {
    id: "q2-09",
    question: 2,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? D’après « Communiquer sur les médias sociaux », 72 % des membres de Twitter sont plus susceptibles d’acheter à une société après s’être abonnés à son compte ou avoir échangé avec elle.",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : « 72% des membres de la plateforme sont plus susceptibles d'acheter les produits ou services d'une société après s'être abonnés à son compte Twitter, ou avoir échangé avec la marque sur le réseau social ».",
    sources: ["medias-sociaux/twitter"],
  },
  {
    id: "q2-10",
    question: 2,
    kind: "multiple",
    prompt:
      "D’après « #CommuniTip #5 : Les réseaux sociaux : oui, mais… comment? », qu’est-ce qu’une marque apprend de son public en écoutant ses échanges avec lui ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Les inquiétudes du public" },
      { id: "b", text: "Les besoins et les demandes du public" },
      { id: "c", text: "Le moyen de contrôler tout ce qui se dit sur elle" },
      { id: "d", text: "Ce qu’elle doit adapter dans ses propositions" },
    ],
    correct: ["a", "b", "d"],
    explanation:
      "Il faut écouter et tirer des leçons des échanges « sur les inquiétudes, les besoins, les demandes, afin d’adapter nos propositions ». Contrôler tout ce qui se dit, en revanche, « n’est plus possible » en ligne.",
    sources: ["communitip/dialogue", "communitip/attitude"],
  },
  {
    id: "q2-11",
    question: 2,
    kind: "single",
    prompt:
      "Selon « #CommuniTip #5 : Les réseaux sociaux : oui, mais… comment? », que produit instantanément le fait de pouvoir interagir avec une marque ?",
    options: [
      { id: "a", text: "Une hausse immédiate des ventes" },
      { id: "b", text: "Un effet de proximité" },
      { id: "c", text: "Un capital sympathie garanti" },
      { id: "d", text: "Une visibilité à l’échelle mondiale" },
    ],
    correct: ["b"],
    explanation:
      "« Un bénéfice important de la communication on line c’est l’effet de proximité : le fait de pouvoir interagir avec la marque (produit, service…) produit instantanément cet effet ».",
    sources: ["communitip/proximite-personnalite"],
  },
  {
    id: "q2-12",
    question: 2,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « Communiquer sur les médias sociaux », la vocation des réseaux sociaux est de créer une communauté et d’échanger avec son audience.",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : « La vocation des réseaux sociaux est de créer une communauté (familiale, amicale, professionnelle ou d’intérêt commun) et échanger avec son audience », d’où l’intérêt d’un contenu engageant.",
    sources: ["medias-sociaux/strategie"],
  },
  {
    id: "q2-13",
    question: 2,
    kind: "single",
    prompt:
      "Selon « Réseaux sociaux : passez du “Like” au “Love” ! », qu’est-ce qui est notamment l’une des clés d’une relation de qualité avec les internautes ?",
    options: [
      { id: "a", text: "Un socle d’audience suffisant" },
      { id: "b", text: "Un Community Management performant" },
      { id: "c", text: "Des campagnes de recrutement massif" },
      { id: "d", text: "Des publications sponsorisées" },
    ],
    correct: ["b"],
    explanation:
      "« Un Community Management performant est notamment l'une des clés qui permettra de développer une relation de qualité avec les internautes. » Le socle d’audience et le recrutement de fans sont l’étape d’avant.",
    sources: ["like-love/like-au-love", "like-love/taille-audience"],
  },
  {
    id: "q2-14",
    question: 2,
    kind: "single",
    prompt:
      "Selon « Réseaux sociaux : passez du “Like” au “Love” ! », à quelle condition développer la qualité des interactions est-il « un challenge largement à leur portée » pour les entreprises ?",
    options: [
      { id: "a", text: "Si elles comptent déjà plus d’un million de fans" },
      { id: "b", text: "Si elles allouent les ressources nécessaires" },
      { id: "c", text: "Si elles vendent aux particuliers (BtoC)" },
      { id: "d", text: "Si elles confient leur page à un influenceur connu" },
    ],
    correct: ["b"],
    explanation:
      "C’est « un challenge largement à leur portée, si elles prennent le soin d’allouer les ressources nécessaires pour cela ». La taille de l’audience ou le type de clientèle n’y sont pour rien.",
    sources: ["like-love/like-au-love"],
  },
  {
    id: "q2-15",
    question: 2,
    kind: "single",
    prompt:
      "Selon « #CommuniTip #5 : Les réseaux sociaux : oui, mais… comment? », pourquoi la personnalité de la marque doit-elle se retrouver dans le style des conversations ?",
    options: [
      { id: "a", text: "Pour consolider l’image souhaitée auprès des publics" },
      { id: "b", text: "Pour capter l’attention grâce à une variété de formats" },
      { id: "c", text: "Pour que chaque client reçoive la même réponse toute faite" },
      { id: "d", text: "Pour imiter le ton des marques concurrentes" },
    ],
    correct: ["a"],
    explanation:
      "Si la personnalité est « audacieuse, glamour ou savante, ce ton se retrouvera dans les conversations contribuant ainsi à consolider l’image souhaitée auprès des publics ».",
    sources: ["communitip/proximite-personnalite"],
  },

  // ─── Chapitre 3 : la viralité ──────────────────────────────────────────────────
  {
    id: "q3-01",
    question: 3,
    kind: "single",
    prompt:
      "D’après « Spécificités de la communication sur les réseaux sociaux » et « R comme ... Réseaux sociaux », quelle réponse nuancée peut-on donner à la question « La viralité des réseaux est-elle une bonne chose ? »",
    options: [
      { id: "a", text: "Oui, toujours : plus on est partagé, plus l’image de la marque s’améliore" },
      { id: "b", text: "Non, jamais : les marques doivent tout faire pour l’éviter" },
      { id: "c", text: "Elle accroît la visibilité, mais propage aussi vite le négatif" },
      { id: "d", text: "Elle ne concerne que les fake-news" },
    ],
    correct: ["c"],
    explanation:
      "Un contenu partagé peut augmenter la visibilité de la marque « de manière significative » ; mais la « face sombre » de la viralité, c’est la vitesse de propagation des mauvaises nouvelles, des commentaires négatifs et des fake-news.",
    sources: ["specificites/proximite-reactivite", "r-comme-reseaux/pour-l-entreprise", "r-comme-reseaux/gerer"],
  },
  {
    id: "q3-02",
    question: 3,
    kind: "multiple",
    prompt:
      "Que cite « Spécificités de la communication sur les réseaux sociaux » dans la « face sombre » de la viralité ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Les mauvaises nouvelles" },
      { id: "b", text: "Les fake-news et les rumeurs conspirationnistes" },
      { id: "c", text: "Les publications sponsorisées des marques" },
      { id: "d", text: "Les commentaires négatifs" },
    ],
    correct: ["a", "b", "d"],
    explanation:
      "La face sombre de la viralité est « la vitesse de propagation des mauvaises nouvelles, des commentaires négatifs, des fake-news et autres rumeurs conspirationnistes ». Les publications sponsorisées n’y figurent pas.",
    sources: ["specificites/proximite-reactivite"],
  },
  {
    id: "q3-03",
    question: 3,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « Spécificités de la communication sur les réseaux sociaux », un contenu viral peut atteindre un large public en peu de temps.",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : « Le contenu sur les réseaux sociaux a le potentiel de devenir viral, atteignant ainsi un large public en peu de temps. »",
    sources: ["specificites/proximite-reactivite"],
  },
  {
    id: "q3-04",
    question: 3,
    kind: "single",
    prompt:
      "Selon « R comme ... Réseaux sociaux », à quelle condition une personne transfère-t-elle une information d’un de ses groupes à un autre ?",
    options: [
      { id: "a", text: "Si la marque la rémunère pour le faire" },
      { id: "b", text: "Si l’information est sponsorisée" },
      { id: "c", text: "Si elle connaît personnellement quelqu’un dans l’entreprise" },
      { id: "d", text: "Si elle la juge utile, importante ou « cool »" },
    ],
    correct: ["d"],
    explanation:
      "Chacun peut « transférer » l’information d’un groupe à un autre, mais « cette personne ne fera cela que si elle pense que l'information est utile, importante ou « cool » ! ».",
    sources: ["r-comme-reseaux/pour-l-entreprise"],
  },
  {
    id: "q3-05",
    question: 3,
    kind: "single",
    prompt:
      "D’après « R comme ... Réseaux sociaux », que risque une entreprise qui ne réagit pas très vite à une question ou à un problème d’un client ?",
    options: [
      { id: "a", text: "Une information négative se propage comme une traînée de poudre" },
      { id: "b", text: "Ses publications perdent leur place dans les fils d’actualité de Facebook" },
      { id: "c", text: "Rien : les internautes oublient vite les problèmes" },
      { id: "d", text: "Son taux d’interaction passe sous la barre de 1 %" },
    ],
    correct: ["a"],
    explanation:
      "Elle doit « réagir très vite en cas de question ou de problème, faute de quoi, une information négative pourra se propager comme une traînée de poudre sur le web, écornant l'image de l'entreprise ».",
    sources: ["r-comme-reseaux/gerer"],
  },
  {
    id: "q3-07",
    question: 3,
    kind: "multiple",
    prompt:
      "En cas de crise, d’échec ou de problème, que conseille « #CommuniTip #5 : Les réseaux sociaux : oui, mais… comment? » ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Accepter les critiques avec humilité" },
      { id: "b", text: "Attendre en silence que la rumeur s’éteigne" },
      { id: "c", text: "Supprimer les commentaires critiques" },
      { id: "d", text: "Donner les informations nécessaires pour montrer ses efforts" },
    ],
    correct: ["a", "d"],
    explanation:
      "Il faut « accepter d’éventuelles critiques avec humilité, et s’efforcer de donner les informations nécessaires montrant ainsi nos efforts ». Le texte ne conseille ni de supprimer ni de se taire.",
    sources: ["communitip/ne-jamais-mentir"],
  },
  {
    id: "q3-08",
    question: 3,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « #CommuniTip #5 : Les réseaux sociaux : oui, mais… comment? », sur les réseaux sociaux, un mensonge découvert provoque des dégâts qui durent longtemps.",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : « il ne faut jamais mentir. Sur les réseaux sociaux, la vérité finit souvent par voir le jour, et un mensonge éventé provoque des dégâts qui durent longtemps ».",
    sources: ["communitip/ne-jamais-mentir"],
  },
  {
    id: "q3-09",
    question: 3,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « Communiquer sur les médias sociaux », une entreprise qui communique bien sur les réseaux sociaux a la garantie que ses publications transporteront les foules.",
    options: vraiFaux,
    correct: ["f"],
    explanation:
      "Faux : communiquer sur les réseaux « n’est en aucune manière une garantie que vos publications transportent les foules, même si vous le faites bien », car tous les sujets n’éveillent pas le même intérêt.",
    sources: ["medias-sociaux/valeur-des-sujets"],
  },
  {
    id: "q3-11",
    question: 3,
    kind: "single",
    prompt:
      "Selon « R comme ... Réseaux sociaux », qu’est-ce qui est en jeu quand une entreprise se lance sur les réseaux sans s’y être préparée ?",
    options: [
      { id: "a", text: "Sa notoriété à l’échelle mondiale" },
      { id: "b", text: "Son taux d’engagement" },
      { id: "c", text: "Sa crédibilité" },
      { id: "d", text: "Le budget de ses campagnes sponsorisées" },
    ],
    correct: ["c"],
    explanation:
      "Faire vivre des comptes prend du temps et il faut réagir vite : « il convient donc de s'y préparer et de s'en donner les moyens, c'est la crédibilité de l'entreprise qui est en jeu ».",
    sources: ["r-comme-reseaux/gerer"],
  },
  {
    id: "q3-12",
    question: 3,
    kind: "single",
    prompt:
      "D’après « Communiquer sur les médias sociaux », pourquoi une entreprise du BtoC a-t-elle intérêt à faire une veille sur Twitter ?",
    options: [
      { id: "a", text: "Pour surveiller sa réputation, car ses clients y laissent des avis" },
      { id: "b", text: "Pour repérer les contacts pertinents dans les entreprises visées" },
      { id: "c", text: "Pour répondre aux journalistes qui y cherchent de l’info" },
      { id: "d", text: "Pour suivre les évolutions de son secteur et ses concurrents" },
    ],
    correct: ["a"],
    explanation:
      "« Si vous êtes une entreprise du BtoC, sachez que vos clients sont susceptibles d’y laisser des avis. Il sera donc pertinent d’y faire une veille pour surveiller votre réputation. » Repérer des contacts et suivre ses concurrents, c’est LinkedIn.",
    sources: ["medias-sociaux/twitter", "medias-sociaux/linkedin"],
  },
  {
    id: "q3-14",
    question: 3,
    kind: "single",
    prompt:
      "Selon « Spécificités de la communication sur les réseaux sociaux », quel contenu les entreprises doivent-elles créer pour profiter de la viralité ?",
    options: [
      { id: "a", text: "Du contenu qui incite à être partagé" },
      { id: "b", text: "Des publicités payantes, diffusées au plus grand nombre" },
      { id: "c", text: "Des informations de 140 caractères au maximum" },
      { id: "d", text: "Des messages identiques sur tous les réseaux à la fois" },
    ],
    correct: ["a"],
    explanation:
      "« Les entreprises doivent créer du contenu qui incite à être partagé par leur audience, ce qui peut augmenter la visibilité de leur marque de manière significative. »",
    sources: ["specificites/proximite-reactivite"],
  },
  {
    id: "q3-15",
    question: 3,
    kind: "single",
    prompt:
      "Selon « R comme ... Réseaux sociaux », qu’est-ce qui peut se construire quand une information est transférée d’un groupe de personnes à un autre ?",
    options: [
      { id: "a", text: "Un fichier de contacts très qualifiés" },
      { id: "b", text: "La notoriété d’une marque" },
      { id: "c", text: "Une place de marché où vendre ses produits" },
      { id: "d", text: "Un réseau de journalistes (RP)" },
    ],
    correct: ["b"],
    explanation:
      "« C'est ainsi que peut se construire la notoriété d'une marque, en étant diffusée largement et en étant supportée par des personnes qui en deviennent des vrais ambassadeurs ».",
    sources: ["r-comme-reseaux/pour-l-entreprise"],
  },
  {
    id: "q3-16",
    question: 3,
    kind: "single",
    prompt:
      "Selon « R comme ... Réseaux sociaux », pourquoi une information peut-elle se diffuser largement sur un réseau social ?",
    options: [
      { id: "a", text: "Parce que chacun fait partie de plusieurs groupes" },
      { id: "b", text: "Parce que les algorithmes de Facebook la mettent en avant" },
      { id: "c", text: "Parce que les hashtags la montrent à tous les utilisateurs" },
      { id: "d", text: "Parce que les journalistes la reprennent automatiquement" },
    ],
    correct: ["a"],
    explanation:
      "Les échanges se font au sein d’un groupe, « mais chaque personne faisant partie de plusieurs groupes, elle peut « transférer » l'information d'un groupe à un autre, conduisant ensuite à une plus large diffusion ».",
    sources: ["r-comme-reseaux/pour-l-entreprise"],
  },
  {
    id: "q3-17",
    question: 3,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « Communiquer sur les médias sociaux », pour être davantage partagé, un peu de racolage est acceptable, même si l’on n’en est pas fier.",
    options: vraiFaux,
    correct: ["f"],
    explanation:
      "Faux : « Ne tentez pas de faire du racolage dont vous ne seriez pas fier. » Tous les sujets n’éveillent pas le même intérêt, et « seuls comptent les résultats de vos objectifs de développement ».",
    sources: ["medias-sociaux/valeur-des-sujets"],
  },

  // ─── Chapitre 4 : le ciblage ───────────────────────────────────────────────────
  {
    id: "q4-01",
    question: 4,
    kind: "multiple",
    prompt:
      "Selon « Spécificités de la communication sur les réseaux sociaux », en fonction de quels critères les outils de ciblage permettent-ils de choisir son public ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Centres d’intérêt" },
      { id: "b", text: "Taux d’engagement de la page de l’entreprise" },
      { id: "c", text: "Démographiques" },
      { id: "d", text: "Comportementaux" },
      { id: "e", text: "Géographiques" },
    ],
    correct: ["a", "c", "d", "e"],
    explanation:
      "Les outils de ciblage diffusent le message auprès d’un public spécifique « en fonction de critères démographiques, géographiques, comportementaux et d'intérêts ». Le taux d’engagement mesure la performance, pas la cible.",
    sources: ["specificites/analyse-ciblage"],
  },
  {
    id: "q4-02",
    question: 4,
    kind: "single",
    prompt:
      "Selon « Spécificités de la communication sur les réseaux sociaux », qu’apporte le ciblage précis à la communication d’une entreprise ?",
    options: [
      { id: "a", text: "Une communication plus personnalisée et pertinente" },
      { id: "b", text: "Une viralité garantie" },
      { id: "c", text: "Un même message, identique pour tous les publics visés" },
      { id: "d", text: "La fin de toute dépense publicitaire" },
    ],
    correct: ["a"],
    explanation:
      "Diffuser son message auprès d’un public spécifique : « Cela permet une communication plus personnalisée et pertinente. »",
    sources: ["specificites/analyse-ciblage"],
  },
  {
    id: "q4-03",
    question: 4,
    kind: "single",
    prompt:
      "Selon « Spécificités de la communication sur les réseaux sociaux », à quoi sert la mesure des performances (impressions, engagements, clics…) ?",
    options: [
      { id: "a", text: "À connaître le nom et l’adresse exacte de chaque internaute touché" },
      { id: "b", text: "À optimiser les campagnes pour obtenir de meilleurs résultats" },
      { id: "c", text: "À contourner les algorithmes des plateformes" },
      { id: "d", text: "À remplacer le ciblage par un envoi à tous" },
    ],
    correct: ["b"],
    explanation:
      "Les outils d’analyse mesurent l’efficacité de la communication commerciale : « Cette analyse permet d'optimiser les campagnes pour obtenir de meilleurs résultats. »",
    sources: ["specificites/analyse-ciblage"],
  },
  {
    id: "q4-04",
    question: 4,
    kind: "multiple",
    prompt:
      "D’après « Spécificités de la communication sur les réseaux sociaux », que mesurent les outils d’analyse des plateformes ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Le chiffre d’affaires réalisé en magasin" },
      { id: "b", text: "Le nombre de clics" },
      { id: "c", text: "Le nombre d’engagements" },
      { id: "d", text: "Le nombre d’impressions" },
    ],
    correct: ["b", "c", "d"],
    explanation:
      "Ils mesurent l’efficacité de la communication commerciale, « y compris le nombre d'impressions, d'engagements, de clics, etc. ». Les ventes en magasin ne sont pas mentionnées.",
    sources: ["specificites/analyse-ciblage"],
  },
  {
    id: "q4-05",
    question: 4,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « Communiquer sur les médias sociaux », c’est le réseau choisi qui détermine la cible de l’entreprise, et non l’inverse.",
    options: vraiFaux,
    correct: ["f"],
    explanation:
      "Faux : « C’est votre cible qui détermine le choix du réseau, pas le contraire. » Les réseaux doivent vous servir.",
    sources: ["medias-sociaux/importance-du-site"],
  },
  {
    id: "q4-06",
    question: 4,
    kind: "single",
    prompt:
      "Selon « Communiquer sur les médias sociaux », pourquoi Facebook cherche-t-il à faire passer à l’internaute le plus de temps possible sur le réseau ?",
    options: [
      { id: "a", text: "Pour lui vendre directement ses propres produits" },
      { id: "b", text: "Pour le mettre en relation avec des recruteurs qui cherchent des talents" },
      { id: "c", text: "Pour cerner ses intérêts et en faire une cible publicitaire" },
      { id: "d", text: "Pour l’aider à créer son propre site internet" },
    ],
    correct: ["c"],
    explanation:
      "Facebook incite l’internaute à interagir « pour définir son profil et ses centres d'intérêts », afin de disposer d’un vivier de contacts « qu’il pourra utiliser comme cible publicitaire (fichiers très qualifiés) ».",
    sources: ["medias-sociaux/facebook"],
  },
  {
    id: "q4-07",
    question: 4,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « Communiquer sur les médias sociaux », le système de hashtags de Twitter permet de cibler son audience, au-delà de toute publicité.",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : « Le système de hashtags* de Twitter est très au point pour cibler votre audience, au delà de toute publicité. »",
    sources: ["medias-sociaux/twitter"],
  },
  {
    id: "q4-08",
    question: 4,
    kind: "single",
    prompt:
      "D’après « #CommuniTip #5 : Les réseaux sociaux : oui, mais… comment? », quel réseau une organisation qui cherche des bénévoles a-t-elle intérêt à utiliser ?",
    options: [
      { id: "a", text: "Facebook" },
      { id: "b", text: "Twitter" },
      { id: "c", text: "Instagram" },
      { id: "d", text: "LinkedIn" },
    ],
    correct: ["d"],
    explanation:
      "« Pour une organisation qui cherche des bénévoles le fait d’avoir une page sur Linkedin lui permettra de recruter les profils les plus adaptés a ses projets. »",
    sources: ["communitip/choisir-ses-reseaux"],
  },
  {
    id: "q4-09",
    question: 4,
    kind: "multiple",
    prompt:
      "Selon « #CommuniTip #5 : Les réseaux sociaux : oui, mais… comment? », quelles associations entre un type d’organisation et un réseau sont conseillées ? (Plusieurs réponses)",
    options: [
      { id: "a", text: "Produits liés à la beauté → Tumblr" },
      { id: "b", text: "Marque qui s’adresse au grand public → Fan Page sur Facebook" },
      { id: "c", text: "Produits liés à l’art ou à la beauté → Instagram et Pinterest" },
      { id: "d", text: "Journal ou magazine → Twitter" },
    ],
    correct: ["b", "c", "d"],
    explanation:
      "Le #CommuniTip conseille Twitter pour un journal ou un magazine, Instagram et Pinterest pour l’art et la beauté, une Fan Page Facebook pour le grand public. Tumblr, lui, est « assez peu utilisé par les marques » (« R comme ... Réseaux sociaux »).",
    sources: ["communitip/choisir-ses-reseaux", "r-comme-reseaux/cas-pratique"],
  },
  {
    id: "q4-10",
    question: 4,
    kind: "single",
    prompt: "Selon « Communiquer sur les médias sociaux », comment LinkedIn aide-t-il les commerciaux à prospecter ?",
    options: [
      { id: "a", text: "Ses outils de recherche repèrent les contacts pertinents" },
      { id: "b", text: "Il diffuse largement leurs publications sans qu’ils aient à payer" },
      { id: "c", text: "Il leur donne accès aux fichiers de contacts de Facebook" },
      { id: "d", text: "Il classe les entreprises selon leur chiffre d’affaires" },
    ],
    correct: ["a"],
    explanation:
      "« Grâce à ses puissants outils de recherches, Linkedin leur permet d'identifier les contacts pertinents dans les entreprises visées. » Sans être sponsorisées, ses publications n’ont qu’une portée limitée.",
    sources: ["medias-sociaux/linkedin"],
  },
  {
    id: "q4-11",
    question: 4,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « R comme ... Réseaux sociaux », Facebook convient a priori plutôt aux produits destinés aux particuliers (vêtements, parfums, loisirs…).",
    options: vraiFaux,
    correct: ["v"],
    explanation:
      "Vrai : sur Facebook, les échanges entre amis portent « a priori davantage sur des produits s'adressant aux particuliers ». « Communiquer sur les médias sociaux » le juge pertinent pour le grand public (BtoC).",
    sources: ["r-comme-reseaux/cas-pratique", "medias-sociaux/facebook"],
  },
  {
    id: "q4-12",
    question: 4,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « Communiquer sur les médias sociaux », sur LinkedIn comme sur Facebook, une publication atteint un large public sans avoir besoin d’être sponsorisée.",
    options: vraiFaux,
    correct: ["f"],
    explanation:
      "Faux : « à l'instar de Facebook, sans être sponsorisées, les publications n'ont qu'une portée limitée ». Sponsoriser permet d’acquérir « une audience plus large… et plus qualifiée ».",
    sources: ["medias-sociaux/linkedin", "medias-sociaux/facebook"],
  },
  {
    id: "q4-13",
    question: 4,
    kind: "single",
    prompt: "Selon « R comme ... Réseaux sociaux », pourquoi les marques utilisent-elles de plus en plus Pinterest ?",
    options: [
      { id: "a", text: "C’est la plus grande plateforme sociale mondiale" },
      { id: "b", text: "On y met en avant des photos de produits" },
      { id: "c", text: "On y publie de courtes informations de 140 caractères" },
      { id: "d", text: "Il met en relation candidats et recruteurs" },
    ],
    correct: ["b"],
    explanation:
      "Pinterest est « avant tout un réseau où on met en avant des photographies des produits », que les utilisateurs épinglent. Les autres réponses décrivent Facebook, Twitter et LinkedIn.",
    sources: ["r-comme-reseaux/cas-pratique"],
  },
  {
    id: "q4-15",
    question: 4,
    kind: "single",
    prompt:
      "Selon « Communiquer sur les médias sociaux », quelle « bonne nouvelle » Facebook réserve-t-il à l’entreprise qui met la main au portefeuille ?",
    options: [
      { id: "a", text: "Elle peut cibler son audience qualifiée" },
      { id: "b", text: "Ses publications deviennent forcément virales" },
      { id: "c", text: "Les algorithmes du fil d’actualité lui sont révélés" },
      { id: "d", text: "Elle peut se passer d’un profil perso et d’une page pro" },
    ],
    correct: ["a"],
    explanation:
      "Il faut « mettre la main au portefeuille pour optimiser votre visibilité. Mais bonne nouvelle, grâce à Facebook, vous pouvez cibler votre audience qualifiée ». Les algorithmes, eux, restent « tenus secrets ».",
    sources: ["medias-sociaux/facebook"],
  },
  {
    id: "q4-16",
    question: 4,
    kind: "single",
    prompt:
      "Selon « Communiquer sur les médias sociaux », pour quel type d’entreprise Twitter est-il « fait pour vous » quand il s’agit de veille sectorielle et de conversation ?",
    options: [
      { id: "a", text: "Une entreprise plutôt du BtoB" },
      { id: "b", text: "Une entreprise du BtoC qui vend aux particuliers" },
      { id: "c", text: "Une organisation qui cherche des bénévoles" },
      { id: "d", text: "Un artisan qui vend des produits de beauté" },
    ],
    correct: ["a"],
    explanation:
      "« Si vous êtes plutôt une entreprise du BtoB, Twitter est fait pour vous. » Pour le BtoC, le document signale plutôt les avis à surveiller ; les bénévoles, c’est LinkedIn ; la beauté, Instagram et Pinterest.",
    sources: ["medias-sociaux/twitter"],
  },
  {
    id: "q4-17",
    question: 4,
    kind: "single",
    prompt: "Selon « Communiquer sur les médias sociaux », quelle est la vocation première de LinkedIn ?",
    options: [
      { id: "a", text: "Entretenir des relations familiales ou amicales" },
      { id: "b", text: "Relier demandeurs d’emploi et entreprises qui recrutent" },
      { id: "c", text: "Publier de courtes informations en temps réel" },
      { id: "d", text: "Mettre en avant des photographies de produits" },
    ],
    correct: ["b"],
    explanation:
      "« La vocation première de Linkedin est de favoriser la connexion entre les internautes en recherche d'emploi et les entreprises à la recherche de nouveaux talents. » Les autres réponses décrivent Facebook, Twitter et Pinterest.",
    sources: ["medias-sociaux/linkedin"],
  },
  {
    id: "q4-18",
    question: 4,
    kind: "truefalse",
    prompt:
      "Vrai ou faux ? Selon « #CommuniTip #5 : Les réseaux sociaux : oui, mais… comment? », mieux vaut ouvrir d’emblée des comptes sur le plus grand nombre de réseaux possible, puis faire le tri.",
    options: vraiFaux,
    correct: ["f"],
    explanation:
      "Faux : « Il faut surtout commencer peu à peu et bien cibler les réseaux sociaux les plus adaptés à nos besoins. »",
    sources: ["communitip/choisir-ses-reseaux"],
  },
];
