/** The parts of OpenAPI 3.1 this generator writes (and the API page reads). */
export type TJsonSchema = Record<string, unknown>;

export type TParameter = {
  name: string;
  in: "path" | "query";
  required: boolean;
  description?: string;
  schema: TJsonSchema;
};

export type TMediaTypes = Record<string, { schema?: TJsonSchema }>;

export type TResponse = { description: string; content?: TMediaTypes } | { $ref: string };

export type TOperation = {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  "x-permission": string;
  /** The roles that hold the permission; "signed-in" or "public" when it needs no particular role. */
  "x-roles": string[] | "signed-in" | "public";
  security?: Array<Record<string, string[]>>;
  parameters: TParameter[];
  requestBody?: { required: boolean; description?: string; content: TMediaTypes };
  responses: Record<string, TResponse>;
};

export type THttpMethod = "get" | "put" | "post" | "patch" | "delete" | "head" | "options";

export type TOpenApiDocument = {
  openapi: "3.1.0";
  jsonSchemaDialect: string;
  info: { title: string; version: string; description: string };
  servers: Array<{ url: string; description: string }>;
  security: Array<Record<string, string[]>>;
  tags: Array<{ name: string }>;
  paths: Record<string, Partial<Record<THttpMethod, TOperation>>>;
  components: {
    securitySchemes: Record<string, Record<string, string>>;
    schemas: Record<string, TJsonSchema>;
    responses: Record<string, { description: string; content: TMediaTypes }>;
  };
};
