declare module 'iso-639-1' {
  const ISO6391: {
    validate(code: string): boolean;
    getName(code: string): string;
    getNativeName(code: string): string;
    getAllCodes(): string[];
  };
  export default ISO6391;
}
