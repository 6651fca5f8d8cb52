import type { Tip } from "./types.js";

/**
 * Daily tips on community management and reactivity, written from the five course documents.
 * Plain text only (no Discord markdown). Ids are stable: never renumber or reuse them.
 *
 * Each tip is about community management or reactivity and says only what the sections it cites support (advice of
 * our own where they support it); French typography with no-break spaces (U+00A0) before ? ! : ; and inside « ».
 * Retired after the content review of December 2026 (off the theme, near-duplicates, or resting on the reader's
 * comment): astuce-03, 13, 16, 27, 28, 33, 44, 48, 51, 52, 53. New ids start at astuce-54.
 */
export const tipBank: readonly Tip[] = [
  {
    id: "astuce-01",
    title: "Organisez la veille : les réseaux vivent en temps réel",
    text: "Les réseaux sociaux sont des environnements en temps réel où les conversations vont vite, et l'entreprise doit être prête à réagir rapidement aux commentaires, aux questions et aux préoccupations. Avant d'ouvrir un compte, décidez qui surveillera les messages, à quelles heures et qui le remplace en cas d'absence. La réactivité ne s'improvise pas : elle s'organise.",
    sources: ["specificites/proximite-reactivite"],
  },
  {
    id: "astuce-02",
    title: "Passez du discours au dialogue",
    text: "Ne vous contentez pas de diffuser des annonces. Pour stimuler les échanges, sollicitez l'avis de vos abonnés, invitez-les à commenter et à partager : terminez par exemple vos publications par une vraie question, à laquelle on a envie de répondre. Une marque qui ne fait que parler reste au stade du simple « Like ».",
    sources: ["like-love/like-au-love"],
  },
  {
    id: "astuce-04",
    title: "Ne mentez jamais, même pour sauver la face",
    text: "Règle impérative : ne mentez jamais sur les réseaux sociaux. La vérité finit souvent par voir le jour, et un mensonge éventé provoque des dégâts qui durent longtemps. Avant de publier une réponse délicate, vérifiez que chaque affirmation est exacte. Mieux vaut reconnaître un fait gênant que l'habiller d'une contre-vérité qui ressortira plus tard.",
    sources: ["communitip/ne-jamais-mentir"],
  },
  {
    id: "astuce-05",
    title: "Un réseau social n'est pas une boutique",
    text: "La plus grande erreur est de croire qu'ouvrir une page Facebook va faire décoller les ventes. Un réseau social n'est pas une place de marché : c'est un lieu où l'on échange des informations au sein de groupes de personnes. Animez votre communauté pour informer et pour échanger avec elle, pas pour placer un produit à chaque publication.",
    sources: ["r-comme-reseaux/pour-l-entreprise"],
  },
  {
    id: "astuce-06",
    title: "Suivez le taux d'engagement plutôt que le nombre d'abonnés",
    text: "Un gros compteur d'abonnés ne dit pas grand-chose. Il est admis que le taux d'engagement révèle mieux votre notoriété que le nombre de followers. Regardez donc d'abord combien de personnes réagissent à vos publications. Nuance du même document : si vous n'êtes pas une marque du BtoC, ne vous focalisez pas non plus sur ce taux.",
    sources: ["medias-sociaux/valeur-des-sujets"],
  },
  {
    id: "astuce-07",
    title: "Invitez clairement à rejoindre la communauté",
    text: "Votre communication doit encourager la participation active de l'audience et inciter les clients à s'abonner au compte pour faire partie de la communauté des utilisateurs. Ne supposez pas que les visiteurs le feront d'eux-mêmes : invitez-les explicitement à s'abonner et dites-leur ce qu'ils trouveront en vous suivant.",
    sources: ["specificites/proximite-reactivite"],
  },
  {
    id: "astuce-08",
    title: "Être absent ne vous protège pas : participez",
    text: "Même si vous n'êtes pas actif sur un réseau, les commentaires qui y circulent peuvent vous concerner directement. En participant, vous pouvez au contraire donner votre avis et influencer la conversation ; la contrôler, en revanche, n'est plus possible. Quand on parle de votre marque, entrez dans l'échange au lieu de le laisser se faire sans vous.",
    sources: ["communitip/attitude"],
  },
  {
    id: "astuce-09",
    title: "Un problème signalé passe avant tout le reste",
    text: "Sur les réseaux, l'entreprise est en lien direct avec ses clients. Si une question ou un problème reste sans réponse, l'information négative peut se propager comme une traînée de poudre et écorner votre image. Quand vous ouvrez vos messages, traitez en premier ceux qui signalent un problème, avant les remerciements et les questions de routine.",
    sources: ["r-comme-reseaux/gerer"],
  },
  {
    id: "astuce-10",
    title: "Le plus difficile commence après le recrutement des fans",
    text: "Recruter des fans est une première étape. Une fois l'objectif de taille critique atteint, le plus difficile reste à faire : travailler la qualité de la relation avec ce public, pour transformer l'audience en communauté. Sans cela, tous les efforts faits pour créer une base de fans auront été vains. Ne mesurez donc pas votre travail au seul nombre d'abonnés gagnés.",
    sources: ["like-love/introduction", "like-love/taille-audience", "like-love/like-au-love"],
  },
  {
    id: "astuce-11",
    title: "Une ligne éditoriale cohérente, des publications régulières",
    text: "Pour être reconnu, définissez une ligne éditoriale et graphique cohérente : des thèmes, un style visuel et un ton qui restent les mêmes d'un post à l'autre. Puis publiez régulièrement, en privilégiant les contenus qui plaisent à vos lecteurs. Un calendrier simple, avec des jours et des sujets fixés à l'avance, aide à faire vivre la page sans à-coups.",
    sources: ["medias-sociaux/facebook"],
  },
  {
    id: "astuce-12",
    title: "C'est votre cible qui choisit le réseau, pas l'inverse",
    text: "Ne suivez pas la mode du moment : c'est votre cible qui détermine le choix du réseau, pas le contraire. Avant d'animer une communauté quelque part, demandez-vous où se trouvent déjà les personnes que vous voulez toucher et où elles échangent. Un compte ouvert là où votre public n'est pas restera une conversation sans interlocuteurs.",
    sources: ["medias-sociaux/importance-du-site"],
  },
  {
    id: "astuce-14",
    title: "Sous les critiques, l'humilité d'abord",
    text: "Une crise, un échec ou un problème vous vaut des critiques ? Acceptez-les avec humilité au lieu de les contester. Puis donnez les informations nécessaires pour montrer les efforts que vous faites. Reconnaître, informer, montrer ce que vous faites : c'est l'attitude qui limite les dégâts quand la situation se tend.",
    sources: ["communitip/ne-jamais-mentir"],
  },
  {
    id: "astuce-15",
    title: "Sur Twitter, surveillez les avis de vos clients",
    text: "Si vous êtes une entreprise du BtoC, vos clients sont susceptibles de laisser des avis sur vous sur Twitter. Faites-y une veille régulière pour surveiller votre réputation : recherchez le nom de votre marque et de vos produits, pas seulement les messages qui vous sont adressés. Un avis repéré tôt est un avis auquel vous pouvez encore répondre.",
    sources: ["medias-sociaux/twitter"],
  },
  {
    id: "astuce-17",
    title: "Utile, important ou cool ? Sinon, personne ne partagera",
    text: "Chaque personne appartient à plusieurs groupes et peut transférer votre information de l'un à l'autre : c'est ainsi qu'un contenu se diffuse largement. Mais elle ne le fera que si elle juge l'information utile, importante ou « cool ». Avant de publier, vérifiez que votre post coche au moins une de ces trois cases.",
    sources: ["r-comme-reseaux/pour-l-entreprise", "specificites/proximite-reactivite"],
  },
  {
    id: "astuce-18",
    title: "Un sondage pour faire réagir, une vidéo pour montrer",
    text: "Images, vidéos, gifs, sondages, stories : les plateformes acceptent une grande variété de formats, et les entreprises doivent s'en servir pour capter l'attention de leur public. Choisissez le format selon la réaction que vous attendez de votre communauté : un sondage pour qu'elle donne son avis, une vidéo pour montrer, une image pour marquer les esprits.",
    sources: ["specificites/analyse-ciblage"],
  },
  {
    id: "astuce-19",
    title: "Écoutez vos abonnés pour adapter vos offres",
    text: "Vos abonnés vous disent ce qui les inquiète, ce dont ils ont besoin et ce qu'ils demandent. Écoutez ces échanges et tirez-en des leçons : notez les questions qui reviennent, les reproches récurrents, les envies exprimées. Puis adaptez vos propositions en conséquence. Un compte qui écoute devient une source d'idées pour toute l'entreprise.",
    sources: ["communitip/dialogue"],
  },
  {
    id: "astuce-20",
    title: "1 % d'interaction, c'est déjà excellent",
    text: "Ne vous découragez pas si peu d'abonnés réagissent. Sur une page Facebook, on considère qu'un taux d'interaction supérieur à 1 % est excellent. Calculez le vôtre (réactions rapportées au nombre d'abonnés) et comparez-le à ce repère plutôt qu'à vos espoirs.",
    sources: ["like-love/taille-audience"],
  },
  {
    id: "astuce-21",
    title: "Répondre aux commentaires, c'est aussi gagner en portée",
    text: "Sur Facebook, plus une publication produit d'engagement (clics, likes, partages, commentaires), plus elle gagne en visibilité. Créer, développer et engager votre communauté augmente donc la portée de vos publications. Répondez aux commentaires : chaque échange fait vivre la publication et la montre à davantage de personnes.",
    sources: ["medias-sociaux/facebook"],
  },
  {
    id: "astuce-22",
    title: "Avant d'ouvrir un compte, prévoyez le temps",
    text: "Avoir un compte est une chose, le faire vivre en est une autre : c'est une activité qui prend beaucoup de temps si on la fait sérieusement. Avant de vous lancer, estimez le temps nécessaire chaque semaine pour publier et pour répondre, et réservez-le dans votre agenda. Il convient de s'y préparer : c'est la crédibilité de l'entreprise qui est en jeu.",
    sources: ["r-comme-reseaux/gerer"],
  },
  {
    id: "astuce-23",
    title: "Donnez une voix à votre marque",
    text: "La personnalité de la marque fait partie de son identité et doit se retrouver dans le style de vos conversations. Audacieuse, glamour ou savante : quel que soit le ton qui lui correspond, décrivez-le en quelques mots pour toute l'équipe et tenez-le dans chaque publication comme dans chaque réponse. C'est ainsi que vous consolidez l'image souhaitée auprès des publics.",
    sources: ["communitip/proximite-personnalite"],
  },
  {
    id: "astuce-24",
    title: "Comparez vos publications, puis ajustez",
    text: "Les outils d'analyse des plateformes indiquent le nombre d'impressions, d'engagements, de clics, etc. Comparez vos publications entre elles : à la mesure des résultats, vous verrez à quels contenus votre audience est la plus sensible. Gardez ce qui fait réagir votre communauté, abandonnez le reste, et optimisez ainsi vos campagnes.",
    sources: ["specificites/analyse-ciblage", "medias-sociaux/strategie"],
  },
  {
    id: "astuce-25",
    title: "Sur Twitter, misez sur l'interactivité pendant vos événements",
    text: "Sur Twitter, l'interactivité est importante : c'est un critère intéressant pour l'engagement des internautes et la communication événementielle. Pendant un événement, répondez aux messages qui en parlent, relayez ceux de vos participants et suivez votre hashtag, ce système étant très au point pour cibler votre audience.",
    sources: ["medias-sociaux/twitter"],
  },
  {
    id: "astuce-26",
    title: "Faites naître des ambassadeurs",
    text: "La notoriété d'une marque se construit quand elle est portée par des personnes devenues de vrais ambassadeurs, tellement convaincues qu'elle leur apporte quelque chose de positif. Cherchez d'abord à apporter ce positif à votre communauté. Repérez ensuite les abonnés qui vous relaient souvent, et remerciez-les de leur soutien.",
    sources: ["r-comme-reseaux/pour-l-entreprise"],
  },
  {
    id: "astuce-29",
    title: "L'engagement n'est pas une fin en soi",
    text: "Les likes font plaisir, mais l'engagement sur Facebook n'est pas une fin en soi : ce qui compte, c'est le nombre de visites qu'il génère sur votre site, et les deux vont souvent en sens inverse. Quand vous animez la communauté, donnez-lui aussi des raisons d'aller plus loin que le like : un article à lire, une page à découvrir.",
    sources: ["medias-sociaux/facebook"],
  },
  {
    id: "astuce-30",
    title: "Faites dialoguer les membres entre eux",
    text: "Une communauté ne vit pas seulement de vos messages. Encouragez la participation et l'interaction entre les membres eux-mêmes : posez des questions ouvertes à tous, mettez en avant les bonnes réponses de vos abonnés. Ces échanges renforcent les liens avec vos clients et favorisent une adhésion qui fidélise membres et consommateurs.",
    sources: ["specificites/proximite-reactivite"],
  },
  {
    id: "astuce-31",
    title: "Commencez peu à peu",
    text: "Inutile d'ouvrir des comptes partout le même jour. Il faut surtout commencer peu à peu. Apprenez à faire vivre un premier compte, à répondre et à animer, avant d'en ajouter d'autres : une fois le bon état d'esprit acquis, la partie technique et la gestion sont relativement aisées.",
    sources: ["communitip/choisir-ses-reseaux"],
  },
  {
    id: "astuce-32",
    title: "Journalistes : échangez, mais ne vous vendez pas",
    text: "Pour vos relations publiques (les « Relations Publics » du document), sachez que beaucoup de journalistes sont sur Twitter et s'en servent pour chercher de l'info. Identifiez ceux qui suivent votre secteur, suivez-les et interagissez avec eux : commentez, répondez, partagez. Une règle à garder en tête : échangez, mais ne vous vendez pas.",
    sources: ["medias-sociaux/twitter"],
  },
  {
    id: "astuce-34",
    title: "Jouez la proximité dans chaque réponse",
    text: "Le simple fait de pouvoir interagir avec une marque crée instantanément un effet de proximité. Profitez-en : répondez de façon personnalisée plutôt qu'avec une formule toute faite, en tenant compte de ce que la personne a réellement écrit. Montrez qu'un vrai interlocuteur se trouve derrière le compte.",
    sources: ["communitip/proximite-personnalite"],
  },
  {
    id: "astuce-35",
    title: "Constituez d'abord un socle d'audience",
    text: "Pour qu'une prise de parole soit réellement efficace, il faut un socle d'audience suffisant : les marques qui ont commencé par recruter des fans ont eu raison. Au lancement d'un compte, consacrez donc une partie de vos efforts à faire connaître votre page auprès de vos clients. Sans base minimale d'abonnés, le dialogue aura du mal à démarrer.",
    sources: ["like-love/taille-audience"],
  },
  {
    id: "astuce-36",
    title: "Pas de racolage dont vous ne seriez pas fier",
    text: "Pour gonfler les chiffres, la tentation existe de publier des contenus racoleurs. Résistez : ne tentez pas de faire du racolage dont vous ne seriez pas fier. Un bon test avant de publier : seriez-vous à l'aise si votre client le plus fidèle lisait ce post ? Au final, seuls comptent les résultats de vos objectifs de développement, pas les likes faciles.",
    sources: ["medias-sociaux/valeur-des-sujets"],
  },
  {
    id: "astuce-37",
    title: "Rumeurs et fake-news : ne les laissez pas courir",
    text: "La face sombre de la viralité, c'est la vitesse de propagation des mauvaises nouvelles, des commentaires négatifs, des fake-news et des rumeurs. Quand une fausse information vous concerne, ne comptez pas sur le temps pour l'éteindre : répondez vite, là où elle circule, avec des faits que chacun peut vérifier.",
    sources: ["specificites/proximite-reactivite", "r-comme-reseaux/gerer"],
  },
  {
    id: "astuce-38",
    title: "Ouverture et transparence comme état d'esprit",
    text: "Abordez chaque conversation sur les réseaux avec un esprit d'ouverture, de transparence et de dialogue. Concrètement : répondez aux questions gênantes plutôt que de les esquiver, expliquez vos décisions, et acceptez qu'on vous pose des questions en public. C'est cette attitude, avant toute technique, qui fonde votre communication en ligne.",
    sources: ["communitip/attitude"],
  },
  {
    id: "astuce-39",
    title: "Sur Twitter, soyez prêt pour le service après-vente",
    text: "Twitter est très utilisé pour le service après-vente : demandes d'assistance, renseignements sur les produits. Si vous êtes en BtoC, préparez-vous à y répondre comme à un guichet : vite, précisément, et en suivant chaque demande jusqu'à sa solution. Vos abonnés y attendent aussi vos offres, promotions et nouveautés.",
    sources: ["medias-sociaux/twitter"],
  },
  {
    id: "astuce-40",
    title: "Apprenez les codes de chaque réseau",
    text: "Chaque réseau a ses spécificités : on n'y communique pas de la même façon. Avant d'animer une communauté sur un nouveau réseau, prenez le temps d'en observer les usages, les nuances, les petites astuces et les clins d'œil propres à son audience. Puis lancez-vous : à la mesure des résultats, vous verrez ce qui y fonctionne.",
    sources: ["medias-sociaux/strategie", "communitip/choisir-ses-reseaux"],
  },
  {
    id: "astuce-41",
    title: "Sur Twitter, allez droit au but",
    text: "Les documents du cours décrivent Twitter comme du micro-blogging limité à 140 caractères (hors lien) ; cette limite a changé depuis, mais la concision reste de mise, d'autant que les commentaires y sont souvent aussi longs que l'information elle-même. Allez droit au but, et préparez des réponses tout aussi concises.",
    sources: ["r-comme-reseaux/cas-pratique", "medias-sociaux/twitter"],
  },
  {
    id: "astuce-42",
    title: "Parlez d'égal à égal avec votre public",
    text: "La publicité classique lance un message dans un seul sens, sans presque aucun retour. Sur les réseaux, plus on communique d'égal à égal avec son public, meilleurs sont les résultats. Bannissez le ton descendant du communiqué officiel : écrivez comme vous répondriez à un client en face de vous, avec des phrases simples et directes.",
    sources: ["communitip/dialogue"],
  },
  {
    id: "astuce-43",
    title: "Faites de la veille sur votre secteur",
    text: "Sur Twitter, suivez l'actualité de votre secteur : c'est un outil de veille sectorielle autant que de conversation. Abonnez-vous aux comptes qui comptent dans votre domaine et lisez ce qui s'y dit avant de prendre la parole. Vous saurez ce qui intéresse votre communauté, et vos réponses seront plus justes.",
    sources: ["medias-sociaux/twitter"],
  },
  {
    id: "astuce-45",
    title: "C'est là qu'on vous cherche : soyez là pour répondre",
    text: "C'est de plus en plus sur les réseaux sociaux que les publics cherchent en premier les informations sur une marque, un produit ou une organisation. Vous y répondez aux attentes des internautes qui cherchent à mieux vous connaître : tenez vos profils à jour et répondez aux questions de ceux qui découvrent votre entreprise.",
    sources: ["communitip/introduction", "medias-sociaux/valeur-des-sujets"],
  },
  {
    id: "astuce-46",
    title: "Passez chaque campagne au crible des spécificités des réseaux",
    text: "Avant de lancer une campagne, reprenez les spécificités de la communication sur les réseaux. Favorise-t-elle l'interactivité et l'engagement ? Qui répondra, et en combien de temps, aux commentaires qu'elle suscitera ? Êtes-vous prêt si elle devient virale, en bien comme en mal ? Comment mesurerez-vous ses performances ?",
    sources: ["specificites/introduction", "specificites/proximite-reactivite", "specificites/analyse-ciblage"],
  },
  {
    id: "astuce-47",
    title: "Des contenus originaux qui n'appartiennent qu'à vous",
    text: "Pour engager votre audience, publiez du contenu qui suscite l'intérêt : des textes de qualité, de belles images, des photos et des vidéos originales, qui vous définissent et n'appartiennent qu'à vous. Vos abonnés réagissent plus volontiers à ce qu'ils ne voient nulle part ailleurs : c'est aussi ce qui vous rend reconnaissable.",
    sources: ["medias-sociaux/strategie"],
  },
  {
    id: "astuce-49",
    title: "Reliez votre communication à l'actualité",
    text: "Twitter sert à communiquer en temps réel et à suivre l'actualité. Il est efficace d'y parler de votre propre actualité, ou de relier votre communication à l'actualité du moment. Quand un événement concerne votre secteur, réagissez pendant qu'on en parle, pas une semaine plus tard.",
    sources: ["medias-sociaux/twitter"],
  },
  {
    id: "astuce-50",
    title: "Tous les sujets n'ont pas la même valeur",
    text: "Comme en relations publiques, tous les sujets n'éveillent pas le même intérêt chez les internautes, et même une publication bien faite n'a aucune garantie de transporter les foules. Ne vous découragez pas quand un post passe inaperçu, et choisissez vos sujets selon ce qui intéresse votre communauté, pas seulement selon ce que vous avez envie de dire.",
    sources: ["medias-sociaux/valeur-des-sujets"],
  },
  {
    id: "astuce-54",
    title: "Accueillez chaque nouvel abonné",
    text: "Quand un internaute « like » votre page pour s'abonner, il envoie un premier signal fort : il vous donne le feu vert pour débuter une relation. Ne laissez pas ce signal sans suite : remerciez les nouveaux abonnés, répondez à leur premier commentaire, montrez-leur où poser leurs questions.",
    sources: ["like-love/like-au-love"],
  },
  {
    id: "astuce-55",
    title: "Répondez aussi aux messages positifs",
    text: "Le but du dialogue est de favoriser les interactions positives, qui génèrent du capital sympathie et, à terme, du business. Ne réservez donc pas vos réponses aux plaintes : remerciez un compliment, saluez une photo partagée par un client, répondez à une bonne idée. Ces échanges-là aussi construisent la relation.",
    sources: ["like-love/like-au-love"],
  },
  {
    id: "astuce-56",
    title: "Le community management demande des ressources",
    text: "Un community management performant est l'une des clés d'une relation de qualité avec les internautes. Développer la qualité des interactions est un défi à la portée des entreprises, si elles prennent le soin d'allouer les ressources nécessaires. Confiez donc l'animation à une personne identifiée, avec du temps réservé, plutôt qu'à celui qui aura un moment.",
    sources: ["like-love/like-au-love"],
  },
  {
    id: "astuce-57",
    title: "Chaque échange construit votre réputation",
    text: "Dès que vous communiquez sur internet, le dialogue commence, et avec lui la construction de votre réputation sur les réseaux sociaux. Chaque réponse publique est lue bien au-delà de la personne à qui elle s'adresse. Relisez-vous avant d'envoyer : le ton, l'exactitude et la politesse comptent autant que le fond.",
    sources: ["communitip/dialogue"],
  },
  {
    id: "astuce-58",
    title: "Sur LinkedIn, lisez et nourrissez les discussions",
    text: "Sur LinkedIn, les groupes de discussion et les commentaires aux publications des uns et des autres créent un forum d'expression riche en enseignements. Lisez-les pour savoir ce qui intéresse vos clients, prospects et partenaires, puis prenez part aux discussions : répondez, précisez, remerciez.",
    sources: ["medias-sociaux/linkedin"],
  },
  {
    id: "astuce-59",
    title: "Préparez vos réponses aux questions fréquentes",
    text: "Pour être prêt à réagir rapidement, listez les questions qui reviennent (horaires, livraisons, prix, retours…) et rédigez à l'avance des éléments de réponse exacts. Vous gagnerez du temps au moment de répondre, sans risquer de donner une information inexacte dans la précipitation.",
    sources: ["specificites/proximite-reactivite", "r-comme-reseaux/gerer"],
  },
  {
    id: "astuce-60",
    title: "Sur Facebook, un profil perso pour garder le contact",
    text: "Sur Facebook, le document conseille un profil perso (mais pas trop) pour initier et garder les contacts, et une page pro pour communiquer sur la marque : les deux sont complémentaires. Servez-vous du profil pour entrer en relation et entretenir les échanges, de la page pour animer la communauté autour de vos produits.",
    sources: ["medias-sociaux/facebook"],
  },
  {
    id: "astuce-61",
    title: "Publiez quand vous pouvez répondre",
    text: "Les conversations se déroulent rapidement sur les réseaux, et les premières réactions à une publication n'attendent pas. Ne publiez donc pas juste avant de partir en week-end ou de fermer le bureau. Programmez vos publications à des moments où quelqu'un pourra répondre aux réactions qu'elles provoquent.",
    sources: ["specificites/proximite-reactivite"],
  },
];
