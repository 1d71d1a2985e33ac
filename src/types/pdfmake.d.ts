/** The part of pdfmake 0.3's server API (js/index.js) that the certificates and reports use. */
declare module 'pdfmake' {
  export interface FontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  export interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  const pdfmake: {
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    /** A pdfmake document definition: content, styles, page size, info… (https://pdfmake.github.io/docs/). */
    createPdf(definition: object, options?: object): OutputDocument;
  };
  export default pdfmake;
}
