import type { CourseDocument } from "../types.js";

/*
 * Transcribed from 002_41c199e5c274df35.txt. Removed as debris (nothing else was left out):
 * - the two empty lines before the title;
 * - the page label "Cas pratique" and the rubric banner "ABECEDAIRE PRATIQUE DE L'ENTREPRENEUR" under it (the names of
 *   the page and of the series this "R comme…" entry belongs to, not headings of the article). The section they stood
 *   over is labelled by us from its first sentence: "Choisir ses réseaux selon ses produits".
 * Headings are kept as written in the seed ("R comme ... Réseaux sociaux", "… pour l'entreprise qu'est ce que c'est ?").
 */
export const rCommeReseaux: CourseDocument = {
  id: "r-comme-reseaux",
  title: "R comme ... Réseaux sociaux",
  description: "Ce qu'un réseau social apporte à l'entreprise, comment choisir ses réseaux et bien les gérer.",
  source: "002_41c199e5c274df35.txt",
  sections: [
    {
      id: "introduction",
      title: "Introduction",
      text: [
        "Pour dire vrai, les réseaux sociaux ne sont pas une invention du XXIème siècle car depuis qu'il y a des civilisations sur terre, les hommes ont utilisé leurs réseaux pour développer leurs affaires.",
        "Ce qui caractérise ce qu'on nomme aujourd'hui les réseaux sociaux, c'est la capacité de se créer un réseau rapidement, facilement et à l'échelle mondiale. Cependant, devant la multitude de plateformes il faut savoir faire son choix car chaque réseau social a ses spécificités.",
      ].join("\n\n"),
    },
    {
      id: "pour-l-entreprise",
      title: "Les réseaux sociaux pour l'entreprise qu'est ce que c'est ?",
      text: [
        "La première chose à bien comprendre est qu'un réseau social n'est pas une place de marché où l'entreprise pourra vendre des produits. C'est la plus grande erreur des chefs d'entreprise qui pensent qu'avoir une page Facebook va booster leurs ventes.",
        "En fait, un réseau social est, comme son nom l'indique un lieu où on peut échanger des informations. Ces échanges se font au sein d'un groupe de personnes. Mais chaque personne faisant partie de plusieurs groupes, elle peut « transférer » l'information d'un groupe à un autre, conduisant ensuite à une plus large diffusion.",
        "Mais cette personne ne fera cela que si elle pense que l'information est utile, importante ou « cool » !",
        "C'est ainsi que peut se construire la notoriété d'une marque, en étant diffusée largement et en étant supportée par des personnes qui en deviennent des vrais ambassadeurs, tellement ils sont convaincus qu'elle leur apporte quelque chose de positif.",
      ].join("\n\n"),
    },
    {
      id: "cas-pratique",
      title: "Choisir ses réseaux selon ses produits",
      text: [
        "Selon les produits proposés ou la nature de l'entreprise, il faudra choisir le ou les réseaux sociaux qui correspondent le mieux.",
        "Ainsi, Facebook permet de véhiculer des informations entre des amis. Les échanges entre personnes portant donc a priori davantage sur des produits s'adressant aux particuliers (vêtements, parfums, loisirs, etc.).",
        "Twitter est plus professionnel et s'apparente davantage à un site de micro-blogging. Les informations qui s'y trouvent étant essentiellement sous la forme de courtes informations pratiques de 140 caractères. De fait, les commentaires sont souvent aussi longs que l'information elle-même.",
        "LinkedIn ou Viadeo sont très professionnels et concernent donc plutôt les échanges entre entreprises ou, comme c'est la tendance, entre des personnes recherchant un emploi et des entreprises susceptibles de les embaucher.",
        "Pinterest est un réseau social peu connu mais qui est de plus en plus utilisé par les marques car il est avant tout un réseau où on met en avant des photographies des produits. Ces photographies peuvent ensuite être « épinglées » sur les tableaux des utilisateurs à qui elles plaisent.",
        "Tumblr est un réseau social où on retrouve des photographies et des légendes les accompagnant. Il est assez peu utilisé par les marques, ces dernières préférant Facebook ou Pinterest.",
      ].join("\n\n"),
    },
    {
      id: "gerer",
      title: "Alors, comment bien gérer les réseaux sociaux ?",
      text: [
        "Avoir un ou des comptes sur les principaux réseaux sociaux est une chose, les faire vivre en est une autre. C'est une activité qui prend beaucoup de temps si on veut la faire sérieusement.",
        "L'enjeu est également très fort car l'entreprise est en lien direct avec ses clients. Elle devra donc être en mesure de réagir très vite en cas de question ou de problème, faute de quoi, une information négative pourra se propager comme une traînée de poudre sur le web, écornant l'image de l'entreprise.",
        "Avant d'utiliser les réseaux sociaux, il convient donc de s'y préparer et de s'en donner les moyens, c'est la crédibilité de l'entreprise qui est en jeu.",
      ].join("\n\n"),
    },
  ],
};
