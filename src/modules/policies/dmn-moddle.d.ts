// dmn-moddle ships no types; this is the little of its API the policies module uses.
declare module 'dmn-moddle' {
  export interface ModdleElement {
    $type: string;
    id?: string;
    name?: string;
    [key: string]: unknown;
  }
  export interface ParseResult { rootElement: ModdleElement; warnings: { message: string; line?: number; column?: number }[] }
  export class DmnModdle {
    fromXML(xml: string, typeName?: string): Promise<ParseResult>;
  }
}
