/** The part of subset-font (2.x, shipped without types) that Réso uses: a TrueType subset for given characters. */
declare module "subset-font" {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: "truetype" | "sfnt"; noHinting?: boolean },
  ): Promise<Buffer>;
}
