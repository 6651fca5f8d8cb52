import type { CourseDocument } from "../types.js";

/*
 * Transcribed from 001_306b5c94f4f049b2.txt (Perspectives Communication, blog series "Les défis de la transition numérique").
 * Removed as debris (nothing else was left out):
 * - the blog masthead: "VEILLE ET ACTUALITÉS DES NOUVEAUX MÉDIAS", "LE BLOG DE PERSPECTIVES COMMUNICATION",
 *   "RÉSEAUX SOCIAUX, MÉDIAS SOCIAUX, SUPPORTS ET OUTILS DE COMMUNICATION";
 * - the series label "Les défis de la transition numérique" and the label "Problématique N°5 : " of the title line
 *   "Problématique N°5 : Communiquer sur les médias sociaux" (the rest is the document title; the number is in the
 *   description); the opening section, which has no heading in the article, is labelled "Introduction";
 * - the blog's plug "Perspectives Communication vous propose un tour d'horizon des différentes problématiques liées à
 *   la communication digitale. Restez connectés !";
 * - the image caption "Communiquer sur les reseaux sociaux" above "IMPORTANT." (like the "- Twitter" and "- Linkedin"
 *   captions below); that section, which has no heading in the article, is labelled by us from its "IMPORTANT.";
 * - the PRÉAMBULE's last sentence, "Voir en fin d’article la carte "Conversation Prism" qui présente les réseaux
 *   sociaux regroupés par thématique et nos articles associés…": the map is not part of the course;
 * - the link "Organiser ma stratégie de contenus" and the widget "LA TRANSITION NUMÉRIQUE VOUS INTÉRESSE ? ABONNEZ-VOUS !";
 * - the image titles "Communiquer sur les réseaux sociaux - Twitter" and "Communiquer sur les réseaux sociaux - Linkedin",
 *   which only repeat the heading that follows them;
 * - the link "Livre blanc "Linkedin, nouveau territoire de communication";
 * - the whole tail after the article: "take a look !", "Sur le même thème :", the image caption
 *   "conversation-prismx300 » PANORAMA DES RÉSEAUX SOCIAUX : CONVERSATION PRISM VERSION 5 (image)", the four "» …" links
 *   (CHIFFRES-CLÉS ET USAGES…, POURQUOI ET COMMENT UTILISER LINKEDIN…, TOUT CE QUE VOUS AVEZ TOUJOURS VOULU SAVOIR…,
 *   ETRE PRÉSENT SUR LES RÉSEAUX SOCIAUX. OUI, MAIS…), "LE DÉFI DE LA TRANSITION NUMÉRIQUE EN 8 POINTS" and its eight
 *   "Problématique N°1…8" links, the site footer "Perspectives - Un Oeil Moderne - Communication & Médias propose aux
 *   entreprises des services d’audit, d’accompagnement et de formation… VOIR", "[RETOUR]",
 *   "blog comments powered by Disqus";
 * - trailing spaces.
 * Kept as in the seed: the headings' spelling ("Média sociaux : …"), the footnotes
 * ("* …", "*ex. Wikipédia", "*#ceciestunhashtag") and the sub-heading "Communiquer sur les réseaux sociaux : une stratégie…".
 */
export const mediasSociaux: CourseDocument = {
  id: "medias-sociaux",
  title: "Communiquer sur les médias sociaux",
  description: "Problématique n°5 : médias sociaux, Facebook, Twitter, Linkedin et stratégie de communication.",
  source: "001_306b5c94f4f049b2.txt",
  sections: [
    {
      id: "introduction",
      title: "Introduction",
      text: "La stratégie Social Media c'est l'ensemble des actions de communication à mener sur les réseaux/médias sociaux dans le but de booster la visibilité et la notoriété de votre entreprise…",
    },
    {
      id: "definition",
      title: "Qu’est-ce que les médias sociaux ?",
      text: [
        "Les médias sociaux sont les réseaux sociaux que peu à peu l’usage a transformé en médias. De simples réseaux de partage ils tendent à devenir des médias qui véhiculent de l’information et tirent leurs revenus de la publicité*. La grande différence d’avec les médias traditionnels, c’est que les médias sociaux sont un espace d’expression et de diffusion de l’information où les contenus peuvent être personnalisés et interactifs.",
        '* Google et Facebook captent 85% de la croissance des investissements publicitaires internet. Les recettes publicitaires de Google ont augmenté de 20% en 2016, et celles de Facebook de 62%. Pour la première fois en 2017, les investissements publicitaires sur le web vont atteindre 200Mds$ et dépasser ceux de la télévision. - Source Mary Meeker ("Internet Trends")',
      ].join("\n\n"),
    },
    {
      id: "reseaux-et-medias",
      title: "Quelle est la différence entre réseaux sociaux et médias sociaux ?",
      text: [
        "### Réseaux sociaux : le lien social",
        "On utilise généralement le terme de réseaux sociaux pour les plate-formes qui favorisent le lien social et l’interaction entre les membres. Ce sont des espaces web où les internautes créent un profil de présentation et interagissent avec des membres d’une communauté acquise par relation amicale, professionnelle ou regroupée autour d'une thématique (Facebook, Linkedin, Twitter, Google+, YouTube, Flick’r, Pinterest, Instagram…)",
        "### Média sociaux : la diffusion de contenu",
        "On utilisera plutôt le terme médias sociaux pour toutes les plate-formes qui permettent de diffuser du contenu sans nécessairement avoir comme vocation de mettre les utilisateurs en relation (blogs et applications de commentaires, forums, messageries, sites participatifs -wikis*…). En réalité, tout réseau social qui vit de la publicité a vocation à entrer dans le secteur mixte des réseaux sociaux et des médias sociaux.",
        "*ex. Wikipédia",
        "Par extension on désigne par médias sociaux également toutes les technologies facilitant les interactions sociales, la création et le partage de contenus (applications mobiles…).",
      ].join("\n\n"),
    },
    {
      id: "outil-de-communication",
      title: "Les médias sociaux comme outil de communication",
      text: [
        "On intègre généralement la stratégie Social Media (ou SMO pour Social Media Organisation) au coeur d'une stratégie de communication digitale, voire au coeur même de la stratégie d'organisation / communication globale de l'entreprise.",
        "La communication Social Media a pour but d'asseoir l'identité de l'entreprise et de développer sa notoriété. La communication professionnelle / corporate / marketing de l'entreprise / de la marque sur les médias sociaux a vocation à créer de l'intérêt auprès des internautes et à les inciter à visiter le site web, corporate et/ou marchand afin, à terme, de favoriser la reconnaissance / l'acte d'achat.",
      ].join("\n\n"),
    },
    {
      id: "importance-du-site",
      title: "Important : votre site Internet d'abord",
      text: [
        "IMPORTANT.",
        "Si vous avez un site Internet (sinon il vous faudra en créer un) gardez toujours en mémoire que les réseaux sociaux doivent VOUS servir, et pas le contraire. C’est votre cible qui détermine le choix du réseau, pas le contraire.",
        "Toutes les publications que vous éditez doivent diriger l'internaute vers votre site et servir VOS intérêts.",
        "Votre site Internet reste et restera le seul espace où vous maîtrisez votre communication, alors que sur les réseaux sociaux vous êtes vulnérables aux modifications de fonctionnalités, de stratégie commerciale et d'évolutions algorithmiques.",
        "Tout miser sur les médias sociaux est donc un pari bien risqué…",
        "PRÉAMBULE : Nous avons choisi ici de nous concentrer sur les 3 réseaux sociaux majeurs : Facebook, Twitter et Linkedin. Mais il y en a bien d’autres.",
      ].join("\n\n"),
    },
    {
      id: "facebook",
      title: "Faut-il communiquer sur Facebook ?",
      text: [
        "### Facebook, réseau ou média social ?",
        "Facebook est historiquement un réseau social destiné à entretenir des relations personnelles, familiales ou amicales. On peut également y communiquer autour de son métier.",
        "Mais ne nous y trompons pas. Facebook est aujourd’hui avant tout un média. C’est à dire qu’il doit être rentable et jouer sur le double tableau de permettre aux internautes d’y figurer, de se servir de ses fonctionnalités et d’y communiquer gratuitement comme d’être fortement incités à payer pour gagner en visibilité, spécialement pour les profils / pages pro. Le but est de capter l'internaute, de l'inciter à communiquer / jouer / interagir pour définir son profil et ses centres d'intérêts. Lui faire passer le plus de temps possible sur Facebook afin que ce dernier bénéficie d’un large vivier de contacts qu’il pourra utiliser comme cible publicitaire (fichiers très qualifiés).",
        "Dans le même temps, Facebook décidera, selon des algorithmes tenus secrets, comment distribuer les publications dans les fils d'actualité. Suffisamment présentes pour que l'internaute ne soit pas frustré et tenté d’abandonner le réseau, mais suffisamment peu pour inciter le professionnel à sponsoriser ses posts pour acquérir une audience plus large… et plus qualifiée.",
        "### Est-il pertinent de communiquer sur Facebook ?",
        "Assurément oui si vos produits ou services intéressent le grand public (BtoC).",
        "Il vous faudra un profil perso (mais pas trop) pour initier et garder les contacts, et une page pro pour communiquer sur votre marque et ses produits (les deux étant complémentaires). Et mettre la main au portefeuille pour optimiser votre visibilité. Mais bonne nouvelle, grâce à Facebook, vous pouvez cibler votre audience qualifiée.",
        "Commerçants, artisans, artistes, créateurs, distributeurs… Avec plus d'un milliard d'utilisateurs, Facebook reste la plus grande plateforme sociale mondiale. Que vous aimiez ou pas, il vaut mieux être présent sur Facebook, pour la visibilité de votre activité et pour \"occuper le terrain\".",
        "Créer, développer et engager votre communauté sera également très bénéfique pour augmenter la portée des publications de votre entreprise. Car plus une publication produit de l’engagement*, plus ils va gagner en visibilité. Pour cela, vous devrez définir une ligne éditoriale et graphique cohérente pour être reconnu, poster régulièrement et privilégier les contenus qui vont plaire à vos lecteurs.",
        "* Clics, like, partages, commentaires…",
        "Au delà de l’effet de surface, l’engagement sur Facebook est une chose mais n’est pas une fin en soi. Ce qui compte, c’est le nombre de visites que Facebook génère sur les pages de votre site. Bien souvent c’est inversement proportionnel. Facebook est l’un des canaux les plus important pour générer des visites sur votre site. Il n’est donc pas à négliger, même si parfois les visites relèvent plus de la curiosité que d'un intérêt réel (intérêt qui se mesurera au temps passé sur la landing-page et au parcours utilisateur).",
      ].join("\n\n"),
    },
    {
      id: "twitter",
      title: "Faut-il communiquer sur Twitter ?",
      text: [
        "Twitter est le 3ème réseau social mondial, ce qui le rend quasiment incontournable dans la création d’un écosystème de communication efficace.",
        "### Pour la veille sectorielle et la conversation",
        "Pour communiquer en temps réel, suivre l’actualité, faire une veille sectorielle et partager du contenu inspirant, si vous êtes plutôt une entreprise du BtoB, Twitter est fait pour vous. On y communique de façon concise, 140 caractères maximum (hors lien) mais images et vidéos sont permises. Twitter est également un très bon moyen pour l'entreprise d’interagir avec ses publics. Sur Twitter, il est efficace de communiquer sur votre actualité, ou de relier votre communication à l’actualité.",
        "Comme sur Facebook, vous pouvez y créer des publicités (payantes) pour étendre la portée des publications.",
        "Le système de hashtags* de Twitter est très au point pour cibler votre audience, au delà de toute publicité. L'interactivité y est importante. C'est un critère intéressant pour la diffusion des campagnes marketing, l'engagement des internautes et la communication évènementielle.",
        "*#ceciestunhashtag",
        "### Pour la relation client",
        "Si vous êtes une entreprise du BtoC, sachez que vos clients sont susceptibles d’y laisser des avis. Il sera donc pertinent d’y faire une veille pour surveiller votre réputation. 72% des membres de la plateforme sont plus susceptibles d'acheter les produits ou services d'une société après s'être abonnés à son compte Twitter, ou avoir échangé avec la marque sur le réseau social. Pour répondre à leurs attentes, vous communiquerez sur vos offres, promotions et nouveautés.",
        "Twitter est également très utilisé pour le service après-vente (demandes d’assistance, renseignements produits etc.).",
        "### Pour les Relations Publics",
        "Beaucoup de journalistes et d'acteurs des médias (traditionnels) sont sur Twitter. Suivez-les pour suivre votre actualité, interagissez avec eux (mais ne vous vendez pas). Beaucoup de journalistes se servent de Twitter pour rechercher de l'info. Identifiez ceux qui suivent votre secteur et créez votre réseau RP.",
      ].join("\n\n"),
    },
    {
      id: "linkedin",
      title: "Faut-il communiquer sur Linkedin ?",
      text: [
        "Linkedin est LE réseau social incontournable pour favoriser les relations inter-professionnelles. Que ce soit au travers votre profil professionnel ou via votre participation à groupes de réflexion, Linkedin est une excellente plate-forme pour qui veut développer son réseau, acquérir de la notoriété et de la crédibilité, se positionner sur son marché et nouer de nouveaux contacts.",
        "### Pour les relations humaines et le BtoB",
        "La vocation première de Linkedin est de favoriser la connexion entre les internautes en recherche d'emploi et les entreprises à la recherche de nouveaux talents. Ainsi les professionnels et les entreprises ont-ils la possibilité d'apporter de la visibilité à leurs produits et services. Demandeur d'emploi et entreprises qui recrutent ont tout intérêt, les uns comme les autres, à développer leur notoriété et acquérir de la crédibilité.",
        "### Pour le Personal Branding",
        "Même si vous n'êtes pas en recherche d'emploi, vous avez tout intérêt à vous positionner sur Linkedin. Premièrement parce que si un jour vous êtes amené à rechercher un nouvel emploi il sera plus efficace d'être déjà positionné sur le réseau que de devoir commencer à travailler votre notoriété en partant de rien. Ensuite, parce que clients comme recruteurs aiment à savoir à qui ils ont affaire pour mieux vous faire confiance. Ici encore, notoriété et crédibilité sont les maîtres mots des opportunités professionnelles.",
        "### Pour la veille professionnelle et les discussions",
        "Grâce aux publications des membres Linkedin reliés à votre secteur d'activité, vous restez informé sur ce qui intéresse vos clients, prospects, partenaires, sur votre marché et vos concurrents. Vous restez ainsi au fait des évolutions de votre secteur.",
        "Par ailleurs, les groupes de discussion et les commentaires aux publications des uns et des autres créent un forum d'expression riche en enseignements.",
        "### Pour la prospection",
        "Ce n'est pas un hasard si Linkedin est aussi très utilisé par les commerciaux. Grâce à ses puissants outils de recherches, Linkedin leur permet d'identifier les contacts pertinents dans les entreprises visées. Et de pouvoir également entrer en contact avec eux. Grâce à son outil de publication, Linkedin est également un très bon canal d'information et un relais de campagnes publicitaires… en mettant la main au portefeuille, car, à l'instar de Facebook, sans être sponsorisées, les publications n'ont qu'une portée limitée.",
      ].join("\n\n"),
    },
    {
      id: "strategie",
      title: "Comment communiquer sur les réseaux sociaux ?",
      text: [
        "### Communiquer sur les réseaux sociaux : une stratégie…",
        "La vocation des réseaux sociaux est de créer une communauté (familiale, amicale, professionnelle ou d’intérêt commun) et échanger avec son audience.",
        "Il conviendra donc de publier du contenu engageant, qui suscite l’intérêt, avec du contenu éditorial de qualité, de belles images, des photos et des vidéos originales (qui vous définissent et n’appartiennent qu’à vous).",
        "Chaque réseau a ses spécificités. On n’y communique pas de la même façon. Prenez le temps d’appréhender les usages de chaque réseau… et lancez vous ! À la mesure des résultats, vous verrez à quels contenus votre audience est la plus sensible.",
      ].join("\n\n"),
    },
    {
      id: "valeur-des-sujets",
      title: "Tous les sujets n'ont pas la même valeur",
      text: [
        'À l’instar des RP, considérons que tous les sujets n’éveillent pas "à priori", le même intérêt chez les internautes. Communiquer sur les réseaux sociaux n’est en aucune manière une garantie que vos publications transportent les foules, même si vous le faites bien. Comme il est maintenant admis que le taux d\'engagement est plus révélateur de votre notoriété que le nombre de followers, ne vous focalisez pas non plus sur le taux d’engagement si vous n’êtes pas une marque du BtoC. Ne tentez pas de faire du racolage dont vous ne seriez pas fier.',
        "Pensez que votre présence sur les réseaux sociaux est un vecteur supplémentaire de notoriété au sein d’un écosystème présentiel sur le web et au sein d’une stratégie de communication globale. Vous occupez le terrain et répondez aux attentes des internautes qui cherchent à mieux vous connaître et mieux connaître votre entreprise.",
        "Le web est comme une gigantesque carte de visite. Profitez-en ! À la finale, seuls comptent les résultats de vos objectifs de développement.",
      ].join("\n\n"),
    },
  ],
};
