import type { CourseDocument } from "../types.js";

/*
 * Transcribed from 000_629a391f2d297164.txt. Removed as debris (nothing else was left out):
 * - the worksheet label "Doc." before the title line (the title itself is the document title);
 * - the word-processor markers "[bookmark: _Hlk162216857]" and "[bookmark: _Hlk162217276]";
 * - a stray tab, trailing spaces and the double space of the title line.
 * The "·" bullets are written "• " (section text convention); the first paragraph has no final full stop in the seed either.
 */
export const specificites: CourseDocument = {
  id: "specificites",
  title: "Spécificités de la communication sur les réseaux sociaux",
  description: "Les caractéristiques clés de la communication commerciale des entreprises sur les réseaux sociaux.",
  source: "000_629a391f2d297164.txt",
  sections: [
    {
      id: "travail-a-faire",
      title: "Travail à faire",
      text: [
        "Après avoir lu le document, répondez aux questions suivantes :",
        "1. En quoi consiste l'interactivité et l'engagement des internautes sur les réseaux sociaux ?",
        "2. Quel est l’intérêt d’avoir une communauté active ?",
        "3. La viralité des réseaux est-elle une bonne chose ?",
        "4. En quoi il est possible de mieux cibler les personnes sur les réseaux sociaux ?",
      ].join("\n\n"),
    },
    {
      id: "introduction",
      title: "Introduction",
      text: [
        "La communication commerciale sur les réseaux sociaux se distingue par son interactivité, sa capacité à utiliser une variété de formats de contenu, sa réactivité, son ciblage précis, sa viralité potentielle, son analyse de performance et sa capacité à créer des communautés en ligne. En comprenant ces spécificités et en les intégrant dans leur stratégie de communication, les entreprises peuvent tirer pleinement parti du potentiel des réseaux sociaux",
        "Voici quelques-unes des caractéristiques clés à prendre en compte :",
      ].join("\n\n"),
    },
    {
      id: "proximite-reactivite",
      title: "Proximité et réactivité",
      text: [
        "• Interactivité et engagement : Les réseaux sociaux offrent un environnement interactif où les utilisateurs peuvent aimer, commenter, partager et interagir avec le contenu. La communication commerciale sur les réseaux sociaux doit donc être conçue pour encourager l'engagement et la participation active de l'audience et pour inciter les clients à s’abonner au compte de la société pour faire partie de la communauté des utilisateurs.",
        "• Instantanéité et réactivité : Les réseaux sociaux sont des environnements en temps réel où les conversations se déroulent rapidement. Les entreprises doivent être prêtes à réagir rapidement aux commentaires, aux questions et aux préoccupations des utilisateurs pour maintenir une relation positive avec l’audience.",
        "• Création de communautés : L’adhésion et l’abonnement au compte de l’entreprise permettent de créer et de cultiver des communautés en ligne autour de la marque est de l’entreprise. En encourageant la participation et l'interaction entre les membres de la communauté, les entreprises peuvent renforcer les liens avec leurs clients et favoriser une adhésion qui est susceptible de fidéliser les membres et consommateurs.",
        "• Partage et viralité : Le contenu sur les réseaux sociaux a le potentiel de devenir viral, atteignant ainsi un large public en peu de temps. Les entreprises doivent créer du contenu qui incite à être partagé par leur audience, ce qui peut augmenter la visibilité de leur marque de manière significative. La face sombre de cette viralité et la vitesse de propagation des mauvaises nouvelles, des commentaires négatifs, des fake-news et autres rumeurs conspirationnistes.",
      ].join("\n\n"),
    },
    {
      id: "analyse-ciblage",
      title: "Analyse et ciblage",
      text: [
        "• Ciblage précis : Les plateformes de médias sociaux offrent des outils de ciblage avancés qui permettent aux entreprises de diffuser leur message auprès d'un public spécifique en fonction de critères démographiques, géographiques, comportementaux et d'intérêts. Cela permet une communication plus personnalisée et pertinente.",
        "• Mesure et analyse des performances : Les plateformes de médias sociaux offrent des outils d'analyse détaillés qui permettent aux entreprises de mesurer l'efficacité de leur communication commerciale, y compris le nombre d'impressions, d'engagements, de clics, etc. Cette analyse permet d'optimiser les campagnes pour obtenir de meilleurs résultats.",
        "• Format multimédia : Les plateformes de médias sociaux supportent une grande variété de formats de contenu : images, vidéos, gifs, sondages, stories, etc. Les entreprises doivent utiliser cette diversité de formats pour capturer l'attention de leur public de manière créative et attrayante.",
      ].join("\n\n"),
    },
  ],
};
