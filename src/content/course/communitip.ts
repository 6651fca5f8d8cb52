import type { CourseDocument } from "../types.js";

/*
 * Transcribed from 004_a7eb74235a3011f9.txt. Removed as debris (nothing else was left out):
 * - the stray "redes" glued to the first word ("redesNous sommes d’accord");
 * - a paragraph holding only a no-break space;
 * - "Vous avez trouvé utile ce #CommuniTip? N’hésitez pas à le partager ! Et si vous voulez en recevoir d’autres,
 *   laissez-nous votre adresse mail :" and "Laisser un commentaire".
 * The article has no sub-headings: the section titles are ours and the sections split it at paragraph boundaries.
 * No-break spaces between two words were made plain spaces; those of French punctuation are kept.
 */
export const communitip: CourseDocument = {
  id: "communitip",
  title: "#CommuniTip #5 : Les réseaux sociaux : oui, mais… comment?",
  description: "L'attitude à adopter en ligne : dialoguer, ne jamais mentir et choisir les réseaux adaptés.",
  source: "004_a7eb74235a3011f9.txt",
  sections: [
    {
      id: "introduction",
      title: "Introduction",
      text: [
        "Nous sommes d’accord: nous ne pouvons plus nous permettre aujourd’hui de planifier une stratégie de communication sans tenir compte des nouveaux medias en ligne. Essentiellement gratuits, c’est de plus en plus sur les réseaux sociaux que les audiences cherchent aujourd’hui en premier lieu les informations sur une marque, un produit, une société ou une organisation.",
        "Il est même indispensable d’intégrer tous ses profils sur les réseaux sociaux dans les supports et matériaux de communication print.",
        "Mais une fois d’accord sur ce point, par où devons-nous commencer notre « communication online »?",
      ].join("\n\n"),
    },
    {
      id: "attitude",
      title: "Tout d'abord, notre attitude",
      text: [
        "Tout d’abord, par notre attitude.",
        "Internet constitue un défi pour tous les responsables en communication qui ont besoin de contrôler tout ce qui est dit sur sa marque, produit ou structure. Sur l’environnement en ligne ce contrôle n’est plus possible. Il n’est même pas nécessaire à condition d’avoir une stratégie adaptée.",
        "En fait, même si nous ne sommes pas actifs dans cet environnement, les commentaires peuvent nous concerner directement. Le fait de participer nous permet à contrario de donner notre avis et d’influencer la conversation.",
        "On doit aborder la conversation dans les réseaux sociaux avec un esprit d’ouverture, de transparence et de dialogue.",
      ].join("\n\n"),
    },
    {
      id: "dialogue",
      title: "Du monologue au dialogue",
      text: [
        "Dans la publicité conventionnelle nous rédigeons et lançons le message d’une façon unidirectionnelle, en attendant qu’il soit entendu (lu, vu) par le plus grand nombre de personnes. Un point, c’est tout.",
        "La communication n’est pas complète puisque il est presque impossible d’avoir un retour ou feedback des récepteurs.",
        "Par contre, dès que nous commençons à communiquer sur internet, le dialogue commence. Et avec ceci, la construction de notre réputation sur les réseaux sociaux. Plus on communique sur les réseaux sociaux d’égal à égal avec son public, meilleurs sont les résultats. C’est à nous d’écouter, et de profiter de ces échanges pour en tirer des leçons sur les inquiétudes, les besoins, les demandes, afin d’adapter nos propositions.",
      ].join("\n\n"),
    },
    {
      id: "proximite-personnalite",
      title: "Proximité et personnalité de la marque",
      text: [
        "Un bénéfice important de la communication on line c’est l’effet de proximité : le fait de pouvoir interagir avec la marque (produit, service…) produit instantanément cet effet et contribue à notre « personnalisation ».",
        "La personnalité de la marque (qui constitue une partie de son identité) doit se retrouver dans le style des conversations. Si la personnalité est audacieuse, glamour ou savante, ce ton se retrouvera dans les conversations contribuant ainsi à consolider l’image souhaitée auprès des publics.",
      ].join("\n\n"),
    },
    {
      id: "ne-jamais-mentir",
      title: "Ne jamais mentir",
      text: "Impératif, il ne faut jamais mentir. Sur les réseaux sociaux, la vérité finit souvent par voir le jour, et un mensonge éventé provoque des dégâts qui durent longtemps. Dans le cas d’une crise, un échec ou d’un problème, il faut savoir accepter d’éventuelles critiques avec humilité, et s’efforcer de donner les informations nécessaires montrant ainsi nos efforts.",
    },
    {
      id: "choisir-ses-reseaux",
      title: "Choisir ses réseaux et s'y investir",
      text: [
        "Une fois imbibés de cet état d’esprit, le composant technique et de gestion est relativement aisé. Il faut surtout commencer peu à peu et bien cibler les réseaux sociaux les plus adaptés à nos besoins. Par exemple, pour une organisation qui cherche des bénévoles le fait d’avoir une page sur Linkedin lui permettra de recruter les profils les plus adaptés a ses projets. Pour un journal ou magazine c’est incontournable de participer sur Twitter. Si nos produits ou services gardent une relation avec l’art ou la beauté, les paradis virtuels des esthètes se trouvent sur Instagram et Pinterest… En fin, la plupart des marques, sociétés et organisations qui s’adressent au grand public sont presque obligés aujourd’hui d’avoir une Fan Page sur Facebook.",
        "Bien sûr, il faut connaitre les nuances et les particularités de chaque réseau, les petites astuces, les clins d’œil à nos audiences, les possibilités commerciales gratuites et payantes, et mettre tout cela en lien avec nos objectifs et notre propre stratégie de communication.",
        "Cela semble compliqué mais c’est un temps vraiment bien investi car les résultats sont souvent très payants.",
      ].join("\n\n"),
    },
  ],
};
