import type { CourseDocument } from "../types.js";

/*
 * Transcribed from 003_67337855150d6b0e.txt (article by Fabrice Lamirault). Removed as debris (nothing else was left out):
 * - the duplicated title line;
 * - the "_____…" rule before the source line;
 * - "Pour être informé de mes prochaines publications, il suffit de cliquer sur le bouton "Suivre" en haut (ou en bas)
 *   de ce billet.", "Tous mes précédents articles:" and its redirect URL (https://meilu.jpshuntong.com/url-…/fabricelamirault),
 *   "Découvrez aussi le livre blanc "La Côte d'Azur, Terre de Digital" :";
 * - around the reader's comment: the profile tagline "| Strategie sur mesure & Solutions digitales pour l'acquisition de
 *   clients", the age "8 ans", "Identifiez-vous pour afficher ou ajouter un commentaire", "Plus d’articles de Fabrice
 *   Lamirault", "Autres pages consultées", "Explorer les sujets";
 * - trailing no-break spaces.
 * The pull quote opens the section "Passez du « Like » au « Love » !" (in the seed it stands just before that heading).
 * The reader's comment is its own section, titled plainly "Commentaire d'un lecteur sous l'article": it is not the
 * author's text. The comment's author and title ("Sébastien Chaudat", "CEO - founder @ CYBER ID") are set in its
 * text: "Commentaire de … (…) : " is the only wording added to the article.
 */
export const likeLove: CourseDocument = {
  id: "like-love",
  title: "Réseaux sociaux : passez du “Like” au “Love” !",
  description: "Transformer une audience de fans en vraie communauté grâce au dialogue et au community management.",
  source: "003_67337855150d6b0e.txt",
  sections: [
    {
      id: "introduction",
      title: "Introduction",
      text: "Après avoir investi beaucoup d’argent ces dernières années pour recruter des fans, les marques doivent à présent se pencher sur une deuxième étape-clé : transformer cette audience en communauté.",
    },
    {
      id: "taille-audience",
      title: "L’importance d’une taille d’audience significative",
      text: [
        "Les entreprises françaises ont, globalement, bien intégré qu’une présence sur les réseaux sociaux était un axe indispensable dans leur stratégie de communication.",
        "Que ce soit sur Facebook, Twitter, Instagram ou encore Snapchat, elles se sont livrées à des campagnes de recrutement massif, afin de créer une base de fans ou d’abonnés avec qui elles espèrent à présent échanger et établir un dialogue. Et elles ont eu raison ! En effet, il est nécessaire d’avoir un socle d’audience suffisant pour qu’une prise de parole soit réellement efficace.",
        "A titre d’exemple, on considère qu’un taux d’interaction supérieur à 1% pour une page Facebook est excellent. Ce pourcentage souligne la nécessité d’une base minimale d’abonnés pour commencer à générer le dialogue tant recherché par les entreprises.",
        "Mais une fois l’objectif de taille critique atteint, le plus difficile reste à faire: travailler la qualité de la relation avec ce public.",
      ].join("\n\n"),
    },
    {
      id: "like-au-love",
      title: "Passez du « Like » au « Love » !",
      text: [
        "“ Les marques doivent aller plus loin pour transformer cette simple relation en véritable histoire d’amour.”",
        "Lorsqu’ils « like » le profil social d’une entreprise pour s’abonner, les internautes envoient un premier signal fort. Ils donnent à la marque le feu vert pour débuter une relation.",
        "C’est un bon début, mais ce n’est pas suffisant. Les marques doivent aller plus loin pour transformer cette simple relation (« Like » : j’aime bien) en véritable histoire d’amour («Love » : j’aime).",
        "Pour cela, elles doivent passer du discours au dialogue, afin de stimuler les échanges en sollicitant des avis, en invitant à commenter et partager…. Le but: favoriser les interactions positives pour générer du capital sympathie et in fine du business.",
        "Un Community Management performant est notamment l'une des clés qui permettra de développer une relation de qualité avec les internautes.",
        "Il est donc impératif pour les entreprises de développer la qualité des interactions avec leur public, sinon tous leurs efforts pour créer une base de fans conséquente auront été vains.",
        "Un challenge largement à leur portée, si elles prennent le soin d’allouer les ressources nécessaires pour cela.",
        "Cet article est paru dans l'ouvrage d'Alban Jarry \"612 rencontres sur les réseaux sociaux\".",
      ].join("\n\n"),
    },
    {
      id: "commentaire",
      title: "Commentaire d'un lecteur sous l'article",
      text: "Commentaire de Sébastien Chaudat (CEO - founder @ CYBER ID) : Très bonne synthèse des orientations pour le community Management. A ne pas oublié : l'évolution de la qualité des interactions avec la communauté qui passe par la gestion de la E-réputation et la mise en place d'une véritable gestion de la relation client, qui peut être directe ou semi-automatisée.",
    },
  ],
};
