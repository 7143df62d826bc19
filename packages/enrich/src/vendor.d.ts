// Minimal typings for untyped dependencies.
declare module "snowball-stemmers" {
  export interface Stemmer {
    stem(word: string): string;
  }
  const factory: { newStemmer(algorithm: string): Stemmer; algorithms(): string[] };
  export default factory;
}

declare module "stopword" {
  export const deu: string[];
  export const eng: string[];
  export const rus: string[];
  export const fra: string[];
  export const spa: string[];
  export const ita: string[];
  export const nld: string[];
  export const porBr: string[];
  export const pol: string[];
  export const ukr: string[];
}
